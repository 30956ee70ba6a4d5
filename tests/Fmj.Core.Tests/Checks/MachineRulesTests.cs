using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>A tenant's machines: unique names and numbers, and templates the cluster has, of the right kind.</summary>
public class MachineRulesTests
{
    private static readonly HashSet<string> Dev = ["dev"];

    public static TheoryData<string, string[], string> EditedTenant => new()
    {
        {
            "adatum", ["    name: db01", "    name: app01"],
            "Tenants/adatum.yaml(33,11): error FMJ120: machine name 'app01' is used twice (first at machines[0]). Fix: give every machine its own name."
        },
        {
            "adatum", ["  - number: 2\n", "  - number: 1\n"],
            "Tenants/adatum.yaml(32,13): error FMJ120: machine number 1 is used twice (first by 'app01'). Fix: give 'db01' an unused number; numbers are permanent, so never reuse one of a removed machine."
        },
        {
            "adatum", ["    name: app01", "    name: web"],
            "Tenants/adatum.yaml(24,11): error FMJ120: machine name 'web' is taken by a base service. Fix: choose a name other than dc1, dc2, dns, vpn, web."
        },
        {
            "adatum", ["    template: debian-13\n", "    template: debian-12\n"],
            "Tenants/adatum.yaml(30,15): error FMJ131: template 'debian-12' is not defined on cluster 'dev'. Fix: use one of: debian-13, debian-13-lxc, windows-server-2025, or add it to 'fmj:templates' in the stack file."
        },
        {
            "adatum", ["    template: debian-13\n", "    template: debian-13-lxc\n"],
            "Tenants/adatum.yaml(30,15): error FMJ132: template 'debian-13-lxc' is a container template, but a VM is made from it. Fix: use a vm template, or change the machine's kind."
        },
        {
            "adatum", ["    template: debian-13-lxc\n", "    template: windows-server-2025\n"],
            "Tenants/adatum.yaml(39,15): error FMJ132: template 'windows-server-2025' is a vm template, but a container is made from it. Fix: use a container template, or change the machine's kind."
        },
    };

    [Theory]
    [MemberData(nameof(EditedTenant))]
    public void Check_MachineProblem_ReportsOneFinding(string tenant, string[] edits, string expected)
    {
        Assert.Equal([expected], Demo.Check(tenant, Demo.TenantText(tenant).Edits(edits)));
    }

    [Fact]
    public void Check_KindChangedWithTheTemplate_HasNoFindings()
    {
        var text = Demo.TenantText("adatum").Edits("    kind: vm\n", "    kind: container\n", "    template: debian-13\n", "    template: debian-13-lxc\n");

        Assert.Empty(Demo.Check("adatum", text));
    }

    [Fact]
    public void Check_BaseServiceTemplateMissingFromCluster_ReportsItOnTheService()
    {
        var cluster = Demo.Cluster(Demo.StackText.ReplaceOnce("    windows-server-2025:\n      kind: vm\n      vmid: 9100\n", ""));

        var (_, findings) = Demo.Plan(cluster, Dev, Demo.Tenant("adatum"));

        Assert.Equal(
            ["Tenants/adatum.yaml(10,5): error FMJ131: template 'windows-server-2025' is not defined on cluster 'dev'. Fix: use one of: debian-13, debian-13-lxc, or add it to 'fmj:templates' in the stack file."],
            Demo.Lines(findings));
    }

    [Fact]
    public void Check_BaseServiceTemplateOfTheWrongKind_ReportsItOnTheService()
    {
        var cluster = Demo.Cluster(Demo.StackText.ReplaceOnce("    debian-13:\n      kind: vm\n      vmid: 9000\n", "    debian-13:\n      kind: container\n      file: local:vztmpl/debian-13.tar.zst\n"));

        var (_, findings) = Demo.Plan(cluster, Dev, Demo.Tenant("fabrikam"));

        Assert.Equal(
            ["Tenants/fabrikam.yaml(14,15): error FMJ132: template 'debian-13' is a container template, but a VM is made from it. Fix: use a vm template, or change the machine's kind."],
            Demo.Lines(findings));
    }

    [Fact]
    public void Plan_Machine_TakesTheTemplateOfItsKind()
    {
        var (result, _) = Demo.Plan(Demo.Tenant("adatum"));

        var guests = result.Plan!.Tenants[0].Guests.ToDictionary(g => g.Key);
        Assert.Equal(new TemplatePlan("debian-13", 9000, null, "l26", Uefi: false), guests["app01"].Template);
        Assert.Equal(new TemplatePlan("debian-13-lxc", null, "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst", "l26", Uefi: false), guests["db01"].Template);
        Assert.Equal(new TemplatePlan("windows-server-2025", 9100, null, "win11", Uefi: true), guests["dc1"].Template);
    }
}
