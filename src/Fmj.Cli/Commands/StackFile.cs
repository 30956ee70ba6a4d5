using Fmj.Cli.Settings;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Cli.Commands;

/// <summary>The stack file of the billing commands: which cluster, and its API endpoint.</summary>
internal static class StackFile
{
    /// <summary>The cluster spec, or null after telling why (missing file: a usage error; findings: printed).</summary>
    public static ClusterSpec? Load(FmjSettings settings, string command, TextWriter stderr, out int exitCode)
    {
        var path = Path.Combine(settings.Project, StackFileLoader.FileName(settings.Stack));
        if (!File.Exists(path))
        {
            stderr.WriteLine($"fmj {command}: there is no stack '{settings.Stack}': {path} does not exist.");
            exitCode = ExitCodes.Usage;
            return null;
        }

        var findings = new FindingList();
        var cluster = StackFileLoader.Load(Path.GetRelativePath(Directory.GetCurrentDirectory(), path), YamlFile.ReadText(path), findings);
        foreach (var finding in findings.Items)
        {
            stderr.WriteLine(finding.ToCompilerFormat());
        }

        exitCode = cluster is null ? ExitCodes.Findings : ExitCodes.Success;
        return cluster?.Spec;
    }
}
