namespace Fmj.FakeProxmox;

/// <summary>
/// A guest of the fake cluster. Usage is steady while it runs; <see cref="Stops"/> are periods it was stopped, as
/// Proxmox records them: allocation known, no CPU, memory or traffic, and no traffic in the step it starts again
/// (its counters restart at zero and the RRD's DERIVE source, minimum 0, cannot rate the drop).
/// </summary>
public sealed class FakeGuest
{
    public required int VmId { get; init; }

    public string Type { get; init; } = "qemu";

    public string Name { get; init; } = "";

    public string Node { get; init; } = "pve1";

    /// <summary>The pool it is in now; a test may move it.</summary>
    public string? Pool { get; set; }

    public bool Template { get; init; }

    public int Vcpu { get; init; } = 2;

    public long MemoryBytes { get; init; } = 4L << 30;

    public long DiskBytes { get; init; } = 32L << 30;

    /// <summary>CPU use as a fraction of the vCPUs, while running.</summary>
    public double Cpu { get; init; } = 0.25;

    /// <summary>Bytes per second received and sent, while running.</summary>
    public double NetInRate { get; init; } = 1000;

    public double NetOutRate { get; init; } = 500;

    /// <summary>When the guest was created (Unix seconds): RRD rows before it have only a time.</summary>
    public long CreatedAt { get; init; }

    public List<(long From, long To)> Stops { get; } = [];

    public bool StoppedAt(long time) => Stops.Any(s => time >= s.From && time < s.To);

    public bool RestartedAt(long time, int step) => Stops.Any(s => s.To > time - step && s.To <= time);
}
