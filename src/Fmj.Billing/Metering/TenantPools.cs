namespace Fmj.Billing.Metering;

/// <summary>
/// Tenants and their Proxmox pools: tenant <c>x</c> owns pool <c>tenant-x</c>, as the core's TenantPlanner names it
/// (a test keeps the two in step). The pool is the billing key: a guest's usage belongs to the tenant whose pool it was in.
/// </summary>
public static class TenantPools
{
    public const string Prefix = "tenant-";

    public static string PoolOf(string tenant) => Prefix + tenant;

    /// <summary>The tenant a pool belongs to, or null for no pool or a pool that is not a tenant's.</summary>
    public static string? TenantOf(string? pool) =>
        pool is { Length: > 7 } && pool.StartsWith(Prefix, StringComparison.Ordinal) ? pool[Prefix.Length..] : null;
}
