using Fmj.Billing.Metering;
using Fmj.Billing.Storage;
using Fmj.Core.Catalogue;

namespace Fmj.Billing.Invoicing;

/// <summary>Prices a month's pool usage for a cluster's tenants. Pure: no clock, no files.</summary>
public static class InvoiceBuilder
{
    public static Invoice Build(BillingMonth month, string cluster, PackageCatalogue catalogue, IReadOnlyList<TenantAccount> tenants, IReadOnlyList<PoolUsage> usage)
    {
        var byPool = usage.ToDictionary(u => u.Pool, StringComparer.Ordinal);
        var invoices = tenants
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t =>
            {
                var pool = byPool.GetValueOrDefault(TenantPools.PoolOf(t.Name));
                return new TenantInvoice(t.Name, t.DisplayName, t.Package, t.MonthlyPrice, Lines(catalogue.UsageRates, pool?.Quantities ?? UsageQuantities.Zero), pool?.Guests ?? 0, pool?.Samples ?? 0);
            })
            .ToList();

        var billed = tenants.Select(t => TenantPools.PoolOf(t.Name)).ToHashSet(StringComparer.Ordinal);
        var unbilled = usage
            .Where(u => !billed.Contains(u.Pool))
            .Select(u => new UnbilledUsage(
                u.Pool,
                u.Pool.Length == 0 ? "in no pool" : TenantPools.TenantOf(u.Pool) is { } name ? $"no tenant file for '{name}' on cluster {cluster}" : "not a tenant pool",
                u.Guests,
                u.Quantities))
            .ToList();

        return new Invoice(month.ToString(), cluster, catalogue.Currency, catalogue.Version, invoices, unbilled);
    }

    /// <summary>The four usage lines at the catalogue's rates; each amount rounded once, on its own.</summary>
    public static IReadOnlyList<UsageLine> Lines(UsageRates rates, UsageQuantities quantities) =>
    [
        new("vCPU", "vCPU-hours", quantities.VcpuHours, rates.VcpuHour, Money.Amount(quantities.VcpuHours, rates.VcpuHour), quantities.UsedVcpuHours),
        new("RAM", "GB-hours", quantities.MemoryGbHours, rates.MemoryGbHour, Money.Amount(quantities.MemoryGbHours, rates.MemoryGbHour), quantities.UsedMemoryGbHours),
        new("Storage", "GB-months", quantities.StorageGbMonths, rates.StorageGbMonth, Money.Amount(quantities.StorageGbMonths, rates.StorageGbMonth), null),
        new("Traffic", "GB", quantities.TrafficGb, rates.TrafficGb, Money.Amount(quantities.TrafficGb, rates.TrafficGb), null),
    ];
}
