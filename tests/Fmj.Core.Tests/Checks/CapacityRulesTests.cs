using Fmj.Core.Checks;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>
/// What the cluster has promised: every tenant's allocation plus its base environment, against physical capacity times the
/// overcommit. The demo tenants commit 24 vCPU, 40 GB of RAM and 1526 GB of storage.
/// </summary>
public class CapacityRulesTests
{
    private static readonly HashSet<string> Dev = ["dev"];

    private static (FleetResult Result, IReadOnlyList<string> Findings) PlanOn(params string[] stackEdits)
    {
        var (result, findings) = Demo.Plan(Demo.Cluster(Demo.StackText.Edits(stackEdits)), Dev, Demo.AllTenants());
        return (result, Demo.Lines(findings));
    }

    [Fact]
    public void Report_DemoTenants_CountsPackagesAndBaseEnvironments()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());

        Assert.Empty(findings);
        // Packages: silver 4 + gold 8 + bronze 2 vCPU; base services: adatum 6 (web, VPN, two DCs), contoso 1 (VPN), fabrikam 3 (web, VPN, DNS).
        Assert.Equal(new CapacityLine("vCPU", 24m, 96m, 4m), result.Capacity.Vcpu);
        Assert.Equal(new CapacityLine("RAM (GB)", 40m, 768m, 1.0m), result.Capacity.MemoryGb);
        Assert.Equal(new CapacityLine("storage (GB)", 1526m, 24000m, 1.0m), result.Capacity.StorageGb);
        Assert.Equal((384m, 768m, 24000m), (result.Capacity.Vcpu.Limit, result.Capacity.MemoryGb.Limit, result.Capacity.StorageGb.Limit));
        // 24 of 384 is 6.25%: rounded half away from zero, as people round.
        Assert.Equal((6.3m, 5.2m, 6.4m), (result.Capacity.Vcpu.Percent, result.Capacity.MemoryGb.Percent, result.Capacity.StorageGb.Percent));
    }

    public static TheoryData<string, string, string> OverCapacity => new()
    {
        {
            "    memoryGb: 768", "    memoryGb: 39",
            "Pulumi.dev.yaml(56,5): error FMJ301: the cluster's tenants commit 40 RAM (GB), over its limit of 39 (39 × overcommit 1). Fix: add capacity to the cluster, raise the overcommit in 'fmj:capacity' if that is acceptable, or place the tenant on another cluster."
        },
        {
            "    vcpu: 96", "    vcpu: 5",
            "Pulumi.dev.yaml(56,5): error FMJ301: the cluster's tenants commit 24 vCPU, over its limit of 20 (5 × overcommit 4). Fix: add capacity to the cluster, raise the overcommit in 'fmj:capacity' if that is acceptable, or place the tenant on another cluster."
        },
        {
            "    storageGb: 24000", "    storageGb: 1500",
            "Pulumi.dev.yaml(56,5): error FMJ301: the cluster's tenants commit 1526 storage (GB), over its limit of 1500 (1500 × overcommit 1). Fix: add capacity to the cluster, raise the overcommit in 'fmj:capacity' if that is acceptable, or place the tenant on another cluster."
        },
        // At the limit is no error, but far above the warning threshold.
        {
            "    memoryGb: 768", "    memoryGb: 40",
            "Pulumi.dev.yaml(56,5): warning FMJ302: the cluster's tenants commit 40 RAM (GB), 100% of its limit of 40 (warning above 80%). Fix: plan more capacity for this cluster before onboarding further tenants."
        },
        {
            "    memoryGb: 768", "    memoryGb: 49",
            "Pulumi.dev.yaml(56,5): warning FMJ302: the cluster's tenants commit 40 RAM (GB), 81.6% of its limit of 49 (warning above 80%). Fix: plan more capacity for this cluster before onboarding further tenants."
        },
        {
            "    vcpu: 96", "    vcpu: 6",
            "Pulumi.dev.yaml(56,5): warning FMJ302: the cluster's tenants commit 24 vCPU, 100% of its limit of 24 (warning above 80%). Fix: plan more capacity for this cluster before onboarding further tenants."
        },
    };

    [Theory]
    [MemberData(nameof(OverCapacity))]
    public void Check_CommittedNearOrOverCapacity_ReportsItOnTheCapacity(string from, string to, string expected)
    {
        var (_, findings) = PlanOn(from, to);

        Assert.Equal([expected], findings);
    }

    [Theory]
    [InlineData("    memoryGb: 768", "    memoryGb: 50")]
    [InlineData("    vcpu: 96", "    vcpu: 30")]
    [InlineData("    warnPercent: 80", "    warnPercent: 100")]
    public void Check_CommittedAtOrBelowTheThreshold_HasNoFindings(string from, string to)
    {
        // 40 GB of 50 is 80%, 24 vCPU of 120 is 20%: neither above 80%.
        var (_, findings) = PlanOn(from, to);

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_Overcommit_RaisesTheLimit()
    {
        // 40 GB against 39 GB × 1.5 = 58.5 GB: 68.4%, no finding.
        var (result, findings) = PlanOn("    memoryGb: 768", "    memoryGb: 39", "    memoryOvercommit: 1.0", "    memoryOvercommit: 1.5");

        Assert.Empty(findings);
        Assert.Equal(58.5m, result.Capacity.MemoryGb.Limit);
    }

    [Fact]
    public void Plan_WithCapacityWarning_IsStillProduced()
    {
        var (result, findings) = PlanOn("    memoryGb: 768", "    memoryGb: 40");

        Assert.Single(findings);
        Assert.NotNull(result.Plan);
    }

    [Fact]
    public void Plan_WithCapacityError_IsRefusedButReportsTheCapacity()
    {
        var (result, _) = PlanOn("    memoryGb: 768", "    memoryGb: 39");

        Assert.Null(result.Plan);
        Assert.Equal(40m, result.Capacity.MemoryGb.Committed);
    }

    [Fact]
    public void Report_RefusedTenant_DoesNotCount()
    {
        var broken = Demo.Tenant("contoso", Demo.TenantText("contoso").ReplaceOnce("    vlan: 2512", "    vlan: 3512"));

        var (result, _) = Demo.Plan(Demo.Tenant("adatum"), broken, Demo.Tenant("fabrikam"));

        Assert.Equal(10m + 5m, result.Capacity.Vcpu.Committed);
    }

    [Fact]
    public void Report_NoTenants_CommitsNothing()
    {
        var report = CapacityRules.Report(Demo.Cluster().Spec, []);

        Assert.Equal((0m, 0m, 0m), (report.Vcpu.Committed, report.MemoryGb.Committed, report.StorageGb.Committed));
        Assert.Equal(80, report.WarnPercent);
    }
}
