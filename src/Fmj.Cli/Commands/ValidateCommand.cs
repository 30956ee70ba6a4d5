using System.CommandLine;

namespace Fmj.Cli.Commands;

/// <summary>`fmj validate`: every finding in the compiler format; exit 0 when valid, 1 with errors, 2 on a usage error.</summary>
public static class ValidateCommand
{
    public static Command Build(CommonOptions options, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("validate", "Check the tenant files against their packages and the cluster. Needs no cluster and no secret.")
        {
            options.Stack, options.Tenants, options.Project,
        };
        command.SetAction(result =>
        {
            var settings = options.Settings(result);
            if (WorkspaceRunner.Run(settings, stderr) is not { } outcome)
            {
                return ExitCodes.Usage;
            }

            WorkspaceRunner.WriteFindings(outcome, stdout);
            var tenants = outcome.Cluster is null ? outcome.Tenants.Count : outcome.Tenants.Count(t => t.Spec.Cluster == outcome.Cluster.Spec.Name);
            stdout.WriteLine($"fmj validate: stack {settings.Stack}, {tenants} tenant(s): {outcome.ErrorCount} error(s), {outcome.WarningCount} warning(s).");
            return outcome.ErrorCount == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
