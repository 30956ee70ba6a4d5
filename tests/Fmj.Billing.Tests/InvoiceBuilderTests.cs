using Fmj.Billing.Invoicing;
using Fmj.Billing.Metering;
using Fmj.Billing.Storage;
using Fmj.Core.Catalogue;

namespace Fmj.Billing.Tests;

public class InvoiceBuilderTests
{
    private static readonly BillingMonth November = new(2026, 11);

    private static readonly TenantAccount[] Accounts =
    [
        new("contoso", "Contoso Ltd", "gold", 40.00m),
        new("adatum", "Adatum Corporation", "silver", 20.00m),
        new("woodgrove", "Woodgrove Bank", "custom", 123.45m),
    ];

    [Fact]
    public void Build_TenantsAndPools_PricesEachAtTheCatalogueRates()
    {
        var usage = new[] { Pool("tenant-adatum", vcpuHours: 6480, memoryGbHours: 11160, storageGbMonths: 328, trafficGb: 12.5m) };

        var invoice = InvoiceBuilder.Build(November, "dev", PackageCatalogue.Default, Accounts, usage);

        var adatum = invoice.Tenants.Single(t => t.Tenant == "adatum");
        Assert.Equal(["vCPU", "RAM", "Storage", "Traffic"], adatum.Usage.Select(l => l.Item));
        Assert.Equal([25.92m, 22.32m, 9.84m, 0.13m], adatum.Usage.Select(l => l.Amount));
        Assert.Equal(58.21m, adatum.UsageTotal);
        Assert.Equal(38.21m, adatum.Difference);
    }

    [Fact]
    public void Build_Tenants_AreInNameOrderWithTheirFixedPrice()
    {
        var invoice = InvoiceBuilder.Build(November, "dev", PackageCatalogue.Default, Accounts, []);

        Assert.Equal(["adatum", "contoso", "woodgrove"], invoice.Tenants.Select(t => t.Tenant));
        Assert.Equal([20.00m, 40.00m, 123.45m], invoice.Tenants.Select(t => t.FixedPrice));
    }

    [Fact]
    public void Build_CustomEngagementWithoutUsage_IsItsAgreedPriceAndNoUsage()
    {
        var invoice = InvoiceBuilder.Build(November, "dev", PackageCatalogue.Default, Accounts, []);

        var woodgrove = invoice.Tenants.Single(t => t.Tenant == "woodgrove");
        Assert.Equal(("custom", 123.45m, 0m, 0), (woodgrove.Package, woodgrove.FixedPrice, woodgrove.UsageTotal, woodgrove.Guests));
        Assert.Equal(-123.45m, woodgrove.Difference);
    }

    [Fact]
    public void Build_ManyLines_TotalsAreTheSumsOfTheRoundedAmounts()
    {
        // Each line rounds half away from zero on its own; totals never round again.
        var usage = new[]
        {
            Pool("tenant-adatum", vcpuHours: 1.125m, memoryGbHours: 2.25m, storageGbMonths: 0.5m, trafficGb: 0.5m),
            Pool("tenant-contoso", vcpuHours: 1.125m, memoryGbHours: 2.25m, storageGbMonths: 0.5m, trafficGb: 0.5m),
        };

        var invoice = InvoiceBuilder.Build(November, "dev", PackageCatalogue.Default, Accounts, usage);

        Assert.All(invoice.Tenants.Take(2), t => Assert.Equal([0.00m, 0.00m, 0.02m, 0.01m], t.Usage.Select(l => l.Amount)));
        Assert.Equal(invoice.Tenants.Sum(t => t.Usage.Sum(l => l.Amount)), invoice.UsageTotal);
        Assert.Equal(0.06m, invoice.UsageTotal);
        Assert.Equal(183.45m, invoice.FixedTotal);
        Assert.Equal(invoice.UsageTotal - invoice.FixedTotal, invoice.Difference);
    }

    [Fact]
    public void Build_PoolsNobodyIsBilledFor_AreListedWithTheReason()
    {
        var usage = new[] { Pool(""), Pool("platform"), Pool("tenant-gone"), Pool("tenant-adatum") };

        var invoice = InvoiceBuilder.Build(November, "dev", PackageCatalogue.Default, Accounts, usage);

        Assert.Equal(
            [("", "in no pool"), ("platform", "not a tenant pool"), ("tenant-gone", "no tenant file for 'gone' on cluster dev")],
            invoice.Unbilled.Select(u => (u.Pool, u.Reason)));
    }

    private static PoolUsage Pool(string pool, decimal vcpuHours = 1, decimal memoryGbHours = 1, decimal storageGbMonths = 1, decimal trafficGb = 1) =>
        new(pool, 1, 1, new UsageQuantities(vcpuHours, memoryGbHours, storageGbMonths, trafficGb, 0, 0));
}
