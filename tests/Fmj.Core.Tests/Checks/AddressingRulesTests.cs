using Fmj.Core.Addressing;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>VLAN tags, subnets, VMIDs and nodes: derived from the tenant number or given explicitly, and refused when they do not fit.</summary>
public class AddressingRulesTests
{
    private static readonly HashSet<string> Dev = ["dev"];

    [Theory]
    [InlineData("adatum", 2011, 3011, "198.18.1.96/27", "10.64.11.0/24", 101100, "pve2,pve3")]
    [InlineData("contoso", 2512, 3012, "198.18.1.128/27", "10.67.12.0/24", 101200, "pve3,pve1")]
    [InlineData("fabrikam", 2013, 3013, "198.18.1.160/27", "10.64.13.0/24", 101300, "pve1,pve2")]
    public void Resolve_DemoTenant_DerivesFromNumberUnlessGiven(string tenant, int publicVlan, int privateVlan, string publicCidr, string privateCidr, int vmidBase, string nodes)
    {
        var findings = new FindingList();

        var addressing = AddressingRules.Resolve(Demo.Cluster().Spec, Demo.Tenant(tenant), findings)!;

        Assert.Empty(findings.Items);
        Assert.Equal(
            (publicVlan, privateVlan, publicCidr, privateCidr, vmidBase, nodes),
            (addressing.PublicVlan, addressing.PrivateVlan, addressing.PublicSubnet.ToString(), addressing.PrivateSubnet.ToString(), addressing.VmidBase, string.Join(',', addressing.Nodes)));
    }

    [Theory]
    [InlineData(1, "pve1,pve2")]
    [InlineData(2, "pve2,pve3")]
    [InlineData(3, "pve3,pve1")]
    [InlineData(4, "pve1,pve2")]
    public void DerivedNodes_ThreeNodeCluster_TwoNeighboursByNumber(int number, string expected)
    {
        Assert.Equal(expected, string.Join(',', AddressingRules.DerivedNodes(Demo.Cluster().Spec, number)));
    }

    [Fact]
    public void DerivedNodes_OneNodeCluster_TheOneNode()
    {
        var stack = Demo.SdnStackText.ReplaceOnce("    - name: pve2\n      address: 10.10.0.12\n    - name: pve3\n      address: 10.10.0.13\n", "");

        Assert.Equal(["pve1"], AddressingRules.DerivedNodes(Demo.Cluster(stack).Spec, 12));
    }

    /// <summary>Edits of a demo tenant (from, to, ...) and the one finding they give on the dev cluster.</summary>
    public static TheoryData<string, string[], string> EditedTenant => new()
    {
        // Explicit VLAN tag outside the cluster's range.
        {
            "contoso", ["    vlan: 2512", "    vlan: 3512"],
            "Tenants/contoso.yaml(31,11): error FMJ207: the public VLAN tag 3512 is outside the cluster's public VLAN range 2000..2999. Fix: choose a tag in 2000..2999, or remove 'vlan' to derive it from the tenant number."
        },
        // Explicit subnets: reserved, not a network, not canonical, too large or too small, not IPv4.
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.10.5.0/24"],
            "Tenants/contoso.yaml(33,11): error FMJ206: the private subnet 10.10.5.0/24 overlaps 10.10.0.0/16, which the cluster reserves. Fix: choose a subnet outside the reserved ranges listed in 'fmj:addressPools.reserved'."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.67.12.1/24"],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet '10.67.12.1/24' is not usable: write it in canonical form: 10.67.12.0/24. Fix: write an IPv4 network such as 10.64.11.0/24."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.67.12.0"],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet '10.67.12.0' is not usable: it has no prefix length (write it as address/prefix, e.g. 10.1.2.0/24). Fix: write an IPv4 network such as 10.64.11.0/24."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: tenant-lan"],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet 'tenant-lan' is not usable: it is not an address/prefix such as 10.1.2.0/24. Fix: write an IPv4 network such as 10.64.11.0/24."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: \"fd00:12::/64\""],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet 'fd00:12::/64' is not usable: only IPv4 subnets are supported. Fix: write an IPv4 network such as 10.64.11.0/24."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.66.0.0/15"],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet 10.66.0.0/15 is a /15; tenant subnets are /16 to /29. Fix: choose a prefix length from 16 to 29."
        },
        {
            "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.67.12.0/30"],
            "Tenants/contoso.yaml(33,11): error FMJ209: the private subnet 10.67.12.0/30 is a /30; tenant subnets are /16 to /29. Fix: choose a prefix length from 16 to 29."
        },
        // A machine's host number must fit its subnet: the /27 public subnet has 30 hosts, machine n takes host 10 + n.
        {
            "contoso", ["  - number: 3\n", "  - number: 21\n"],
            "Tenants/contoso.yaml(53,13): error FMJ208: machine 'portal' (number 21) would take host 31 of the public subnet 198.18.1.128/27, which has 30 hosts. Fix: use a machine number of at most 20 on the public subnet, or give the tenant a larger public subnet."
        },
        {
            "contoso", ["    vlan: 2512", "    vlan: 2512\n    cidr: 198.18.7.8/29"],
            "Tenants/contoso.yaml(54,13): error FMJ208: machine 'portal' (number 3) would take host 13 of the public subnet 198.18.7.8/29, which has 6 hosts. Fix: the public subnet has no room for the tenant's own machines: give the tenant a larger public subnet (a /27 holds machines 1 to 20)."
        },
        // Nodes the tenant names.
        {
            "adatum", ["cluster: dev\n", "cluster: dev\nnodes: [pve1, pve9]\n"],
            "Tenants/adatum.yaml(6,15): error FMJ133: node 'pve9' is not a node of cluster 'dev'. Fix: use one of: pve1, pve2, pve3."
        },
        {
            "adatum", ["cluster: dev\n", "cluster: dev\nnodes: [pve1, pve1]\n"],
            "Tenants/adatum.yaml(6,8): error FMJ006: 'nodes' lists a node twice. Fix: list each node once."
        },
    };

    [Theory]
    [MemberData(nameof(EditedTenant))]
    public void Check_AddressingThatDoesNotFit_ReportsOneFinding(string tenant, string[] edits, string expected)
    {
        Assert.Equal([expected], Demo.Check(tenant, Demo.TenantText(tenant).Edits(edits)));
    }

    public static TheoryData<string, string[]> FittingEdits => new()
    {
        { "contoso", ["    vlan: 2512", "    vlan: 2999"] },
        { "contoso", ["    vlan: 2512", "    vlan: 2000"] },
        { "contoso", ["  - number: 3\n", "  - number: 20\n"] },
        { "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 192.168.12.0/24"] },
        { "contoso", ["    cidr: 10.67.12.0/24", "    cidr: 10.68.0.0/16"] },
        { "adatum", ["cluster: dev\n", "cluster: dev\nnodes: [pve1, pve3]\n"] },
        { "adatum", ["cluster: dev\n", "cluster: dev\nnodes: [pve3, pve1]\n"] },
    };

    [Theory]
    [MemberData(nameof(FittingEdits))]
    public void Check_AddressingThatFits_HasNoFindings(string tenant, string[] edits)
    {
        Assert.Empty(Demo.Check(tenant, Demo.TenantText(tenant).Edits(edits)));
    }

    /// <summary>Edits of Pulumi.dev.yaml that leave adatum (number 11) out of the cluster's ranges, and the one finding.</summary>
    public static TheoryData<string, string, string> EditedStack => new()
    {
        {
            "      to: 2999", "      to: 2010",
            "Tenants/adatum.yaml(4,9): error FMJ207: tenant number 11 gives the public VLAN tag 2011, outside the cluster's public VLAN range 2000..2010. Fix: give 'network.public.vlan' explicitly, or extend 'fmj:vlans' in the stack file."
        },
        {
            "      to: 3999", "      to: 3010",
            "Tenants/adatum.yaml(4,9): error FMJ207: tenant number 11 gives the private VLAN tag 3011, outside the cluster's private VLAN range 3000..3010. Fix: give 'network.private.vlan' explicitly, or extend 'fmj:vlans' in the stack file."
        },
        {
            "      cidr: 198.18.0.0/17", "      cidr: 198.18.0.0/24",
            "Tenants/adatum.yaml(4,9): error FMJ207: tenant number 11 is beyond the 7 /27 subnets of the cluster's public pool 198.18.0.0/24. Fix: give 'network.public.cidr' explicitly, or enlarge 'fmj:addressPools' in the stack file."
        },
        {
            "      cidr: 10.64.0.0/14", "      cidr: 10.64.0.0/21",
            "Tenants/adatum.yaml(4,9): error FMJ207: tenant number 11 is beyond the 7 /24 subnets of the cluster's private pool 10.64.0.0/21. Fix: give 'network.private.cidr' explicitly, or enlarge 'fmj:addressPools' in the stack file."
        },
        {
            "    to: 199999", "    to: 101198",
            "Tenants/adatum.yaml(4,9): error FMJ207: tenant number 11 puts its VMID block at 101100, beyond the cluster's VMID range 100000..101198. Fix: use a smaller tenant number, or extend 'fmj:vmids' in the stack file."
        },
        {
            "      - 198.18.0.0/27\n", "      - 198.18.0.0/27\n      - 10.64.0.0/20\n",
            "Tenants/adatum.yaml(4,9): error FMJ206: the private subnet 10.64.11.0/24 overlaps 10.64.0.0/20, which the cluster reserves. Fix: choose a subnet outside the reserved ranges listed in 'fmj:addressPools.reserved'."
        },
    };

    [Theory]
    [MemberData(nameof(EditedStack))]
    public void Check_DerivedValueOutsideTheCluster_ReportsItOnTheNumber(string from, string to, string expected)
    {
        var cluster = Demo.Cluster(Demo.StackText.ReplaceOnce(from, to));

        var (_, findings) = Demo.Plan(cluster, Dev, Demo.Tenant("adatum"));

        Assert.Equal([expected], Demo.Lines(findings));
    }

    [Fact]
    public void Check_VmidBlockEndingExactlyAtTheRange_Fits()
    {
        var cluster = Demo.Cluster(Demo.StackText.ReplaceOnce("    to: 199999", "    to: 101199"));

        var (result, findings) = Demo.Plan(cluster, Dev, Demo.Tenant("adatum"));

        Assert.Empty(findings);
        Assert.Equal(101112, result.Plan!.Tenants[0].Guests.Max(g => g.VmId));
    }

    [Fact]
    public void Check_NumberBeyondEveryRange_ReportsEachRangeOnTheNumber()
    {
        var text = Demo.MinimalTenantText("initech", 1024);

        Assert.Equal(
            [
                "Tenants/initech.yaml(3,9): error FMJ207: tenant number 1024 gives the public VLAN tag 3024, outside the cluster's public VLAN range 2000..2999. Fix: give 'network.public.vlan' explicitly, or extend 'fmj:vlans' in the stack file.",
                "Tenants/initech.yaml(3,9): error FMJ207: tenant number 1024 gives the private VLAN tag 4024, outside the cluster's private VLAN range 3000..3999. Fix: give 'network.private.vlan' explicitly, or extend 'fmj:vlans' in the stack file.",
                "Tenants/initech.yaml(3,9): error FMJ207: tenant number 1024 is beyond the 1023 /27 subnets of the cluster's public pool 198.18.0.0/17. Fix: give 'network.public.cidr' explicitly, or enlarge 'fmj:addressPools' in the stack file.",
                "Tenants/initech.yaml(3,9): error FMJ207: tenant number 1024 is beyond the 1023 /24 subnets of the cluster's private pool 10.64.0.0/14. Fix: give 'network.private.cidr' explicitly, or enlarge 'fmj:addressPools' in the stack file.",
                "Tenants/initech.yaml(3,9): error FMJ207: tenant number 1024 puts its VMID block at 202400, beyond the cluster's VMID range 100000..199999. Fix: use a smaller tenant number, or extend 'fmj:vmids' in the stack file.",
            ],
            Demo.Check("initech", text));
    }

    [Fact]
    public void Check_HighestNumberThatFitsEveryRange_IsPlanned()
    {
        var (result, findings) = Demo.Plan(Demo.Tenant("initech", Demo.MinimalTenantText("initech", 999)));

        Assert.Empty(findings);
        var network = result.Plan!.Tenants[0].Network;
        Assert.Equal((2999, 3999, "198.18.124.224/27", "10.67.231.0/24"), (network.Public.Tag, network.Private.Tag, network.Public.Subnet.Cidr, network.Private.Subnet.Cidr));
    }
}
