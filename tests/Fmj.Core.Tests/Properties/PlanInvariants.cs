using System.Text.RegularExpressions;
using Fmj.Core.Addressing;
using Fmj.Core.Clusters;
using Fmj.Core.Planning;

namespace Fmj.Core.Tests.Properties;

/// <summary>
/// What keeps tenants apart on one cluster, asserted on a finished plan independently of the code that made it:
/// networks, addresses, VMIDs, SDN ids, storage, permissions and tags.
/// </summary>
internal static partial class PlanInvariants
{
    /// <summary>Never granted to a tenant: creating, cloning, resizing or moving guests, changing permissions, the host.</summary>
    public static readonly string[] ForbiddenPrivileges =
        ["VM.Allocate", "VM.Clone", "VM.Config.CPU", "VM.Config.Memory", "VM.Migrate", "Permissions.Modify"];

    public static void AssertIsolated(ClusterSpec cluster, ClusterPlan plan)
    {
        AssertRole(plan.TenantRole);
        AssertNetworks(cluster, plan.Tenants);
        AssertVmids(cluster, plan.Tenants);
        AssertUniqueIds(plan.Tenants);
        AssertFirewalls(cluster, plan.Tenants);
        foreach (var tenant in plan.Tenants)
        {
            AssertTenant(cluster, tenant);
            AssertPlatformServices(tenant);
        }
    }

    /// <summary>Each tenant's guests drop traffic from and to every other tenant's networks (inside the cluster's pools), never their own.</summary>
    private static void AssertFirewalls(ClusterSpec cluster, IReadOnlyList<TenantPlan> tenants)
    {
        var pools = new[] { cluster.AddressPools.Public.Network, cluster.AddressPools.Private.Network };
        foreach (var tenant in tenants)
        {
            var firewall = tenant.Firewall;
            Assert.True(firewall is not null, $"tenant {tenant.Name} has no firewall defaults.");
            var reference = "+" + firewall.OtherTenants.Name;
            Assert.Contains(firewall.Group.Rules, r => r is { Direction: "in", Action: "DROP" } && r.Source == reference);
            Assert.Contains(firewall.Group.Rules, r => r is { Direction: "out", Action: "DROP" } && r.Destination == reference);
            Assert.Equal(tenant.Guests.Select(g => (g.Key, g.VmId)), firewall.Guests.Select(g => (g.GuestKey, g.VmId)));
            Assert.All(firewall.Guests, g => Assert.Equal(firewall.Group.Name, g.SecurityGroups[0]));

            foreach (var other in tenants)
            {
                foreach (var cidr in new[] { other.Network.Public.Subnet.Cidr, other.Network.Private.Subnet.Cidr })
                {
                    var subnet = Ipv4Network.Parse(cidr);
                    var matched = Matches(firewall.OtherTenants, subnet);
                    if (other == tenant)
                    {
                        Assert.False(matched, $"{tenant.Name}'s firewall drops its own network {cidr}.");
                    }
                    else if (pools.Any(p => p.Contains(subnet)))
                    {
                        Assert.True(matched, $"{tenant.Name}'s firewall lets {other.Name}'s network {cidr} in.");
                    }
                }
            }
        }

        static bool Matches(IpsetPlan ipset, Ipv4Network subnet) =>
            ipset.Entries.Any(e => !e.NoMatch && Ipv4Network.Parse(e.Cidr).Contains(subnet))
            && !ipset.Entries.Any(e => e.NoMatch && Ipv4Network.Parse(e.Cidr).Overlaps(subnet));
    }

    /// <summary>Data is protected until retirement; every HA guest is under HA and replicates to another node that holds the tenant's dataset.</summary>
    private static void AssertPlatformServices(TenantPlan tenant)
    {
        var protects = tenant.State != Tenants.TenantState.Retired;
        Assert.Equal(protects, tenant.Storage.Protected);
        Assert.All(tenant.Guests, g => Assert.True(g.Protected == protects, $"{g.Name} is {(g.Protected ? "" : "not ")}protected while the tenant is {tenant.State}."));

        var ha = tenant.Guests.Where(g => g.HighAvailability).ToList();
        Assert.Equal(ha.Count > 0, tenant.HighAvailability is not null);
        if (tenant.HighAvailability is not { } plan)
        {
            return;
        }

        Assert.Equal(ha.Select(g => $"{(g.Kind == global::Fmj.Core.Catalogue.GuestKind.Vm ? "vm" : "ct")}:{g.VmId}"), plan.Resources.Select(r => r.ResourceId));
        Assert.Equal(ha.Select(g => g.Key), plan.Replications.Select(r => r.GuestKey));
        foreach (var replication in plan.Replications)
        {
            var guest = ha.Single(g => g.Key == replication.GuestKey);
            Assert.Equal($"{guest.VmId}-0", replication.Id);
            Assert.Equal(guest.Node, replication.Source);
            Assert.NotEqual(replication.Source, replication.Target);
            Assert.True(tenant.Storage.Nodes.Contains(replication.Target) && tenant.Storage.Hosts.Any(h => h.Name == replication.Target), $"{guest.Name} replicates to {replication.Target}, which has no dataset of tenant {tenant.Name}.");
        }
    }

    public static void AssertRole(TenantRolePlan role)
    {
        foreach (var privilege in role.Privileges)
        {
            Assert.DoesNotContain(privilege, ForbiddenPrivileges);
            Assert.False(privilege.StartsWith("Sys.", StringComparison.Ordinal), $"the tenant role holds {privilege}.");
        }
    }

    private static void AssertNetworks(ClusterSpec cluster, IReadOnlyList<TenantPlan> tenants)
    {
        var vnets = tenants.SelectMany(t => new[] { (Tenant: t, Pool: cluster.AddressPools.Public, Vnet: t.Network.Public), (Tenant: t, Pool: cluster.AddressPools.Private, Vnet: t.Network.Private) }).ToList();

        var tags = vnets.GroupBy(v => v.Vnet.Tag).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(v => v.Vnet.Id))}").ToList();
        Assert.True(tags.Count == 0, $"VLAN tags used twice on bridge {cluster.Bridge}: {string.Join("; ", tags)}");

        var subnets = vnets.Select(v => (v.Vnet.Id, v.Pool, Network: Ipv4Network.Parse(v.Vnet.Subnet.Cidr))).ToList();
        foreach (var (id, pool, network) in subnets)
        {
            Assert.True(pool.Network.Contains(network), $"{id}'s subnet {network} is outside the cluster's pool {pool.Network}.");
            foreach (var reserved in cluster.AddressPools.Reserved)
            {
                Assert.False(reserved.Overlaps(network), $"{id}'s subnet {network} overlaps the reserved range {reserved}.");
            }
        }

        for (var i = 0; i < subnets.Count; i++)
        {
            for (var j = i + 1; j < subnets.Count; j++)
            {
                Assert.False(subnets[i].Network.Overlaps(subnets[j].Network), $"{subnets[i].Id}'s subnet {subnets[i].Network} overlaps {subnets[j].Id}'s {subnets[j].Network}.");
            }
        }
    }

    private static void AssertVmids(ClusterSpec cluster, IReadOnlyList<TenantPlan> tenants)
    {
        var vmids = cluster.Vmids;
        var seen = new Dictionary<int, string>();
        foreach (var tenant in tenants)
        {
            var first = (long)vmids.From + ((long)tenant.Number * vmids.BlockSize);
            var last = first + vmids.BlockSize - 1;
            foreach (var guest in tenant.Guests)
            {
                Assert.True(seen.TryAdd(guest.VmId, guest.Name), $"VMID {guest.VmId} is given to {guest.Name} and to {seen.GetValueOrDefault(guest.VmId)}.");
                Assert.True(guest.VmId >= first && guest.VmId <= last, $"{guest.Name} has VMID {guest.VmId}, outside tenant {tenant.Number}'s block {first}..{last}.");
                Assert.True(guest.VmId >= vmids.From && guest.VmId <= vmids.To, $"{guest.Name} has VMID {guest.VmId}, outside the cluster's range {vmids.From}..{vmids.To}.");
            }
        }
    }

    /// <summary>Proxmox ids are cluster-wide: no two tenants may share a zone, VNet, pool, storage, dataset, group or realm.</summary>
    private static void AssertUniqueIds(IReadOnlyList<TenantPlan> tenants)
    {
        Unique("SDN zone", tenants.Select(t => t.Network.Zone.Id));
        Unique("VNet", tenants.SelectMany(t => new[] { t.Network.Public.Id, t.Network.Private.Id }));
        Unique("pool", tenants.Select(t => t.Pool.Id));
        Unique("storage", tenants.Select(t => t.Storage.StorageId));
        Unique("dataset", tenants.Select(t => t.Storage.Dataset));
        Unique("group", tenants.Select(t => t.Access.AdminGroup.Id));
        Unique("realm", tenants.Select(t => t.Access.Realm?.Id).OfType<string>());
        Unique("guest name", tenants.SelectMany(t => t.Guests.Select(g => g.Name)));
        Unique("IP set", tenants.Select(t => t.Firewall?.OtherTenants.Name).OfType<string>());
        Unique("security group", tenants.Select(t => t.Firewall?.Group.Name).OfType<string>());
        Unique("backup job", tenants.Select(t => t.Backup?.Id).OfType<string>());
        Unique("HA rule", tenants.SelectMany(t => t.HighAvailability?.Rules.Select(r => r.Id) ?? []));
        Unique("HA group", tenants.Select(t => t.HighAvailability?.Group?.Id).OfType<string>());
        Unique("proxy account", tenants.Select(t => t.ReverseProxy?.Account).OfType<string>());

        static void Unique(string what, IEnumerable<string> ids)
        {
            var twice = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{what} ids used by two tenants: {string.Join(", ", twice)}");
        }
    }

    private static void AssertTenant(ClusterSpec cluster, TenantPlan tenant)
    {
        var network = tenant.Network;
        foreach (var id in new[] { network.Zone.Id, network.Public.Id, network.Private.Id })
        {
            Assert.Matches(SdnId(), id);
            Assert.True(id.Length <= 8, $"SDN id '{id}' is longer than 8 characters.");
        }

        Assert.Equal(network.Zone.Id, network.Public.Zone);
        Assert.Equal(network.Zone.Id, network.Private.Zone);
        Assert.Equal(cluster.Bridge, network.Zone.Bridge);
        Assert.Equal($"{cluster.Zfs.TenantsDataset}/{tenant.Name}", tenant.Storage.Dataset);

        // Every ACL names the tenant's own pool, zone or storage, for the tenant's own group, and nothing else; none once offboarding.
        if (tenant.State != Tenants.TenantState.Active)
        {
            Assert.Empty(tenant.Access.Acls);
            Assert.Null(tenant.Access.Realm);
            return;
        }

        string[] own = [$"/pool/{tenant.Pool.Id}", $"/sdn/zones/{network.Zone.Id}", $"/storage/{tenant.Storage.StorageId}"];
        Assert.Equal(own.Order(StringComparer.Ordinal), tenant.Access.Acls.Select(a => a.Path).Order(StringComparer.Ordinal));
        Assert.All(tenant.Access.Acls, acl => Assert.Equal(tenant.Access.AdminGroup.Id, acl.GroupId));
        Assert.Equal(TenantRole.Id, tenant.Access.Acls.Single(a => a.Path == own[0]).RoleId);

        var vnets = new[] { network.Public, network.Private }.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var guest in tenant.Guests)
        {
            Assert.NotEmpty(guest.Disks);
            Assert.All(guest.Disks, disk => Assert.Equal(tenant.Storage.StorageId, disk.DatastoreId));

            Assert.Equal([.. guest.Tags.Order(StringComparer.Ordinal)], guest.Tags);
            Assert.All(guest.Tags, tag => Assert.Equal(tag.ToLowerInvariant(), tag));

            Assert.NotEmpty(guest.Nics);
            foreach (var nic in guest.Nics)
            {
                Assert.True(vnets.TryGetValue(nic.Bridge, out var vnet), $"{guest.Name}'s {nic.Name} is on '{nic.Bridge}', not one of the tenant's VNets.");
                AssertAddress(guest.Name, nic, vnet!);
                Assert.True(taken.Add(nic.Address[..nic.Address.IndexOf('/', StringComparison.Ordinal)]), $"{guest.Name}'s address {nic.Address} is already taken in tenant {tenant.Name}.");
            }
        }
    }

    private static void AssertAddress(string guest, NicPlan nic, VnetPlan vnet)
    {
        var subnet = Ipv4Network.Parse(vnet.Subnet.Cidr);
        var slash = nic.Address.IndexOf('/', StringComparison.Ordinal);
        Assert.True(slash > 0, $"{guest}'s address '{nic.Address}' has no prefix length.");
        Assert.True(Ipv4Network.TryParseAddress(nic.Address[..slash], out var address), $"{guest}'s address '{nic.Address}' is not IPv4.");
        Assert.Equal(subnet.PrefixLength.ToString(System.Globalization.CultureInfo.InvariantCulture), nic.Address[(slash + 1)..]);
        Assert.True(address > subnet.Address && address < subnet.Last, $"{guest}'s address {nic.Address} is not a host of {vnet.Id}'s subnet {subnet}.");
        Assert.NotEqual(vnet.Subnet.Gateway, nic.Address[..slash]);
        Assert.True(Ipv4Network.TryParseAddress(vnet.Subnet.Gateway, out var gateway) && gateway > subnet.Address && gateway < subnet.Last, $"{vnet.Id}'s gateway {vnet.Subnet.Gateway} is not a host of {subnet}.");
        if (nic.Gateway is not null)
        {
            Assert.Equal(vnet.Subnet.Gateway, nic.Gateway);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex SdnId();
}
