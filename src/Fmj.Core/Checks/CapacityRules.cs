using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;

namespace Fmj.Core.Checks;

/// <summary>
/// What the cluster has promised: every tenant's allocation plus its base environment, against the physical
/// capacity times the overcommit the MSP accepts. An error above the limit, a warning above the threshold.
/// </summary>
public static class CapacityRules
{
    public static CapacityReport Report(ClusterSpec cluster, IEnumerable<TenantPlan> tenants)
    {
        // Whole units summed as integers (RAM in MB), made decimal once: exact, and cheap over thousands of tenants.
        long vcpu = 0, memoryMb = 0, storageGb = 0;
        foreach (var tenant in tenants)
        {
            var allowed = tenant.Package.Allowed;
            vcpu += allowed.Vcpu;
            memoryMb += allowed.MemoryMb;
            storageGb += allowed.StorageGb;
            foreach (var guest in tenant.Guests)
            {
                if (!guest.CountsAgainstPackage)
                {
                    vcpu += guest.Vcpu;
                    memoryMb += guest.MemoryMb;
                    storageGb += guest.DiskGb;
                }
            }
        }

        var c = cluster.Capacity;
        return new CapacityReport(
            new CapacityLine("vCPU", vcpu, c.Vcpu, c.CpuOvercommit),
            new CapacityLine("RAM (GB)", memoryMb / 1024m, c.MemoryGb, c.MemoryOvercommit),
            new CapacityLine("storage (GB)", storageGb, c.StorageGb, c.StorageOvercommit),
            c.WarnPercent);
    }

    public static void Check(CapacityReport report, SourcePosition capacityPosition, FindingList findings)
    {
        foreach (var line in report.Lines)
        {
            if (line.Committed > line.Limit)
            {
                findings.Error(FindingCodes.CapacityExceeded, capacityPosition, $"the cluster's tenants commit {line.Committed:0.##} {line.Resource}, over its limit of {line.Limit:0.##} ({line.Physical:0.##} × overcommit {line.Overcommit:0.##}).", "add capacity to the cluster, raise the overcommit in 'fmj:capacity' if that is acceptable, or place the tenant on another cluster.");
            }
            else if (line.Percent > report.WarnPercent)
            {
                findings.Warning(FindingCodes.CapacityWarning, capacityPosition, $"the cluster's tenants commit {line.Committed:0.##} {line.Resource}, {line.Percent:0.#}% of its limit of {line.Limit:0.##} (warning above {report.WarnPercent}%).", "plan more capacity for this cluster before onboarding further tenants.");
            }
        }
    }
}
