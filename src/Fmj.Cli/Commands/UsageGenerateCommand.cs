using System.CommandLine;
using Fmj.Billing.Generation;
using Fmj.Billing.Invoicing;

namespace Fmj.Cli.Commands;

/// <summary>
/// `fmj usage generate`: a made-up month of samples for the stack's planned guests, to try `fmj invoice` (and see
/// what usage-based billing would charge) without a cluster. Deterministic for a seed.
/// </summary>
public static class UsageGenerateCommand
{
    public static Command Build(CommonOptions options, UsageOptions usage, TextWriter stdout, TextWriter stderr)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month to fill, yyyy-MM (UTC).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the made-up utilisation and traffic.", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Fill the usage database with a generated month for the stack's planned guests (a demo; no cluster needed).")
        {
            month, seed, options.Stack, options.Tenants, options.Project, usage.Database,
        };
        command.SetAction(result =>
        {
            var settings = options.Settings(result, usage.Given(result));
            if (BillingMonth.Parse(result.GetValue(month)) is not { } billingMonth)
            {
                stderr.WriteLine($"fmj usage generate: '{result.GetValue(month)}' is not a month; use yyyy-MM, for example 2026-11.");
                return ExitCodes.Usage;
            }

            if (WorkspaceRunner.Run(settings, stderr) is not { } outcome)
            {
                return ExitCodes.Usage;
            }

            if (outcome.Plan is not { } plan)
            {
                WorkspaceRunner.WriteFindings(outcome, stderr);
                stderr.WriteLine($"fmj usage generate: no plan: {outcome.ErrorCount} error(s). Fix them first.");
                return ExitCodes.Findings;
            }

            var path = settings.Usage.DatabasePath(settings.Project, settings.Stack);
            using var store = UsageDatabase.Open(path, "usage generate", stderr);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var guests = PlanGuests.From(plan);
            var stored = store.StoreGenerated(UsageGenerator.Month(guests, billingMonth, (ulong)result.GetValue(seed)));
            stdout.WriteLine($"fmj usage generate: {stored} new sample(s) for {billingMonth}, {guests.Count} guest(s) of {plan.Tenants.Count} tenant(s), into {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
