using Fmj.Billing.Generation;
using Fmj.Billing.Invoicing;
using Fmj.Billing.Storage;
using Fmj.Billing.Tests.Support;
using Fmj.Core;
using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;

namespace Fmj.Billing.Tests;

/// <summary>
/// The demo tenants' invoices for a generated November 2026, against files checked in under Golden/. A change in
/// pricing, rounding, aggregation or layout shows up as a diff to review. FMJ_UPDATE_GOLDEN=1 rewrites the files.
/// </summary>
public class GoldenInvoiceTests
{
    private static readonly Lazy<Invoice> DemoInvoice = new(BuildDemoInvoice);

    [Theory]
    [InlineData(InvoiceFormat.Markdown, "invoice-2026-11.md")]
    [InlineData(InvoiceFormat.Csv, "invoice-2026-11.csv")]
    [InlineData(InvoiceFormat.Json, "invoice-2026-11.json")]
    public void Render_DemoTenantsGeneratedMonth_MatchesTheGoldenFile(InvoiceFormat format, string file)
    {
        var actual = InvoiceRenderer.Render(DemoInvoice.Value, format);
        var path = Repository.PathOf("tests", "Fmj.Billing.Tests", "Golden", file);

        if (Environment.GetEnvironmentVariable("FMJ_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void Build_DemoTenantsGeneratedMonth_TotalsAddUp()
    {
        var invoice = DemoInvoice.Value;

        Assert.Equal(["adatum", "contoso", "fabrikam"], invoice.Tenants.Select(t => t.Tenant));
        Assert.Equal([20.00m, 40.00m, 10.00m], invoice.Tenants.Select(t => t.FixedPrice));
        Assert.Equal([6, 4, 5], invoice.Tenants.Select(t => t.Guests));
        Assert.All(invoice.Tenants, t => Assert.Equal(t.UsageTotal, t.Usage.Sum(l => l.Amount)));
        Assert.Equal(invoice.UsageTotal, invoice.Tenants.Sum(t => t.UsageTotal));
        Assert.Equal(70.00m, invoice.FixedTotal);
        Assert.Empty(invoice.Unbilled);
    }

    private static Invoice BuildDemoInvoice()
    {
        var month = new BillingMonth(2026, 11);
        var workspace = Workspace.Run(Repository.Root, "dev", Repository.PathOf("Tenants"));
        var findings = new FindingList();
        var accounts = TenantAccounts.For("dev", PackageCatalogue.Default, workspace.Tenants, findings);
        Assert.Empty(findings.Items);

        using var database = new TempDatabase();
        using var store = UsageStore.Open(database.Path);
        store.StoreGenerated(UsageGenerator.Month(PlanGuests.From(workspace.Plan!), month, seed: 42));
        return InvoiceBuilder.Build(month, "dev", PackageCatalogue.Default, accounts, store.Usage(month.From, month.To));
    }
}
