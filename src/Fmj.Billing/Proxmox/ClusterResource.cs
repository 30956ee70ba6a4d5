namespace Fmj.Billing.Proxmox;

/// <summary>
/// One entry of <c>GET /cluster/resources</c> that billing uses: a guest (<c>qemu</c> or <c>lxc</c>) or a pool.
/// Sizes are bytes; <see cref="NetIn"/> and <see cref="NetOut"/> count since the guest started.
/// </summary>
public sealed record ClusterResource
{
    public required string Id { get; init; }

    /// <summary><c>qemu</c>, <c>lxc</c> or <c>pool</c>.</summary>
    public required string Type { get; init; }

    public int? VmId { get; init; }

    public string? Name { get; init; }

    public string? Node { get; init; }

    /// <summary>The pool a guest is in, or a pool entry's own id; null when the guest is in no pool.</summary>
    public string? Pool { get; init; }

    public string? Status { get; init; }

    public bool Template { get; init; }

    public double? MaxCpu { get; init; }

    public double? MaxMem { get; init; }

    public double? MaxDisk { get; init; }

    public double? NetIn { get; init; }

    public double? NetOut { get; init; }

    public bool IsGuest => Type is "qemu" or "lxc";
}
