using Fmj.Billing.Metering;

namespace Fmj.Billing.Storage;

/// <summary>One pool's usage over a period: the sum over its guests, and how many guests and samples it covers.</summary>
public sealed record PoolUsage(string Pool, int Guests, long Samples, UsageQuantities Quantities);
