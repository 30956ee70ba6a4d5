using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;
using Xunit.Sdk;

namespace Fmj.Core.Tests.Properties;

/// <summary>The invariants are only worth something if they fail: each broken copy of the demo plan must be caught.</summary>
public class PlanInvariantsTests
{
    public static TheoryData<string> Breaks { get; } =
    [
        "shared VLAN tag", "overlapping subnet", "subnet outside its pool", "VMID in the next block", "shared VMID",
        "disk on another tenant's storage", "ACL on another tenant's pool", "address is the gateway", "address outside its subnet",
        "unsorted tags", "uppercase tag", "long VNet id", "forbidden privilege", "Sys privilege",
        "unprotected guest", "unprotected storage", "replication to a node without the dataset", "replication to its own node",
        "HA guest without HA resource", "firewall lets another tenant in", "firewall drops its own network", "guest without firewall",
        "ACL while offboarding",
    ];

    [Fact]
    public void AssertIsolated_DemoPlan_Passes()
    {
        var (cluster, plan) = DemoPlan();

        PlanInvariants.AssertIsolated(cluster, plan);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void AssertIsolated_BrokenPlan_Fails(string broken)
    {
        var (cluster, plan) = DemoPlan();
        var first = plan.Tenants[0];
        var broke = broken switch
        {
            "shared VLAN tag" => Second(plan, t => t with { Network = t.Network with { Private = t.Network.Private with { Tag = first.Network.Public.Tag } } }),
            "overlapping subnet" => Second(plan, t => t with { Network = t.Network with { Public = t.Network.Public with { Subnet = first.Network.Public.Subnet } } }),
            "subnet outside its pool" => Second(plan, t => t with { Network = t.Network with { Public = t.Network.Public with { Subnet = new SubnetPlan("10.10.99.0/24", "10.10.99.1") } } }),
            "VMID in the next block" => Second(plan, t => Guest(t, g => g with { VmId = g.VmId + cluster.Vmids.BlockSize })),
            "shared VMID" => Second(plan, t => Guest(t, g => g with { VmId = first.Guests[0].VmId })),
            "disk on another tenant's storage" => Second(plan, t => Guest(t, g => g with { Disks = [g.Disks[0] with { DatastoreId = first.Storage.StorageId }] })),
            "ACL on another tenant's pool" => Second(plan, t => t with { Access = t.Access with { Acls = [t.Access.Acls[0] with { Path = $"/pool/{first.Pool.Id}" }, .. t.Access.Acls.Skip(1)] } }),
            "address is the gateway" => Second(plan, t => Guest(t, g => g with { Nics = [g.Nics[0] with { Address = GatewayCidr(t, g.Nics[0].Bridge) }] })),
            "address outside its subnet" => Second(plan, t => Guest(t, g => g with { Nics = [g.Nics[0] with { Address = "192.0.2.10/24" }] })),
            "unsorted tags" => Second(plan, t => Guest(t, g => g with { Tags = [.. g.Tags.Reverse()] })),
            "uppercase tag" => Second(plan, t => Guest(t, g => g with { Tags = [.. g.Tags, "zz-Upper"] })),
            "long VNet id" => Second(plan, t => t with { Network = t.Network with { Public = t.Network.Public with { Id = "t12public" } } }),
            "forbidden privilege" => plan with { TenantRole = plan.TenantRole with { Privileges = [.. plan.TenantRole.Privileges, "VM.Config.Memory"] } },
            "Sys privilege" => plan with { TenantRole = plan.TenantRole with { Privileges = [.. plan.TenantRole.Privileges, "Sys.Console"] } },
            "unprotected guest" => Second(plan, t => Guest(t, g => g with { Protected = false })),
            "unprotected storage" => Second(plan, t => t with { Storage = t.Storage with { Protected = false } }),
            "replication to a node without the dataset" => First(plan, t => Ha(t, h => h with { Replications = [h.Replications[0] with { Target = "pve1" }, .. h.Replications.Skip(1)] })),
            "replication to its own node" => First(plan, t => Ha(t, h => h with { Replications = [h.Replications[0] with { Target = h.Replications[0].Source }, .. h.Replications.Skip(1)] })),
            "HA guest without HA resource" => First(plan, t => Ha(t, h => h with { Resources = [.. h.Resources.Skip(1)] })),
            "firewall lets another tenant in" => Second(plan, t => t with { Firewall = t.Firewall! with { OtherTenants = t.Firewall.OtherTenants with { Entries = [.. t.Firewall.OtherTenants.Entries.Skip(1)] } } }),
            "firewall drops its own network" => Second(plan, t => t with { Firewall = t.Firewall! with { OtherTenants = t.Firewall.OtherTenants with { Entries = [.. t.Firewall.OtherTenants.Entries.Where(e => !e.NoMatch)] } } }),
            "guest without firewall" => Second(plan, t => t with { Firewall = t.Firewall! with { Guests = [.. t.Firewall.Guests.Skip(1)] } }),
            "ACL while offboarding" => Second(plan, t => t with { State = Tenants.TenantState.Offboarding }),
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        Assert.ThrowsAny<XunitException>(() => PlanInvariants.AssertIsolated(cluster, broke));
    }

    private static (Clusters.ClusterSpec Cluster, ClusterPlan Plan) DemoPlan()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());
        Assert.Empty(findings);
        return (Demo.Cluster().Spec, result.Plan!);
    }

    private static ClusterPlan Second(ClusterPlan plan, Func<TenantPlan, TenantPlan> change) =>
        plan with { Tenants = [plan.Tenants[0], change(plan.Tenants[1]), .. plan.Tenants.Skip(2)] };

    /// <summary>Changes the first tenant, adatum: silver, on pve2 and pve3.</summary>
    private static ClusterPlan First(ClusterPlan plan, Func<TenantPlan, TenantPlan> change) =>
        plan with { Tenants = [change(plan.Tenants[0]), .. plan.Tenants.Skip(1)] };

    private static TenantPlan Ha(TenantPlan tenant, Func<HighAvailabilityPlan, HighAvailabilityPlan> change) =>
        tenant with { HighAvailability = change(tenant.HighAvailability!) };

    /// <summary>Changes the tenant's last guest, one of its own machines.</summary>
    private static TenantPlan Guest(TenantPlan tenant, Func<GuestPlan, GuestPlan> change) =>
        tenant with { Guests = [.. tenant.Guests.SkipLast(1), change(tenant.Guests[^1])] };

    private static string GatewayCidr(TenantPlan tenant, string vnetId)
    {
        var vnet = tenant.Network.Public.Id == vnetId ? tenant.Network.Public : tenant.Network.Private;
        return $"{vnet.Subnet.Gateway}/{vnet.Subnet.Cidr.Split('/')[1]}";
    }
}
