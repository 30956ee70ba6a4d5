using Fmj.Core.Catalogue;

namespace Fmj.Core.Tenants;

/// <summary>One tenant, as its file in <c>Tenants/</c> describes it.</summary>
public sealed record TenantSpec
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Permanent: VLAN tags, subnets, VMIDs and SDN ids derive from it.</summary>
    public required int Number { get; init; }

    public required string Cluster { get; init; }

    /// <summary>A catalogue package name, or <c>custom</c> with <see cref="Custom"/> set.</summary>
    public required string Package { get; init; }

    public CustomEngagement? Custom { get; init; }

    public required IdentitySpec Identity { get; init; }

    public required BaseServicesSpec Services { get; init; }

    public required NetworkSpec Network { get; init; }

    /// <summary>The nodes that host the tenant, or empty to let FMJ place it.</summary>
    public required IReadOnlyList<string> Nodes { get; init; }

    public required IReadOnlyList<MachineSpec> Machines { get; init; }

    /// <summary>Active unless the file says the tenant is offboarding or retired.</summary>
    public TenantState State { get; init; }

    /// <summary>The tenant's own name, written again to confirm <see cref="TenantState.Retired"/>; null otherwise.</summary>
    public string? RetireConfirm { get; init; }
}

/// <summary>A custom engagement: an agreed allocation, HA yes or no, and a monthly price.</summary>
public sealed record CustomEngagement(ResourceAllocation Allocation, bool HighAvailability, decimal MonthlyPrice)
{
    /// <summary>Backup settings agreed for this engagement; what it leaves out comes from the catalogue's custom defaults.</summary>
    public BackupPolicyOverride? Backup { get; init; }

    /// <summary>The agreed replication schedule of HA guests; null for the catalogue's custom default.</summary>
    public string? ReplicationSchedule { get; init; }
}

/// <summary>Which base services the tenant wants. The VPN and the reverse-proxy account come with every package.</summary>
public sealed record BaseServicesSpec(bool WebServer, bool Vpn, bool ReverseProxy);

/// <summary>Optional explicit VLAN tags and CIDRs; whatever is not given derives from the tenant number.</summary>
public sealed record NetworkSpec(SubnetOverride? Public, SubnetOverride? Private)
{
    public static NetworkSpec Derived { get; } = new(null, null);
}

public sealed record SubnetOverride(int? Vlan, string? Cidr);

public enum SubnetRole
{
    Public,
    Private,
}

/// <summary>One of the tenant's own machines: it counts against the package.</summary>
public sealed record MachineSpec
{
    /// <summary>Permanent within the tenant: the machine's VMID and address derive from it.</summary>
    public required int Number { get; init; }

    public required string Name { get; init; }

    public required GuestKind Kind { get; init; }

    public required SubnetRole Subnet { get; init; }

    public required int Vcpu { get; init; }

    public required int MemoryMb { get; init; }

    public required int DiskGb { get; init; }

    public required string Template { get; init; }

    public required bool HighAvailability { get; init; }
}
