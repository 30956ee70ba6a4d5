namespace Fmj.Billing.Invoicing;

/// <summary>
/// One priced usage item. <see cref="Amount"/> is <see cref="Quantity"/> × <see cref="Rate"/> rounded once;
/// <see cref="Used"/> is what the guests actually used of the allocation billed, shown for judgement, not billed.
/// </summary>
public sealed record UsageLine(string Item, string Unit, decimal Quantity, decimal Rate, decimal Amount, decimal? Used);
