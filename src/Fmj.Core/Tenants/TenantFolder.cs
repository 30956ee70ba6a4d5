using Fmj.Core.Diagnostics;

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

        var documents = new List<TenantDocument>();
        foreach (var path in Files(directory))
        {
            var display = Path.Combine(directory, Path.GetFileName(path));
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                findings.Error(FindingCodes.UnreadableFile, SourcePosition.StartOf(display), $"the file cannot be read: {e.Message}", "check the file's permissions.");
                continue;
            }

            if (TenantLoader.Load(display, text, findings) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);
}
