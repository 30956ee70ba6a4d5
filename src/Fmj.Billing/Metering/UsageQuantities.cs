namespace Fmj.Billing.Metering;

/// <summary>
/// Billable quantities in the catalogue's units. vCPU and RAM count while a guest runs, at its allocation; storage
/// counts whether it runs or not; traffic is in and out together. RAM and storage GB are GiB (2^30 bytes, what
/// Proxmox means by a "G" size), traffic GB are 10^9 bytes, as carriers bill it. A storage month is the billing
/// month, so a disk kept all month is its size in GB-months whatever the month's length.
/// </summary>
public sealed record UsageQuantities(
    decimal VcpuHours,
    decimal MemoryGbHours,
    decimal StorageGbMonths,
    decimal TrafficGb,
    decimal UsedVcpuHours,
    decimal UsedMemoryGbHours)
{
    public static UsageQuantities Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public UsageQuantities Add(UsageQuantities other) => new(
        VcpuHours + other.VcpuHours,
        MemoryGbHours + other.MemoryGbHours,
        StorageGbMonths + other.StorageGbMonths,
        TrafficGb + other.TrafficGb,
        UsedVcpuHours + other.UsedVcpuHours,
        UsedMemoryGbHours + other.UsedMemoryGbHours);
}
