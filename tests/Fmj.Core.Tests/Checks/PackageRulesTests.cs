using Fmj.Core.Catalogue;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>Packages: the tenant's own machines fit its allocation (vCPU, RAM, disk summed), HA only where the package has it.</summary>
public class PackageRulesTests
{
    private const string Adatum = "adatum";
    private const string Fabrikam = "fabrikam";

    /// <summary>A tenant, edits of its demo file (from, to, ...) and the one finding they give.</summary>
    public static TheoryData<string, string[], string> OverPackage => new()
    {
        // Silver allows 4 vCPU, 8 GB and 250 GB; adatum's app01 and db01 use 2 + 1 vCPU, 4 + 2 GB, 100 + 80 GB.
        {
            Adatum, ["    vcpu: 2\n", "    vcpu: 4\n"],
            "Tenants/adatum.yaml(36,11): error FMJ103: tenant 'adatum' uses 5 vCPU but package 'silver' allows 4 vCPU (app01 4 vCPU + db01 1 vCPU). Fix: shrink or remove machines by 1 vCPU, or move the tenant to a larger package."
        },
        {
            Adatum, ["    memory_mb: 4096", "    memory_mb: 7168"],
            "Tenants/adatum.yaml(37,16): error FMJ104: tenant 'adatum' uses 9 GB of RAM but package 'silver' allows 8 GB (app01 7 GB + db01 2 GB). Fix: shrink or remove machines by 1 GB of RAM, or move the tenant to a larger package."
        },
        {
            Adatum, ["    memory_mb: 4096", "    memory_mb: 6700"],
            "Tenants/adatum.yaml(37,16): error FMJ104: tenant 'adatum' uses 8.54 GB of RAM but package 'silver' allows 8 GB (app01 6.54 GB + db01 2 GB). Fix: shrink or remove machines by 0.54 GB of RAM, or move the tenant to a larger package."
        },
        {
            Adatum, ["    disk_gb: 100", "    disk_gb: 200"],
            "Tenants/adatum.yaml(38,14): error FMJ105: tenant 'adatum' uses 280 GB of disk but package 'silver' allows 250 GB (app01 200 GB + db01 80 GB). Fix: shrink or remove machines by 30 GB of disk, or move the tenant to a larger package."
        },
        // The finding points at the machine that tips the sum over: here the first.
        {
            Adatum, ["    disk_gb: 100", "    disk_gb: 300"],
            "Tenants/adatum.yaml(29,14): error FMJ105: tenant 'adatum' uses 380 GB of disk but package 'silver' allows 250 GB (app01 300 GB + db01 80 GB). Fix: shrink or remove machines by 130 GB of disk, or move the tenant to a larger package."
        },
        // Bronze allows 2 vCPU and 4 GB, which fabrikam's shop01 and build01 use exactly.
        {
            Fabrikam, ["    vcpu: 1\n    memory_mb: 2048\n    disk_gb: 50", "    vcpu: 2\n    memory_mb: 2048\n    disk_gb: 50"],
            "Tenants/fabrikam.yaml(29,11): error FMJ103: tenant 'fabrikam' uses 3 vCPU but package 'bronze' allows 2 vCPU (shop01 1 vCPU + build01 2 vCPU). Fix: shrink or remove machines by 1 vCPU, or move the tenant to a larger package."
        },
        {
            Fabrikam, ["    memory_mb: 2048\n    disk_gb: 50\n    template: debian-13-lxc\n", "    memory_mb: 1536\n    disk_gb: 50\n    template: debian-13-lxc\n  - number: 3\n    name: cache01\n    kind: container\n    subnet: private\n    vcpu: 1\n    memory_mb: 512\n    disk_gb: 10\n    template: debian-13-lxc\n"],
            "Tenants/fabrikam.yaml(37,11): error FMJ103: tenant 'fabrikam' uses 3 vCPU but package 'bronze' allows 2 vCPU (shop01 1 vCPU + build01 1 vCPU + cache01 1 vCPU). Fix: shrink or remove machines by 1 vCPU, or move the tenant to a larger package."
        },
        // HA: bronze has none.
        {
            Fabrikam, ["    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2"],
            "Tenants/fabrikam.yaml(25,9): error FMJ106: machine 'shop01' asks for HA, but package 'bronze' has no HA. Fix: remove 'ha: true', or move the tenant to a package with HA (silver or above)."
        },
        // Unknown package, on the value.
        {
            Adatum, ["package: silver", "package: titanium"],
            "Tenants/adatum.yaml(6,10): error FMJ101: package 'titanium' is not in catalogue 2026.12. Fix: use one of: bronze, silver, gold, platinum, custom."
        },
        {
            Adatum, ["package: silver", "package: Silver"],
            "Tenants/adatum.yaml(6,10): error FMJ101: package 'Silver' is not in catalogue 2026.12. Fix: use one of: bronze, silver, gold, platinum, custom."
        },
    };

    [Theory]
    [MemberData(nameof(OverPackage))]
    public void Check_TenantOutsideItsPackage_ReportsTheWholeSum(string tenant, string[] edits, string expected)
    {
        var text = Demo.TenantText(tenant).Edits(edits);

        Assert.Equal([expected], Demo.Check(tenant, text));
    }

    public static TheoryData<string, string[]> WithinPackage => new()
    {
        // Exactly at silver's 4 vCPU, 8 GB and 250 GB.
        { Adatum, ["    vcpu: 2\n", "    vcpu: 3\n", "    memory_mb: 4096", "    memory_mb: 6144", "    disk_gb: 100", "    disk_gb: 170"] },
        // Fabrikam's two machines use bronze's 2 vCPU and 4 GB exactly, as checked in.
        { Fabrikam, [] },
        // HA on silver and above.
        { Adatum, [] },
        { Fabrikam, ["package: bronze", "package: silver", "    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2"] },
        // Saying no HA is fine on bronze.
        { Fabrikam, ["    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: false\n  - number: 2"] },
        // A larger package makes room.
        { Adatum, ["package: silver", "package: gold", "    vcpu: 2\n", "    vcpu: 7\n"] },
    };

    [Theory]
    [MemberData(nameof(WithinPackage))]
    public void Check_TenantWithinItsPackage_HasNoFindings(string tenant, string[] edits)
    {
        var text = Demo.TenantText(tenant).Edits(edits);

        Assert.Empty(Demo.Check(tenant, text));
    }

    [Fact]
    public void Check_BaseServicesBeyondThePackage_DoNotCountAgainstIt()
    {
        // Fabrikam's web server, VPN and DNS server add 3 vCPU on top of bronze's 2, all used by its own machines.
        var (result, findings) = Demo.Plan(Demo.Tenant(Fabrikam));

        Assert.Empty(findings);
        var plan = Assert.Single(result.Plan!.Tenants);
        Assert.Equal(new ResourceUsage(2, 4096, 90), plan.Package.Used);
        Assert.Equal(3, plan.Guests.Where(g => !g.CountsAgainstPackage).Sum(g => g.Vcpu));
    }

    private static string Custom(string allocation) =>
        Demo.TenantText(Fabrikam).ReplaceOnce("package: bronze\n", "package: custom\ncustom:\n" + allocation);

    [Fact]
    public void Check_CustomPackage_UsesItsOwnAllocation()
    {
        var text = Custom("  vcpu: 1\n  memory_gb: 16\n  storage_gb: 1000\n  ha: false\n  monthly_price: 12.50\n");

        Assert.Equal(
            ["Tenants/fabrikam.yaml(35,11): error FMJ103: tenant 'fabrikam' uses 2 vCPU but package 'custom' allows 1 vCPU (shop01 1 vCPU + build01 1 vCPU). Fix: shrink or remove machines by 1 vCPU, or move the tenant to a larger package."],
            Demo.Check(Fabrikam, text));
    }

    [Fact]
    public void Check_CustomPackageWithoutHa_RefusesHaMachines()
    {
        var text = Custom("  vcpu: 8\n  memory_gb: 16\n  storage_gb: 1000\n  ha: false\n  monthly_price: 12.50\n")
            .ReplaceOnce("    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2");

        Assert.Equal(
            ["Tenants/fabrikam.yaml(31,9): error FMJ106: machine 'shop01' asks for HA, but package 'custom' has no HA. Fix: remove 'ha: true', or move the tenant to a package with HA (silver or above)."],
            Demo.Check(Fabrikam, text));
    }

    [Fact]
    public void Plan_CustomPackage_CarriesTheAgreedAllocationHaAndPrice()
    {
        var text = Custom("  vcpu: 2\n  memory_gb: 4\n  storage_gb: 90\n  ha: true\n  monthly_price: 12.50\n")
            .ReplaceOnce("    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2");

        var (result, findings) = Demo.Plan(Demo.Tenant(Fabrikam, text));

        Assert.Empty(findings);
        var package = Assert.Single(result.Plan!.Tenants).Package;
        Assert.Equal(new PackageUsage(ServicePackage.Custom, true, 12.50m, new ResourceAllocation(2, 4, 90), new ResourceUsage(2, 4096, 90)), package);
    }

    [Theory]
    [InlineData(Adatum, "silver", 20.00, 4, 8, 250, 3, 6144, 180)]
    [InlineData("contoso", "gold", 40.00, 8, 16, 1000, 7, 13312, 940)]
    [InlineData(Fabrikam, "bronze", 10.00, 2, 4, 100, 2, 4096, 90)]
    public void Plan_DemoTenant_ReportsPackageAndUsage(string tenant, string package, double price, int vcpu, int memoryGb, int storageGb, int usedVcpu, int usedMemoryMb, int usedDiskGb)
    {
        var (result, _) = Demo.Plan(Demo.Tenant(tenant));

        var usage = Assert.Single(result.Plan!.Tenants).Package;

        Assert.Equal(new PackageUsage(package, package != "bronze", (decimal)price, new ResourceAllocation(vcpu, memoryGb, storageGb), new ResourceUsage(usedVcpu, usedMemoryMb, usedDiskGb)), usage);
    }
}
