using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>Rules across the tenants of a cluster: numbers, names, VLAN tags, VMIDs and subnets are unique; clusters are known.</summary>
public class FleetRulesTests
{
    private static readonly HashSet<string> Dev = ["dev"];

    private static TenantDocument Load(string path, string text)
    {
        var findings = new FindingList();
        return TenantLoader.Load(path, text, findings) ?? throw new InvalidOperationException(string.Join("\n", findings.Items));
    }

    [Fact]
    public void Plan_DemoTenants_HaveUniqueTagsSubnetsAndVmids()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());

        Assert.Empty(findings);
        var tenants = result.Plan!.Tenants;
        var tags = tenants.SelectMany(t => new[] { t.Network.Public.Tag, t.Network.Private.Tag }).ToList();
        var vmids = tenants.SelectMany(t => t.Guests.Select(g => g.VmId)).ToList();
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(vmids.Count, vmids.Distinct().Count());
    }

    [Fact]
    public void Plan_DuplicateNumberWithoutGuests_ReportsDuplicateNumberOnTheLaterFile()
    {
        var findings = Demo.PlanFindings([.. Demo.AllTenants(), Demo.Tenant("initech", Demo.ExplicitTenantText(11, vpn: false))]);

        Assert.Equal(["Tenants/initech.yaml(3,9): error FMJ201: tenant number 11 is already used by 'adatum' (Tenants/adatum.yaml). Fix: give this tenant an unused number; numbers are permanent, so never reuse one."], findings);
    }

    [Fact]
    public void Plan_DuplicateNumberWithGuests_AlsoReportsTheVmidClash()
    {
        var findings = Demo.PlanFindings([.. Demo.AllTenants(), Demo.Tenant("initech", Demo.ExplicitTenantText(11, vpn: true))]);

        Assert.Equal(
            [
                "Tenants/initech.yaml(3,9): error FMJ201: tenant number 11 is already used by 'adatum' (Tenants/adatum.yaml). Fix: give this tenant an unused number; numbers are permanent, so never reuse one.",
                "Tenants/initech.yaml(3,9): error FMJ204: guest 'initech-vpn' would get VMID 101102, already given to 'adatum-vpn' of Tenants/adatum.yaml. Fix: give the tenant an unused tenant number.",
            ],
            findings);
    }

    [Fact]
    public void Plan_DuplicateNumberOfDerivedTenants_ReportsEveryConsequence()
    {
        var fabrikam = Demo.Tenant("fabrikam", Demo.TenantText("fabrikam").ReplaceOnce("number: 13", "number: 11"));

        var (_, findings) = Demo.Plan(Demo.Tenant("adatum"), fabrikam);

        // One cause, reported with every clash it makes: tags, the five VMIDs of fabrikam's guests, both subnets.
        Assert.Equal(
            ["FMJ201", "FMJ203", "FMJ203", "FMJ204", "FMJ204", "FMJ204", "FMJ204", "FMJ204", "FMJ205", "FMJ205"],
            findings.Select(f => f.Code.Id));
        Assert.All(findings, f => Assert.Equal(new SourcePosition("Tenants/fabrikam.yaml", 4, 9), f.Position));
    }

    [Fact]
    public void Plan_DuplicateName_ReportsItOnTheLaterFile()
    {
        var copy = Load("Tenants/adatum.yml", Demo.TenantText("adatum").ReplaceOnce("number: 11", "number: 14"));

        var (_, findings) = Demo.Plan(Demo.Tenant("adatum"), copy);

        Assert.Equal(["Tenants/adatum.yml(2,7): error FMJ202: tenant name 'adatum' is already used by Tenants/adatum.yaml. Fix: give each tenant its own name."], Demo.Lines(findings));
    }

    [Fact]
    public void Plan_ExplicitVlanTagOfAnotherTenant_ReportsTheClashOnTheExplicitTag()
    {
        var fabrikam = Demo.TenantText("fabrikam").ReplaceOnce("  web_server: true\n", "  web_server: true\nnetwork:\n  public:\n    vlan: 2011\n");

        Assert.Equal(
            ["Tenants/fabrikam.yaml(17,11): error FMJ203: the public VLAN tag 2011 is already the public tag of 'adatum' (Tenants/adatum.yaml); VLAN zones only keep tags unique within one tenant. Fix: choose another tag, or drop the explicit tag so it derives from the tenant number."],
            Demo.Check("fabrikam", fabrikam, Demo.Tenant("adatum"), Demo.Tenant("contoso")));
    }

    [Fact]
    public void Plan_DerivedTagThatAnotherTenantTookExplicitly_ReportsTheClashOnTheExplicitTag()
    {
        // Contoso's explicit public tag 2512 is what tenant number 512 derives: a derived value cannot move, the explicit one can.
        Assert.Equal(
            ["Tenants/contoso.yaml(31,11): error FMJ203: the public VLAN tag 2512 is already the public tag of 'initech' (Tenants/initech.yaml); VLAN zones only keep tags unique within one tenant. Fix: choose another tag, or drop the explicit tag so it derives from the tenant number."],
            Demo.Check("initech", Demo.MinimalTenantText("initech", 512), Demo.AllTenants()));
    }

    [Fact]
    public void Plan_ExplicitCidrOfAnotherTenant_ReportsTheOverlapOnTheExplicitCidr()
    {
        var fabrikam = Demo.TenantText("fabrikam").ReplaceOnce("  web_server: true\n", "  web_server: true\nnetwork:\n  private:\n    cidr: 10.64.8.0/21\n");

        Assert.Equal(
            ["Tenants/fabrikam.yaml(17,11): error FMJ205: the private subnet 10.64.8.0/21 of 'fabrikam' overlaps the private subnet 10.64.11.0/24 of 'adatum' (Tenants/adatum.yaml). Fix: choose a subnet no other tenant uses, or drop the explicit CIDR so it derives from the tenant number."],
            Demo.Check("fabrikam", fabrikam, Demo.Tenant("adatum"), Demo.Tenant("contoso")));
    }

    [Fact]
    public void Plan_ExplicitCidrOverlappingTheTenantsOwnSubnet_ReportsTheOverlap()
    {
        var fabrikam = Demo.TenantText("fabrikam").ReplaceOnce("  web_server: true\n", "  web_server: true\nnetwork:\n  public:\n    cidr: 10.64.13.64/27\n");

        Assert.Equal(
            ["Tenants/fabrikam.yaml(17,11): error FMJ205: the public subnet 10.64.13.64/27 of 'fabrikam' overlaps its own private subnet 10.64.13.0/24. Fix: choose a subnet no other tenant uses, or drop the explicit CIDR so it derives from the tenant number."],
            Demo.Check("fabrikam", fabrikam));
    }

    [Fact]
    public void Plan_UnknownCluster_ReportsItOnTheCluster()
    {
        var adatum = Demo.Tenant("adatum", Demo.TenantText("adatum").ReplaceOnce("cluster: dev", "cluster: prod"));

        var (result, findings) = Demo.Plan(Demo.Cluster(), Dev, adatum, Demo.Tenant("contoso"));

        Assert.Equal(["Tenants/adatum.yaml(5,10): error FMJ130: cluster 'prod' has no stack (known: dev). Fix: name the cluster of an existing stack, or add a Pulumi.<stack>.yaml for the new cluster."], Demo.Lines(findings));
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Plan_TenantOfAnotherKnownCluster_IsLeftOutWithoutFindings()
    {
        var adatum = Demo.Tenant("adatum", Demo.TenantText("adatum").ReplaceOnce("cluster: dev", "cluster: prod"));

        var (result, findings) = Demo.Plan(Demo.Cluster(), new HashSet<string> { "dev", "prod" }, adatum, Demo.Tenant("contoso"), Demo.Tenant("fabrikam"));

        Assert.Empty(findings);
        Assert.Equal(["contoso", "fabrikam"], result.Plan!.Tenants.Select(t => t.Name));
        Assert.Equal(9m + 5m, result.Capacity.Vcpu.Committed);
    }

    [Fact]
    public void Plan_NumberUsedOnAnotherCluster_IsStillADuplicate()
    {
        // Tenant numbers are permanent across the whole fleet, not per cluster.
        var adatum = Demo.Tenant("adatum", Demo.TenantText("adatum").ReplaceOnce("cluster: dev", "cluster: prod"));

        var (_, findings) = Demo.Plan(Demo.Cluster(), new HashSet<string> { "dev", "prod" }, adatum, Demo.Tenant("initech", Demo.ExplicitTenantText(11, vpn: true)));

        Assert.Equal(["Tenants/initech.yaml(3,9): error FMJ201: tenant number 11 is already used by 'adatum' (Tenants/adatum.yaml). Fix: give this tenant an unused number; numbers are permanent, so never reuse one."], Demo.Lines(findings));
    }

    [Fact]
    public void Plan_TenantsInAnyOrder_GiveTheSameFindingsAndPlan()
    {
        var fabrikam = Demo.Tenant("fabrikam", Demo.TenantText("fabrikam").ReplaceOnce("number: 13", "number: 11"));
        var forward = Demo.Plan(Demo.Tenant("adatum"), Demo.Tenant("contoso"), fabrikam);
        var backward = Demo.Plan(fabrikam, Demo.Tenant("contoso"), Demo.Tenant("adatum"));

        Assert.Equal(Demo.Lines(forward.Findings), Demo.Lines(backward.Findings));
        Assert.Equal(PlanJson.Serialize(Demo.Plan(Demo.AllTenants()).Result.Plan), PlanJson.Serialize(Demo.Plan([.. Demo.AllTenants().Reverse()]).Result.Plan));
    }
}
