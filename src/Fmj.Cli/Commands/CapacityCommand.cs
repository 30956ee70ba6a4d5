using System.CommandLine;
using Fmj.Cli.Output;
using Fmj.Core.Planning;

namespace Fmj.Cli.Commands;

/// <summary>`fmj capacity`: committed resources against the cluster's capacity and overcommit policy.</summary>
public static class CapacityCommand
{
    public static Command Build(CommonOptions options, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("capacity", "Show committed vCPU, RAM and storage against the cluster's capacity.")
        {
            options.Stack, options.Tenants, options.Project, options.Format,
        };
        command.SetAction(result =>
        {
            var settings = options.Settings(result);
            if (!WorkspaceRunner.CheckFormat(settings.Format, stderr) || WorkspaceRunner.Run(settings, stderr) is not { } outcome)
            {
                return ExitCodes.Usage;
            }

            WorkspaceRunner.WriteFindings(outcome, stderr);
            if (outcome.Capacity is not { } capacity)
            {
                stderr.WriteLine($"fmj capacity: the stack file has {outcome.ErrorCount} error(s); fix them first.");
                return ExitCodes.Findings;
            }

            if (settings.Format == "json")
            {
                stdout.WriteLine(PlanJson.Serialize(capacity));
            }
            else
            {
                PlanRenderer.WriteCapacity(settings.Stack, capacity, stdout);
            }

            // The figures cover the tenants that passed their own checks; any error still fails the command.
            return outcome.ErrorCount == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
