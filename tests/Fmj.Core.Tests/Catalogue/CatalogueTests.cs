using System.Globalization;
using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Catalogue;

/// <summary>The package catalogue shipped in Fmj.Core: exactly the business's figures, money as decimal, read strictly.</summary>
public class CatalogueTests
{
    [Fact]
    public void Default_EmbeddedCatalogue_HasExactlyTheFourPackagesOnSale()
    {
        var catalogue = PackageCatalogue.Default;

        Assert.Equal(("2026.12", "USD"), (catalogue.Version, catalogue.Currency));
        Assert.Equal(
            [
                ("bronze", new ResourceAllocation(2, 4, 100), false, 10.00m),
                ("silver", new ResourceAllocation(4, 8, 250), true, 20.00m),
                ("gold", new ResourceAllocation(8, 16, 1000), true, 40.00m),
                ("platinum", new ResourceAllocation(16, 32, 2500), true, 75.00m),
            ],
            catalogue.Packages.Values.Select(p => (p.Name, p.Allocation, p.HighAvailability, p.MonthlyPrice)));
        Assert.Equal(["bronze", "silver", "gold", "platinum"], catalogue.Packages.Keys);
    }

    [Theory]
    [InlineData("bronze", "10.00")]
    [InlineData("silver", "20.00")]
    [InlineData("gold", "40.00")]
    [InlineData("platinum", "75.00")]
    public void Default_MonthlyPrice_IsDecimalWithTheCentsAsWritten(string package, string price)
    {
        var monthly = PackageCatalogue.Default.Packages[package].MonthlyPrice;

        Assert.IsType<decimal>(monthly);
        Assert.Equal(price, monthly.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Default_BaseEnvironmentAndRates_AreAsPublished()
    {
        var catalogue = PackageCatalogue.Default;

        Assert.Equal(
            new BaseEnvironment(
                new BaseServiceSize(GuestKind.Vm, "debian-13", 1, 1024, 16),
                new BaseServiceSize(GuestKind.Container, "debian-13-lxc", 1, 512, 4),
                new BaseServiceSize(GuestKind.Vm, "windows-server-2025", 2, 4096, 64),
                new BaseServiceSize(GuestKind.Container, "debian-13-lxc", 1, 512, 4)),
            catalogue.BaseEnvironment);
        Assert.Equal(new UsageRates(0.0040m, 0.0020m, 0.0300m, 0.0100m), catalogue.UsageRates);
        Assert.Equal("0.0040", catalogue.UsageRates.VcpuHour.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Load_EmbeddedText_HasNoFindings()
    {
        var findings = new FindingList();

        Assert.NotNull(CatalogueLoader.Load("catalogue.yaml", PackageCatalogue.DefaultText(), findings));
        Assert.Empty(findings.Items);
    }

    [Fact]
    public void Load_PricesThatBinaryFloatingPointCannotHold_StayExact()
    {
        var text = PackageCatalogue.DefaultText().ReplaceOnce("    monthly_price: 10.00", "    monthly_price: 0.10").ReplaceOnce("    monthly_price: 20.00", "    monthly_price: 0.20");
        var catalogue = CatalogueLoader.Load("catalogue.yaml", text, new FindingList())!;

        Assert.Equal(0.30m, catalogue.Packages["bronze"].MonthlyPrice + catalogue.Packages["silver"].MonthlyPrice);
    }

    /// <summary>Edits of the catalogue (from, to) and the one finding each gives.</summary>
    public static TheoryData<string, string, string> BrokenCatalogue => new()
    {
        { "    monthly_price: 10.00", "    monthly_price: \"$10\"", "catalogue.yaml(15,20): error FMJ004: 'packages.bronze.monthly_price' must be a number, but is the text '$10'. Fix: write a plain number such as monthly_price: 25.00." },
        { "    monthly_price: 10.00", "    monthly_price: -10.00", "catalogue.yaml(15,20): error FMJ006: 'packages.bronze.monthly_price' is -10.00, below 0. Fix: choose a value of at least 0." },
        { "  bronze:\n    vcpu: 2\n", "  bronze:\n", "catalogue.yaml(11,5): error FMJ005: 'packages.bronze.vcpu' is missing: a whole number. Fix: add 'vcpu:' under 'packages.bronze'." },
        { "    ha: false\n", "    ha: no\n", "catalogue.yaml(14,9): error FMJ004: 'packages.bronze.ha' must be true or false, but is the text 'no'. Fix: write ha: true or ha: false, without quotes." },
        { "    ha: false\n", "    ha: false\n    discount: 5\n", "catalogue.yaml(15,5): error FMJ002: unknown key 'discount' in 'packages.bronze'. Fix: remove it; the keys allowed here are: vcpu, memory_gb, storage_gb, ha, monthly_price, backup, replication_schedule." },
        { "  silver:\n", "  custom:\n", "catalogue.yaml(21,3): error FMJ006: 'custom' is reserved for engagements whose allocation is in the tenant file. Fix: rename the package." },
        { "  silver:\n", "  bronze:\n", "catalogue.yaml(21,3): error FMJ003: 'bronze' appears twice in this mapping (first at line 10). Fix: keep one 'bronze' and delete the other." },
        { "    kind: vm\n    template: debian-13\n", "    kind: qemu\n    template: debian-13\n", "catalogue.yaml(72,11): error FMJ006: 'base_environment.web_server.kind' is 'qemu', which is not one of: vm, container. Fix: write one of: vm, container." },
        { "version: \"2026.12\"", "version: 2026.12", "catalogue.yaml(6,10): error FMJ004: 'version' must be text, but is the number 2026.12. Fix: put the value in quotes: version: \"2026.12\"." },
        { "  traffic_gb: 0.0100\n", "", "catalogue.yaml(98,3): error FMJ005: 'usage_rates.traffic_gb' is missing: a number. Fix: add 'traffic_gb:' under 'usage_rates'." },
    };

    [Theory]
    [MemberData(nameof(BrokenCatalogue))]
    public void Load_BrokenCatalogue_ReportsOneFindingAndNoCatalogue(string from, string to, string expected)
    {
        var findings = new FindingList();

        var catalogue = CatalogueLoader.Load("catalogue.yaml", PackageCatalogue.DefaultText().ReplaceOnce(from, to), findings);

        Assert.Null(catalogue);
        Assert.Equal([expected], Demo.Lines(findings.Items));
    }

    [Fact]
    public void Load_NotYaml_ReportsSyntaxError()
    {
        var findings = new FindingList();

        Assert.Null(CatalogueLoader.Load("catalogue.yaml", "packages: [bronze\n", findings));
        Assert.Equal(FindingCodes.YamlSyntax, Assert.Single(findings.Items).Code);
    }
}
