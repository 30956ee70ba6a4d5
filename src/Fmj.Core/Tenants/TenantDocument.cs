using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tenants;

/// <summary>A tenant read from its file: the spec, and the YAML it came from so findings can point into the file.</summary>
public sealed record TenantDocument(string Path, TenantSpec Spec, YamlNode Root)
{
    /// <summary>The position of the value at <paramref name="path"/>, such as <c>machines[1].memory_mb</c>.</summary>
    public SourcePosition At(string path) => YamlPath.Locate(Root, path);
}
