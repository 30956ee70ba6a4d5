namespace Fmj.Billing.Collection;

/// <summary>The outcome of one collection, per guest, with the pools the cluster has.</summary>
public sealed record CollectionReport(DateTimeOffset At, IReadOnlyList<GuestOutcome> Guests, IReadOnlyList<string> Pools, int Templates)
{
    public int Stored => Guests.Sum(g => g.Stored);

    public IReadOnlyList<GuestOutcome> Failed => [.. Guests.Where(g => !g.Succeeded)];

    /// <summary>Guests in no pool, or in a pool that is no tenant's: their usage is stored but billed to nobody.</summary>
    public IReadOnlyList<GuestOutcome> Unassigned => [.. Guests.Where(g => g.Tenant is null)];
}
