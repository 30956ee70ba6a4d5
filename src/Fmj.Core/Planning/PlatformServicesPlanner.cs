using System.Globalization;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>
/// Plans the platform services of one tenant — HA and replication, backups, firewall isolation and the reverse-proxy
/// account — from the cluster, the catalogue and this tenant alone, like the rest of <see cref="TenantPlanner"/>.
/// </summary>
public static class PlatformServicesPlanner
{
    public const string NodeAffinity = "node-affinity";
    public const string ResourceAffinity = "resource-affinity";
    public const string LocalReplication = "local";

    /// <summary>Null when no guest of the tenant is HA (packages without HA, or no HA guest at all).</summary>
    public static HighAvailabilityPlan? HighAvailability(ClusterSpec cluster, PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package, IReadOnlyList<string> nodes, IReadOnlyList<GuestPlan> guests)
    {
        var ha = guests.Where(g => g.HighAvailability).ToList();
        if (ha.Count == 0 || nodes.Count < 2)
        {
            return null;
        }

        var priorities = NodePriorities(cluster, nodes);
        var pve9 = cluster.PveMajorVersion >= 9;
        var groupId = $"tenant-{tenant.Name}";
        var state = TenantLifecycle.HaState(tenant.State);
        var resources = ha.Select(g => new HaResourcePlan(
            g.Key,
            HaResourceId(g),
            state,
            Group: pve9 ? null : groupId,
            Failback: pve9 ? false : null,
            Comment: $"{tenant.DisplayName} {g.Key}")).ToList();

        var rules = new List<HaRulePlan>();
        HaGroupPlan? group = null;
        if (pve9)
        {
            // Strict: the guests' disks exist only on the tenant's nodes, so HA must never start them anywhere else.
            rules.Add(new HaRulePlan("nodes", $"tenant-{tenant.Name}-nodes", NodeAffinity, [.. resources.Select(r => r.ResourceId)], priorities, Strict: true, Affinity: null, $"{tenant.DisplayName}: run on the tenant's nodes"));
            var controllers = ha.Where(g => g.Role == GuestRole.DomainController).ToList();
            if (controllers.Count == 2)
            {
                rules.Add(new HaRulePlan("dcs-apart", $"tenant-{tenant.Name}-dcs-apart", ResourceAffinity, [.. controllers.Select(HaResourceId)], Nodes: null, Strict: null, Affinity: "negative", $"{tenant.DisplayName}: keep the domain controllers on different nodes"));
            }
        }
        else
        {
            group = new HaGroupPlan(groupId, priorities, Restricted: true, NoFailback: true, $"{tenant.DisplayName}: the tenant's nodes");
        }

        var schedule = ReplicationSchedule(catalogue, tenant, package);
        var replications = ha.Select(g => new ReplicationPlan(
            g.Key,
            string.Create(CultureInfo.InvariantCulture, $"{g.VmId}-0"),
            g.Node,
            Partner(g.Node, nodes, priorities),
            LocalReplication,
            schedule,
            $"{tenant.DisplayName} {g.Key} to its partner node")).ToList();
        return new HighAvailabilityPlan(resources, rules, group, replications);
    }

    /// <summary>
    /// The tenant's nodes in their order, with their HA priority (higher preferred): from <c>fmj:haNodePriority</c> (a node it leaves out
    /// gets 0), else by the tenant's node order, the first node highest.
    /// </summary>
    public static IReadOnlyDictionary<string, int> NodePriorities(ClusterSpec cluster, IReadOnlyList<string> nodes)
    {
        var priorities = new OrderedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            priorities[nodes[i]] = cluster.HaNodePriority is { } given ? given.GetValueOrDefault(nodes[i]) : nodes.Count - i;
        }

        return priorities;
    }

    /// <summary>
    /// Where a guest on <paramref name="node"/> replicates to: the tenant's other node HA would recover it on, the one
    /// with the highest priority (the first in the tenant's node order on a tie).
    /// </summary>
    public static string Partner(string node, IReadOnlyList<string> nodes, IReadOnlyDictionary<string, int> priorities) =>
        nodes.Where(n => n != node).MaxBy(n => priorities[n])!;

    public static string HaResourceId(GuestPlan guest) =>
        string.Create(CultureInfo.InvariantCulture, $"{(guest.Kind == GuestKind.Vm ? "vm" : "ct")}:{guest.VmId}");

    public static string ReplicationSchedule(PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package) =>
        package.ReplicationSchedule ?? tenant.Custom?.ReplicationSchedule ?? catalogue.CustomDefaults.ReplicationSchedule;

    public static BackupPolicy BackupPolicy(PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package) =>
        package.Backup ?? tenant.Custom?.Backup?.Over(catalogue.CustomDefaults.Backup) ?? catalogue.CustomDefaults.Backup;

    /// <summary>Null once the tenant is retired: its backups stay on the backup storage, but no job makes more.</summary>
    public static BackupJobPlan? Backup(ClusterSpec cluster, PackageCatalogue catalogue, TenantSpec tenant, ServicePackage package, PoolPlan pool)
    {
        if (!TenantLifecycle.KeepsBackupJob(tenant.State))
        {
            return null;
        }

        var policy = BackupPolicy(catalogue, tenant, package);
        var retention = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, keep) in new[] { ("keep-daily", policy.KeepDaily), ("keep-weekly", policy.KeepWeekly), ("keep-monthly", policy.KeepMonthly) })
        {
            if (keep > 0)
            {
                retention[key] = keep.ToString(CultureInfo.InvariantCulture);
            }
        }

        return new BackupJobPlan($"tenant-{tenant.Name}", cluster.BackupStorage, pool.Id, policy.Schedule, Mode: "snapshot", Compress: "zstd", retention, Enabled: TenantLifecycle.RunsGuests(tenant.State));
    }

    /// <summary>
    /// The firewall defaults: every guest's firewall on, with a security group first that drops traffic from and to
    /// every tenant network of the cluster (its address pools) except the tenant's own. Policies stay ACCEPT so the
    /// tenant's public services answer; tenants tighten them inside their guests.
    /// </summary>
    public static FirewallPlan Firewall(ClusterSpec cluster, TenantSpec tenant, NetworkPlan network, IReadOnlyList<GuestPlan> guests)
    {
        var zone = network.Zone.Id;
        var others = new IpsetPlan($"{zone}-others", $"{tenant.DisplayName}: every tenant network but its own",
        [
            new(cluster.AddressPools.Public.Network.ToString(), NoMatch: false, "public tenant networks"),
            new(cluster.AddressPools.Private.Network.ToString(), NoMatch: false, "private tenant networks"),
            new(network.Public.Subnet.Cidr, NoMatch: true, "own public network"),
            new(network.Private.Subnet.Cidr, NoMatch: true, "own private network"),
        ]);
        var reference = "+" + others.Name;
        var group = new SecurityGroupPlan($"{zone}-isolation", $"{tenant.DisplayName}: no traffic with other tenants",
        [
            new("in", "DROP", Source: reference, Destination: null, "from other tenants"),
            new("out", "DROP", Source: null, Destination: reference, "to other tenants"),
        ]);
        var firewalls = guests.Select(g => new GuestFirewallPlan(g.Key, g.Kind, g.Node, g.VmId, InputPolicy: "ACCEPT", OutputPolicy: "ACCEPT", MacFilter: true, [group.Name])).ToList();
        return new FirewallPlan(others, group, firewalls);
    }

    /// <summary>Null when the tenant wants no account, once it is retired, or when the cluster has no proxy (which the checks refuse).</summary>
    public static ReverseProxyAccountPlan? ReverseProxy(ClusterSpec cluster, TenantSpec tenant)
    {
        if (!tenant.Services.ReverseProxy || !TenantLifecycle.KeepsProxyAccount(tenant.State) || cluster.ReverseProxy is not { } proxy)
        {
            return null;
        }

        var account = $"tenant-{tenant.Name}";
        return new ReverseProxyAccountPlan(account, tenant.Identity.Domain is { } domain ? [domain] : [], tenant.Name)
        {
            Kind = proxy.Kind,
            Connection = new ProxyConnectionPlan(proxy.Host, proxy.Port, proxy.User, proxy.HostKey),
        };
    }
}
