namespace Fmj.Billing.Invoicing;

/// <summary>A month's invoices for the tenants of one cluster, and the usage nobody is billed for.</summary>
public sealed record Invoice(
    string Month,
    string Cluster,
    string Currency,
    string CatalogueVersion,
    IReadOnlyList<TenantInvoice> Tenants,
    IReadOnlyList<UnbilledUsage> Unbilled)
{
    public decimal FixedTotal => Tenants.Sum(t => t.FixedPrice);

    public decimal UsageTotal => Tenants.Sum(t => t.UsageTotal);

    public decimal Difference => UsageTotal - FixedTotal;
}
