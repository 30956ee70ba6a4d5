namespace Fmj.Billing.Collection;

/// <summary>How a collection runs.</summary>
public sealed record CollectionOptions
{
    /// <summary>How many guests' RRD data is fetched at once: enough to hide latency, few enough not to load the API.</summary>
    public int Parallelism { get; init; } = 4;
}
