using Fmj.Core.Catalogue;

namespace Fmj.Core.Planning;

/// <summary>One VM or container, base service or the tenant's own, with everything decided.</summary>
public sealed record GuestPlan
{
    /// <summary>Unique within the tenant; the Pulumi resource name is <c>tenant-key</c>.</summary>
    public required string Key { get; init; }

    public required GuestRole Role { get; init; }

    public required GuestKind Kind { get; init; }

    public required string Name { get; init; }

    public required int VmId { get; init; }

    public required string Node { get; init; }

    public required TemplatePlan Template { get; init; }

    /// <summary>The emulated CPU model (containers share the host's CPU and ignore it).</summary>
    public required string CpuType { get; init; }

    public required int Vcpu { get; init; }

    public required int MemoryMb { get; init; }

    public required IReadOnlyList<DiskPlan> Disks { get; init; }

    public required IReadOnlyList<NicPlan> Nics { get; init; }

    public required DnsPlan Dns { get; init; }

    /// <summary>Sorted and lowercase, as Proxmox stores them, so a refresh shows no drift.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    public required bool HighAvailability { get; init; }

    /// <summary>The guest's disks hold tenant data: Pulumi refuses to delete it (protect) until the tenant is retired.</summary>
    public required bool Protected { get; init; }

    /// <summary>
    /// Proxmox's own protection flag, which blocks removing the guest or its disks even in the Proxmox UI: on domain
    /// controllers, which hold the tenant's directory, until the tenant is retired.
    /// </summary>
    public required bool ProxmoxProtection { get; init; }

    /// <summary>Started and started at boot; false once the tenant is offboarding.</summary>
    public required bool Running { get; init; }

    /// <summary>False for base services, which come on top of the package.</summary>
    public required bool CountsAgainstPackage { get; init; }

    public int DiskGb => Disks.Sum(d => d.SizeGb);
}

public enum GuestRole
{
    WebServer,
    Vpn,
    DomainController,
    DnsServer,
    Tenant,
}

/// <summary>
/// The template a guest is made from. Windows templates boot UEFI with a TPM (Windows Server 2025 needs both),
/// so their clones get an EFI disk and TPM state on the tenant storage.
/// </summary>
public sealed record TemplatePlan(string Name, int? VmId, string? File, string OsType, bool Uefi);

/// <summary>A disk on the tenant's own storage: <c>scsi0</c> for VMs, <c>rootfs</c> for containers.</summary>
public sealed record DiskPlan(string Interface, string DatastoreId, int SizeGb);

/// <summary>A NIC on one of the tenant's VNets, with its static address (CIDR form) and, on the first NIC, the gateway.</summary>
public sealed record NicPlan(string Name, string Bridge, string Address, string? Gateway);

public sealed record DnsPlan(string? Domain, IReadOnlyList<string> Servers);
