using Fmj.Cli.Settings;
using Fmj.Core;
using Fmj.Core.Clusters;

namespace Fmj.Cli.Commands;

/// <summary>Runs the checks and the plan for the settings, turning a missing stack file or folder into a usage error.</summary>
internal static class WorkspaceRunner
{
    public static WorkspaceResult? Run(FmjSettings settings, TextWriter stderr)
    {
        var stackFile = Path.Combine(settings.Project, StackFileLoader.FileName(settings.Stack));
        if (!File.Exists(stackFile))
        {
            var known = Directory.Exists(settings.Project)
                ? Directory.EnumerateFiles(settings.Project, "Pulumi.*.yaml").Select(f => Path.GetFileName(f)[7..^5]).Order(StringComparer.Ordinal).ToList()
                : [];
            stderr.WriteLine($"fmj: there is no stack '{settings.Stack}': {stackFile} does not exist. Stacks here: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
            return null;
        }

        if (!Directory.Exists(settings.Tenants))
        {
            stderr.WriteLine($"fmj: the tenants folder '{settings.Tenants}' does not exist. Run from the repository root or pass --tenants.");
            return null;
        }

        return Workspace.Run(settings.Project, settings.Stack, settings.Tenants);
    }

    public static bool CheckFormat(string format, TextWriter stderr)
    {
        if (format is "table" or "json")
        {
            return true;
        }

        stderr.WriteLine($"fmj: unknown format '{format}'; use table or json.");
        return false;
    }

    public static void WriteFindings(WorkspaceResult result, TextWriter writer)
    {
        foreach (var finding in result.Findings)
        {
            writer.WriteLine(finding.ToCompilerFormat());
        }
    }
}
