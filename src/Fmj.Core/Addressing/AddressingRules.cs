using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Core.Addressing;

/// <summary>
/// Decides a tenant's VLAN tags, subnets, VMID block and nodes from its permanent number (or the explicit values
/// in its file) and reports what does not fit the cluster. A pure function of the cluster and this one tenant, so
/// no other tenant's file can move it.
/// </summary>
public static class AddressingRules
{
    public static TenantAddressing? Resolve(ClusterSpec cluster, TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        var before = findings.Items.Count;
        var n = tenant.Number;

        var publicVlan = Vlan(cluster.Vlans.Public, tenant.Network.Public, n, "public", document, findings);
        var privateVlan = Vlan(cluster.Vlans.Private, tenant.Network.Private, n, "private", document, findings);
        var publicSubnet = Subnet(cluster.AddressPools.Public, tenant.Network.Public, n, "public", cluster, document, findings);
        var privateSubnet = Subnet(cluster.AddressPools.Private, tenant.Network.Private, n, "private", cluster, document, findings);

        var vmidBase = (long)cluster.Vmids.From + ((long)n * cluster.Vmids.BlockSize);
        if (vmidBase + cluster.Vmids.BlockSize - 1 > cluster.Vmids.To)
        {
            findings.Error(FindingCodes.OutOfRange, document.At("number"), $"tenant number {n} puts its VMID block at {vmidBase}, beyond the cluster's VMID range {cluster.Vmids.From}..{cluster.Vmids.To}.", "use a smaller tenant number, or extend 'fmj:vmids' in the stack file.");
        }

        var nodes = Nodes(cluster, document, findings);
        if (findings.Items.Skip(before).Any(f => f.IsError) || publicSubnet is null || privateSubnet is null)
        {
            return null;
        }

        return new TenantAddressing(publicVlan, privateVlan, publicSubnet.Value, privateSubnet.Value, (int)vmidBase, nodes);
    }

    /// <summary>The tenant's nodes: as its file lists them, or two neighbours on the cluster picked by its number.</summary>
    public static IReadOnlyList<string> DerivedNodes(ClusterSpec cluster, int tenantNumber)
    {
        var count = cluster.Nodes.Count;
        var first = cluster.Nodes[(tenantNumber - 1) % count].Name;
        return count == 1 ? [first] : [first, cluster.Nodes[tenantNumber % count].Name];
    }

    private static int Vlan(IntRange range, SubnetOverride? given, int n, string role, TenantDocument document, FindingList findings)
    {
        if (given?.Vlan is { } explicitTag)
        {
            if (!range.Contains(explicitTag))
            {
                findings.Error(FindingCodes.OutOfRange, document.At($"network.{role}.vlan"), $"the {role} VLAN tag {explicitTag} is outside the cluster's {role} VLAN range {range}.", $"choose a tag in {range}, or remove 'vlan' to derive it from the tenant number.");
            }

            return explicitTag;
        }

        var tag = range.From + n;
        if (!range.Contains(tag))
        {
            findings.Error(FindingCodes.OutOfRange, document.At("number"), $"tenant number {n} gives the {role} VLAN tag {tag}, outside the cluster's {role} VLAN range {range}.", $"give 'network.{role}.vlan' explicitly, or extend 'fmj:vlans' in the stack file.");
        }

        return tag;
    }

    private static Ipv4Network? Subnet(AddressPool pool, SubnetOverride? given, int n, string role, ClusterSpec cluster, TenantDocument document, FindingList findings)
    {
        Ipv4Network subnet;
        string path;
        if (given?.Cidr is { } text)
        {
            path = $"network.{role}.cidr";
            if (!Ipv4Network.TryParse(text, out var parsed, out var problem))
            {
                findings.Error(FindingCodes.InvalidSubnet, document.At(path), $"the {role} subnet '{text}' is not usable: {problem}.", "write an IPv4 network such as 10.64.11.0/24.");
                return null;
            }

            if (parsed.Value.PrefixLength is < 16 or > 29)
            {
                findings.Error(FindingCodes.InvalidSubnet, document.At(path), $"the {role} subnet {text} is a /{parsed.Value.PrefixLength}; tenant subnets are /16 to /29.", "choose a prefix length from 16 to 29.");
                return null;
            }

            subnet = parsed.Value;
        }
        else
        {
            path = "number";
            if (n >= pool.Network.SubnetCount(pool.PrefixLength))
            {
                findings.Error(FindingCodes.OutOfRange, document.At(path), $"tenant number {n} is beyond the {pool.Network.SubnetCount(pool.PrefixLength) - 1} /{pool.PrefixLength} subnets of the cluster's {role} pool {pool.Network}.", $"give 'network.{role}.cidr' explicitly, or enlarge 'fmj:addressPools' in the stack file.");
                return null;
            }

            subnet = pool.Network.Subnet(n, pool.PrefixLength);
        }

        foreach (var reserved in cluster.AddressPools.Reserved)
        {
            if (reserved.Overlaps(subnet))
            {
                findings.Error(FindingCodes.SubnetReserved, document.At(path), $"the {role} subnet {subnet} overlaps {reserved}, which the cluster reserves.", "choose a subnet outside the reserved ranges listed in 'fmj:addressPools.reserved'.");
            }
        }

        return subnet;
    }

    private static IReadOnlyList<string> Nodes(ClusterSpec cluster, TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        if (tenant.Nodes.Count == 0)
        {
            return DerivedNodes(cluster, tenant.Number);
        }

        for (var i = 0; i < tenant.Nodes.Count; i++)
        {
            if (!cluster.Nodes.Any(node => node.Name == tenant.Nodes[i]))
            {
                findings.Error(FindingCodes.UnknownNode, document.At($"nodes[{i}]"), $"node '{tenant.Nodes[i]}' is not a node of cluster '{cluster.Name}'.", $"use one of: {string.Join(", ", cluster.Nodes.Select(node => node.Name))}.");
            }
        }

        if (tenant.Nodes.Distinct(StringComparer.Ordinal).Count() != tenant.Nodes.Count)
        {
            findings.Error(FindingCodes.InvalidValue, document.At("nodes"), "'nodes' lists a node twice.", "list each node once.");
        }

        return tenant.Nodes;
    }
}
