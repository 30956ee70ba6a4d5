namespace Fmj.Billing.Metering;

/// <summary>
/// One stored RRD step of one guest: averages over <see cref="Seconds"/> seconds from <see cref="Time"/> (Unix seconds).
/// Units as the API gives them: vCPUs, a CPU fraction of <see cref="MaxCpu"/>, bytes, and bytes per second for traffic.
/// A null is a value Proxmox did not know (a stopped guest has no CPU, memory or traffic figures).
/// </summary>
public readonly record struct UsageSample(
    int VmId,
    long Time,
    int Seconds,
    double? MaxCpu,
    double? Cpu,
    double? MaxMem,
    double? Mem,
    double? MaxDisk,
    double? NetIn,
    double? NetOut)
{
    /// <summary>Proxmox records CPU only while the guest runs, so a known CPU value is the sign it was running.</summary>
    public bool Running => Cpu is not null;

    public long End => Time + Seconds;
}
