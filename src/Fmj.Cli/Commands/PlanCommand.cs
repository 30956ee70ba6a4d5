using System.CommandLine;
using Fmj.Cli.Output;
using Fmj.Core.Planning;

namespace Fmj.Cli.Commands;

/// <summary>`fmj plan`: what each tenant gets, as tables with its quota, or as JSON.</summary>
public static class PlanCommand
{
    public static Command Build(CommonOptions options, TextWriter stdout, TextWriter stderr)
    {
        var tenant = new Option<string>("--tenant") { Description = "Show only this tenant." };
        var command = new Command("plan", "Show every Proxmox object each tenant gets, with its quota use.")
        {
            options.Stack, options.Tenants, options.Project, options.Format, tenant,
        };
        command.SetAction(result =>
        {
            var settings = options.Settings(result);
            if (!WorkspaceRunner.CheckFormat(settings.Format, stderr) || WorkspaceRunner.Run(settings, stderr) is not { } outcome)
            {
                return ExitCodes.Usage;
            }

            if (outcome.Plan is not { } plan)
            {
                WorkspaceRunner.WriteFindings(outcome, stderr);
                stderr.WriteLine($"fmj plan: no plan: {outcome.ErrorCount} error(s). Fix them, then run 'fmj plan' again.");
                return ExitCodes.Findings;
            }

            WorkspaceRunner.WriteFindings(outcome, stderr);
            if (result.GetValue(tenant) is { } name)
            {
                if (plan.Tenants.FirstOrDefault(t => t.Name == name) is not { } only)
                {
                    stderr.WriteLine($"fmj: stack {settings.Stack} has no tenant '{name}'. Tenants: {string.Join(", ", plan.Tenants.Select(t => t.Name))}.");
                    return ExitCodes.Usage;
                }

                plan = plan with { Tenants = [only] };
            }

            if (settings.Format == "json")
            {
                stdout.WriteLine(PlanJson.Serialize(plan));
            }
            else
            {
                PlanRenderer.Write(plan, stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
