using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tenants;

/// <summary>Reads every tenant file (<c>*.yaml</c>) of a folder, in name order so that output is deterministic.</summary>
public static class TenantFolder
{
    public static IReadOnlyList<TenantDocument> Load(string directory, FindingList findings)
    {
        if (!Directory.Exists(directory))
        {
            findings.Error(FindingCodes.UnreadableFile, SourcePosition.StartOf(directory), $"the tenants folder '{directory}' does not exist.", "run from the repository root, or pass --tenants with the folder that holds the tenant files.");
            return [];
        }

        // Files are independent: read them in parallel, then keep name order for documents and findings alike.
        var loaded = Files(directory)
            .AsParallel()
            .AsOrdered()
            .Select(path => LoadOne(Path.Combine(directory, Path.GetFileName(path)), path))
            .ToList();

        var documents = new List<TenantDocument>(loaded.Count);
        foreach (var (document, fileFindings) in loaded)
        {
            findings.AddRange(fileFindings.Items);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    private static (TenantDocument? Document, FindingList Findings) LoadOne(string display, string path)
    {
        var findings = new FindingList();
        try
        {
            return (TenantLoader.Load(display, YamlFile.ReadText(path), findings), findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            findings.Error(FindingCodes.UnreadableFile, SourcePosition.StartOf(display), $"the file cannot be read: {e.Message}", "check the file's permissions.");
            return (null, findings);
        }
    }

    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);
}
