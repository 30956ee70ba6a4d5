namespace Fmj.Core.Planning;

/// <summary>What the cluster has committed against what it may commit, per resource.</summary>
public sealed record CapacityReport(CapacityLine Vcpu, CapacityLine MemoryGb, CapacityLine StorageGb, int WarnPercent)
{
    public IEnumerable<CapacityLine> Lines => [Vcpu, MemoryGb, StorageGb];
}

/// <summary>
/// One resource: committed (tenant allocations plus base environments), the physical capacity, the overcommit
/// ratio the MSP accepts, and the resulting limit.
/// </summary>
public sealed record CapacityLine(string Resource, decimal Committed, decimal Physical, decimal Overcommit)
{
    public decimal Limit => Physical * Overcommit;

    public decimal Percent => Limit == 0 ? 0 : Math.Round(Committed * 100 / Limit, 1, MidpointRounding.AwayFromZero);
}
