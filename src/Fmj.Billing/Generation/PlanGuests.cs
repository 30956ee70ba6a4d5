using Fmj.Billing.Metering;
using Fmj.Core.Planning;

namespace Fmj.Billing.Generation;

/// <summary>The guests a plan declares, in the pools and sizes Proxmox would report them with, to generate usage for.</summary>
public static class PlanGuests
{
    public static IReadOnlyList<GeneratedGuest> From(ClusterPlan plan) =>
        [.. plan.Tenants.SelectMany(t => t.Guests.Select(g => new GeneratedGuest(
            g.VmId,
            TenantPools.PoolOf(t.Name),
            g.Vcpu,
            (long)g.MemoryMb << 20,
            (long)g.DiskGb << 30)))];
}
