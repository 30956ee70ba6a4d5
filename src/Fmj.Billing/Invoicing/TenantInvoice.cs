namespace Fmj.Billing.Invoicing;

/// <summary>
/// One tenant's month: the fixed price it pays, and what the same month would cost billed on usage, side by side.
/// <see cref="Difference"/> is usage minus fixed: positive when usage-based billing would charge more.
/// </summary>
public sealed record TenantInvoice(
    string Tenant,
    string DisplayName,
    string Package,
    decimal FixedPrice,
    IReadOnlyList<UsageLine> Usage,
    int Guests,
    long Samples)
{
    public decimal UsageTotal => Usage.Sum(l => l.Amount);

    public decimal Difference => UsageTotal - FixedPrice;
}
