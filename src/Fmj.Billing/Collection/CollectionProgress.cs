namespace Fmj.Billing.Collection;

/// <summary>Guests done so far out of the guests to collect.</summary>
public readonly record struct CollectionProgress(int Done, int Total);
