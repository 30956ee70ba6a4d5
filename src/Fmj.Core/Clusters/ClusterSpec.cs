using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Gear;

namespace Fmj.Core.Clusters;

/// <summary>One Proxmox VE cluster, as its stack file describes it. One Pulumi stack is one cluster.</summary>
public sealed record ClusterSpec
{
    public required string Name { get; init; }

    public required string ApiEndpoint { get; init; }

    public required int PveMajorVersion { get; init; }

    public required IReadOnlyList<ClusterNode> Nodes { get; init; }

    /// <summary>The Linux bridge every node has and the tenants' VLAN zones sit on.</summary>
    public required string Bridge { get; init; }

    public required ZfsLayout Zfs { get; init; }

    public required VlanRanges Vlans { get; init; }

    public required AddressPools AddressPools { get; init; }

    public required VmidRange Vmids { get; init; }

    public required IReadOnlyDictionary<string, GuestTemplate> Templates { get; init; }

    /// <summary>The shared resolvers guests use when the tenant runs no DNS of its own.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }

    public required ClusterCapacity Capacity { get; init; }

    /// <summary>The user Pulumi connects as over SSH to run node commands (ZFS datasets).</summary>
    public required string SshUser { get; init; }

    /// <summary>The network gear FMJ configures for each tenant (uplink mode), or none (SDN mode, the default).</summary>
    public NetworkGear Network { get; init; } = NetworkGear.Sdn;

    /// <summary>The storage every tenant's backup job writes to, such as a Proxmox Backup Server storage.</summary>
    public required string BackupStorage { get; init; }

    /// <summary>Node → HA priority (higher preferred); null to prefer each tenant's nodes in the order they are listed.</summary>
    public IReadOnlyDictionary<string, int>? HaNodePriority { get; init; }

    /// <summary>The shared reverse proxy tenants get an account on; null when the cluster has none.</summary>
    public ReverseProxyHost? ReverseProxy { get; init; }
}

public sealed record ClusterNode(string Name, string Address);

/// <summary>The zpool and the parent dataset under which every tenant gets its own dataset.</summary>
public sealed record ZfsLayout(string Pool, string TenantsDataset);

public sealed record IntRange(int From, int To)
{
    public bool Contains(int value) => value >= From && value <= To;

    public override string ToString() => $"{From}..{To}";
}

/// <summary>VLAN tags: tenant N gets Public.From + N and Private.From + N.</summary>
public sealed record VlanRanges(IntRange Public, IntRange Private);

/// <summary>A pool carved into equal subnets: tenant N gets subnet number N.</summary>
public sealed record AddressPool(Ipv4Network Network, int PrefixLength);

public sealed record AddressPools(AddressPool Public, AddressPool Private, IReadOnlyList<Ipv4Network> Reserved);

/// <summary>VMIDs: tenant N owns From + N × BlockSize up to the next block.</summary>
public sealed record VmidRange(int From, int To, int BlockSize);

/// <summary>A template guests are made from: a VM template's VMID or a container template's volume id, and its OS type.</summary>
public sealed record GuestTemplate(string Name, GuestKind Kind, int? VmId, string? File, string OsType);

/// <summary>Physical capacity and the overcommit the MSP accepts, per resource.</summary>
public sealed record ClusterCapacity(
    int Vcpu,
    int MemoryGb,
    int StorageGb,
    decimal CpuOvercommit,
    decimal MemoryOvercommit,
    decimal StorageOvercommit,
    int WarnPercent);
