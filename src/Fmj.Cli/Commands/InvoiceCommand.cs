using System.CommandLine;
using Fmj.Billing.Invoicing;
using Fmj.Cli.Settings;
using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Cli.Commands;

/// <summary>
/// `fmj invoice`: a month's invoices for the stack's tenants from the usage database: each tenant's fixed price
/// beside the same month priced on usage at the catalogue's rates.
/// </summary>
public static class InvoiceCommand
{
    public static Command Build(CommonOptions options, UsageOptions usage, TextWriter stdout, TextWriter stderr)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month, yyyy-MM (UTC).", Required = true };
        var tenant = new Option<string>("--tenant") { Description = "Only this tenant." };
        var format = new Option<string>("--format", "-f") { Description = "md, csv or json.", DefaultValueFactory = _ => "md" };
        var command = new Command("invoice", "A month's invoices per tenant: the fixed package price and the usage priced at the catalogue's rates, side by side.")
        {
            month, tenant, format, options.Stack, options.Tenants, options.Project, usage.Database,
        };
        command.SetAction(result => Run(options.Settings(result, usage.Given(result)), result.GetValue(month), result.GetValue(tenant), result.GetValue(format), stdout, stderr));
        return command;
    }

    private static int Run(FmjSettings settings, string? monthText, string? only, string? formatText, TextWriter stdout, TextWriter stderr)
    {
        if (BillingMonth.Parse(monthText) is not { } month)
        {
            stderr.WriteLine($"fmj invoice: '{monthText}' is not a month; use yyyy-MM, for example 2026-11.");
            return ExitCodes.Usage;
        }

        if (InvoiceRenderer.ParseFormat(formatText) is not { } format)
        {
            stderr.WriteLine($"fmj invoice: unknown format '{formatText}'; use md, csv or json.");
            return ExitCodes.Usage;
        }

        if (StackFile.Load(settings, "invoice", stderr, out var exit) is not { } cluster)
        {
            return exit;
        }

        if (!Directory.Exists(settings.Tenants))
        {
            stderr.WriteLine($"fmj invoice: the tenants folder '{settings.Tenants}' does not exist. Run from the repository root or pass --tenants.");
            return ExitCodes.Usage;
        }

        var findings = new FindingList();
        var catalogue = PackageCatalogue.Default;
        var accounts = TenantAccounts.For(cluster.Name, catalogue, TenantFolder.Load(settings.Tenants, findings), findings);
        foreach (var finding in findings.Items)
        {
            stderr.WriteLine(finding.ToCompilerFormat());
        }

        if (findings.Items.Any(f => f.IsError))
        {
            stderr.WriteLine("fmj invoice: the tenant files have errors; fix them first ('fmj validate' lists them all).");
            return ExitCodes.Findings;
        }

        if (only is not null && accounts.All(a => a.Name != only))
        {
            stderr.WriteLine($"fmj invoice: stack {settings.Stack} has no tenant '{only}'. Tenants: {string.Join(", ", accounts.Select(a => a.Name).Order(StringComparer.Ordinal))}.");
            return ExitCodes.Usage;
        }

        var databasePath = settings.Usage.DatabasePath(settings.Project, settings.Stack);
        using var store = UsageDatabase.Open(databasePath, "invoice", stderr, mustExist: true);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var invoice = InvoiceBuilder.Build(month, cluster.Name, catalogue, accounts, store.Usage(month.From, month.To));
        if (only is not null)
        {
            invoice = invoice with { Tenants = [.. invoice.Tenants.Where(t => t.Tenant == only)], Unbilled = [] };
        }

        stdout.Write(InvoiceRenderer.Render(invoice, format));
        if (invoice.Unbilled.Count > 0 && format != InvoiceFormat.Markdown)
        {
            stderr.WriteLine($"fmj invoice: usage in {invoice.Unbilled.Count} pool(s) is billed to nobody: {string.Join(", ", invoice.Unbilled.Select(u => $"{(u.Pool.Length == 0 ? "(no pool)" : u.Pool)} ({u.Reason})"))}.");
        }

        return ExitCodes.Success;
    }
}
