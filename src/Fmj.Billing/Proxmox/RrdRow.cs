namespace Fmj.Billing.Proxmox;

/// <summary>
/// One row of <c>GET /nodes/{node}/{qemu|lxc}/{vmid}/rrddata</c>: averages over one step starting at <see cref="Time"/>
/// (Unix seconds). <c>cpu</c> is a fraction of <c>maxcpu</c>; memory and disk are bytes; <c>netin</c>/<c>netout</c>
/// are bytes per second. Proxmox leaves out a value it does not know: a stopped guest has no cpu, mem or traffic,
/// and the step in which a counter restarted has no traffic (the RRD's DERIVE sources have a minimum of 0).
/// </summary>
public sealed record RrdRow
{
    public required long Time { get; init; }

    public double? MaxCpu { get; init; }

    public double? Cpu { get; init; }

    public double? MaxMem { get; init; }

    public double? Mem { get; init; }

    public double? MaxDisk { get; init; }

    public double? NetIn { get; init; }

    public double? NetOut { get; init; }
}
