using Fmj.Billing.Metering;

namespace Fmj.Billing.Invoicing;

/// <summary>Usage stored under a pool that is no tenant's (or under no pool), or a tenant pool with no tenant file: billed to nobody.</summary>
public sealed record UnbilledUsage(string Pool, string Reason, int Guests, UsageQuantities Quantities);
