using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tenants;

/// <summary>Reads every tenant file (<c>*.yaml</c>) of a folder, in name order so that output is deterministic.</summary>
public static class TenantFolder
{
    public static IReadOnlyList<TenantDocument> Load(string directory, FindingList findings) =>
        Load(directory, findings, document => document);

    /// <summary>
    /// Reads every tenant file and hands each document that loaded to <paramref name="next"/>, as soon as it is loaded
    /// and on other cores than the one parsing. Results and findings keep name order; <paramref name="next"/> runs
    /// concurrently with itself, so it must not touch shared state.
    /// </summary>
    /// <remarks>
    /// The YAML is parsed on this thread alone, file after file; reading files and everything after the parse run
    /// on the thread pool. YamlDotNet's scanner takes every scalar's text buffers from one process-wide pool, so two
    /// threads parsing at once contend on it: on a 2-core machine, parsing on both cores was no faster than on one,
    /// and at times twice as slow. One parser thread keeps the other cores for work that scales.
    /// </remarks>
    public static IReadOnlyList<T> Load<T>(string directory, FindingList findings, Func<TenantDocument, T> next)
    {
        if (!Directory.Exists(directory))
        {
            findings.Error(FindingCodes.UnreadableFile, SourcePosition.StartOf(directory), $"the tenants folder '{directory}' does not exist.", "run from the repository root, or pass --tenants with the folder that holds the tenant files.");
            return [];
        }

        var paths = Files(directory).ToArray();
        var texts = Array.ConvertAll(paths, path => Task.Run(() => Read(path)));
        var loads = new Task<(T? Result, bool Loaded, FindingList Findings)>[paths.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            var display = Path.Combine(directory, Path.GetFileName(paths[i]));
            var fileFindings = new FindingList();
            var (text, error) = texts[i].GetAwaiter().GetResult();
            if (text is null)
            {
                fileFindings.Error(FindingCodes.UnreadableFile, SourcePosition.StartOf(display), $"the file cannot be read: {error}", "check the file's permissions.");
                loads[i] = Task.FromResult((default(T), false, fileFindings));
                continue;
            }

            var root = YamlDocumentReader.Read(display, text, fileFindings);
            loads[i] = Task.Run(() => TenantLoader.Load(display, text, root, fileFindings) is { } document
                ? (next(document), true, fileFindings)
                : (default(T), false, fileFindings));
        }

        var results = new List<T>(paths.Length);
        foreach (var load in loads)
        {
            var (result, loaded, fileFindings) = load.GetAwaiter().GetResult();
            findings.AddRange(fileFindings.Items);
            if (loaded)
            {
                results.Add(result!);
            }
        }

        return results;
    }

    private static (string? Text, string? Error) Read(string path)
    {
        try
        {
            return (YamlFile.ReadText(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);
}
