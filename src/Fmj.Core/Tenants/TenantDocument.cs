using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tenants;

/// <summary>
/// A tenant read from its file: the spec, and the text it was read from so findings can point into the file.
/// </summary>
/// <remarks>
/// The YAML tree is read again for a finding rather than kept. Positions are only ever needed to report a problem,
/// and nearly every tenant has none; kept, a fleet's trees were a third of what a run holds in memory, which the
/// garbage collector copied on every collection.
/// </remarks>
public sealed record TenantDocument(string Path, TenantSpec Spec, string Text)
{
    /// <summary>The position of the value at <paramref name="path"/>, such as <c>machines[1].memory_mb</c>.</summary>
    public SourcePosition At(string path) =>
        YamlDocumentReader.Read(Path, Text, new FindingList()) is { } root ? YamlPath.Locate(root, path) : SourcePosition.StartOf(Path);
}
