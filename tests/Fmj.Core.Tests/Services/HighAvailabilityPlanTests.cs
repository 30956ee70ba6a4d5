using Fmj.Core.Planning;
using static Fmj.Core.Tests.Services.PlanSupport;

namespace Fmj.Core.Tests.Services;

/// <summary>HA resources, placement rules (PVE 9) or groups (PVE 8), and replication to the partner node.</summary>
public class HighAvailabilityPlanTests
{
    [Fact]
    public void Plan_AdatumOnPve9_HaResourceForEveryHaGuest_StrictNodeRule_DcsApart_NoGroup()
    {
        var ha = Plan("adatum").HighAvailability!;

        Assert.Equal(
            ["web vm:101101", "vpn ct:101102", "dc1 vm:101103", "dc2 vm:101104", "app01 vm:101111", "db01 ct:101112"],
            ha.Resources.Select(r => $"{r.GuestKey} {r.ResourceId}"));
        Assert.All(ha.Resources, r => Assert.Equal(("started", null, false), (r.State, r.Group, r.Failback)));
        Assert.Null(ha.Group);

        var nodes = ha.Rules[0];
        Assert.Equal(("tenant-adatum-nodes", "node-affinity", true, null), (nodes.Id, nodes.Type, nodes.Strict, nodes.Affinity));
        Assert.Equal(ha.Resources.Select(r => r.ResourceId), nodes.Resources);
        Assert.Equal([new("pve2", 2), new KeyValuePair<string, int>("pve3", 1)], nodes.Nodes!);

        var apart = ha.Rules[1];
        Assert.Equal(("tenant-adatum-dcs-apart", "resource-affinity", "negative", null), (apart.Id, apart.Type, apart.Affinity, apart.Nodes));
        Assert.Equal(["vm:101103", "vm:101104"], apart.Resources);
        Assert.Equal(2, ha.Rules.Count);
    }

    [Fact]
    public void Plan_AdatumOnPve8_HaGroupInsteadOfRules()
    {
        var ha = Plan("adatum", cluster: c => c with { PveMajorVersion = 8 }).HighAvailability!;

        Assert.Empty(ha.Rules);
        Assert.Equal(new HaGroupPlan("tenant-adatum", ha.Group!.Nodes, Restricted: true, NoFailback: true, "Adatum Corporation: the tenant's nodes"), ha.Group);
        Assert.Equal([new("pve2", 2), new KeyValuePair<string, int>("pve3", 1)], ha.Group.Nodes);
        Assert.All(ha.Resources, r => Assert.Equal(("tenant-adatum", (bool?)null), (r.Group, r.Failback)));
    }

    [Fact]
    public void Plan_Adatum_ReplicatesEveryHaGuestToTheOtherNode_WhereTheDatasetIs()
    {
        var plan = Plan("adatum");
        var replications = plan.HighAvailability!.Replications;

        Assert.Equal(
            ["101101-0 pve2>pve3", "101102-0 pve2>pve3", "101103-0 pve2>pve3", "101104-0 pve3>pve2", "101111-0 pve3>pve2", "101112-0 pve2>pve3"],
            replications.Select(r => $"{r.Id} {r.Source}>{r.Target}"));
        Assert.All(replications, r => Assert.Equal(("local", "*/15"), (r.Type, r.Schedule)));
        Assert.All(replications, r => Assert.Equal(plan.Guests.Single(g => g.Key == r.GuestKey).Node, r.Source));
        Assert.All(replications, r => Assert.Contains(r.Target, plan.Storage.Nodes));
        Assert.All(replications, r => Assert.Contains(plan.Storage.Hosts, h => h.Name == r.Target));
    }

    [Fact]
    public void Plan_Contoso_OnlyHaGuestsWithoutDcRule_AtTheGoldSchedule()
    {
        var ha = Plan("contoso").HighAvailability!;

        Assert.Equal(["vpn", "erp01"], ha.Resources.Select(r => r.GuestKey));
        Assert.Equal(["tenant-contoso-nodes"], ha.Rules.Select(r => r.Id));
        Assert.Equal(["*/10", "*/10"], ha.Replications.Select(r => r.Schedule));
    }

    [Fact]
    public void Plan_OneDomainController_NoResourceAffinityRule() =>
        Assert.Equal(["tenant-adatum-nodes"], Plan("adatum", Replace("domain_controllers: 2", "domain_controllers: 1")).HighAvailability!.Rules.Select(r => r.Id));

    [Fact]
    public void Plan_Bronze_HasNoHa() => Assert.Null(Plan("fabrikam").HighAvailability);

    public static TheoryData<string, string?, string, string, string> Placement() => new()
    {
        // nodes in the tenant file, fmj:haNodePriority (node=priority), then the priorities and each guest's partner.
        { "[pve2, pve3]", null, "pve2:2 pve3:1", "pve2", "pve3" },
        { "[pve3, pve2]", null, "pve3:2 pve2:1", "pve2", "pve3" },
        { "[pve1, pve2, pve3]", null, "pve1:3 pve2:2 pve3:1", "pve1", "pve2" },
        { "[pve1, pve2, pve3]", null, "pve1:3 pve2:2 pve3:1", "pve3", "pve1" },
        { "[pve1, pve2, pve3]", "pve3=10,pve2=5", "pve1:0 pve2:5 pve3:10", "pve1", "pve3" },
        { "[pve1, pve2, pve3]", "pve3=10,pve2=5", "pve1:0 pve2:5 pve3:10", "pve3", "pve2" },
        { "[pve1, pve2, pve3]", "pve2=7,pve3=7", "pve1:0 pve2:7 pve3:7", "pve1", "pve2" },
        { "[pve1, pve2, pve3]", "pve2=7,pve3=7", "pve1:0 pve2:7 pve3:7", "pve2", "pve3" },
    };

    [Theory]
    [MemberData(nameof(Placement))]
    public void Plan_NodePreferences_GivePrioritiesAndThePartnerHaRecoversTo(string nodes, string? priorities, string expected, string guestNode, string partner)
    {
        var given = priorities?.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var plan = Plan("adatum", Replace("package: silver\n", $"package: silver\nnodes: {nodes}\n"), c => c with { HaNodePriority = given });
        var ha = plan.HighAvailability!;

        Assert.Equal(expected, string.Join(" ", ha.Rules[0].Nodes!.Select(n => $"{n.Key}:{n.Value}")));
        var guests = plan.Guests.Where(g => g.Node == guestNode).Select(g => g.Key).ToHashSet();
        Assert.NotEmpty(guests);
        Assert.All(ha.Replications.Where(r => guests.Contains(r.GuestKey)), r => Assert.Equal(partner, r.Target));
    }

    [Fact]
    public void Plan_OffboardingTenant_StopsItsHaResourcesButKeepsReplication()
    {
        var ha = Plan("adatum", Replace("package: silver\n", "package: silver\nstate: offboarding\n")).HighAvailability!;

        Assert.All(ha.Resources, r => Assert.Equal("stopped", r.State));
        Assert.Equal(6, ha.Replications.Count);
    }

    [Fact]
    public void Plan_CustomEngagement_ReplicatesOnItsOwnScheduleOrTheDefault()
    {
        const string custom = "package: custom\ncustom:\n  vcpu: 8\n  memory_gb: 16\n  storage_gb: 500\n  ha: true\n  monthly_price: 55.00\n";

        var own = Plan("adatum", Replace("package: silver\n", custom + "  replication_schedule: \"*/5\"\n")).HighAvailability!;
        var defaulted = Plan("adatum", Replace("package: silver\n", custom)).HighAvailability!;

        Assert.All(own.Replications, r => Assert.Equal("*/5", r.Schedule));
        Assert.All(defaulted.Replications, r => Assert.Equal("*/15", r.Schedule));
    }
}
