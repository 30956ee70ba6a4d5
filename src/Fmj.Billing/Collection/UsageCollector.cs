using System.Collections.Concurrent;
using Fmj.Billing.Metering;
using Fmj.Billing.Proxmox;
using Fmj.Billing.Storage;

namespace Fmj.Billing.Collection;

/// <summary>
/// One collection: list the cluster's guests and pools, then fetch each guest's RRD rows from its watermark on, a
/// bounded number at a time, and store them under the pool the guest is in now. A guest that fails is reported
/// and keeps its watermark, so the next collection fetches its window again; the guests that succeeded are kept.
/// </summary>
public sealed class UsageCollector(ProxmoxClient client, UsageStore store, TimeProvider time)
{
    private readonly Lock _storeGate = new();

    /// <summary>Lists the cluster; a failure here (a wrong token, say) is thrown, since nothing can be collected.</summary>
    public async Task<CollectionReport> CollectAsync(CollectionOptions options, IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        var resources = await client.GetResourcesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var guests = resources
            .Where(r => r is { IsGuest: true, Template: false, VmId: not null, Node: not null })
            .OrderBy(r => r.VmId)
            .ToList();
        var pools = resources.Where(r => r.Type == "pool" && r.Pool is not null).Select(r => r.Pool!).Order(StringComparer.Ordinal).ToList();
        var known = store.Guests();
        var outcomes = new ConcurrentBag<GuestOutcome>();
        var done = 0;
        progress?.Report(new CollectionProgress(0, guests.Count));

        await Parallel.ForEachAsync(
            guests,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            async (guest, token) =>
            {
                outcomes.Add(await CollectGuestAsync(guest, known.GetValueOrDefault(guest.VmId!.Value)?.CollectedUntil, now, token));
                progress?.Report(new CollectionProgress(Interlocked.Increment(ref done), guests.Count));
            });

        return new CollectionReport(now, [.. outcomes.OrderBy(o => o.VmId)], pools, resources.Count(r => r is { IsGuest: true, Template: true }));
    }

    private async Task<GuestOutcome> CollectGuestAsync(ClusterResource guest, long? watermark, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var vmId = guest.VmId!.Value;
        var tenant = TenantPools.TenantOf(guest.Pool);
        try
        {
            var rows = await client.GetRrdDataAsync(guest.Node!, guest.Type, vmId, RrdTimeframe.For(now, watermark), cancellationToken);
            var samples = SampleConversion.FromRrd(vmId, rows, watermark, now.ToUnixTimeSeconds());
            var missed = watermark is { } from && samples.Count > 0 ? Math.Max(0, samples[0].Time - from) : 0;
            int stored;
            lock (_storeGate)
            {
                stored = store.Store(new StoredGuest(vmId, guest.Type, guest.Name, guest.Node, guest.Pool, null), samples, now.ToUnixTimeSeconds());
            }

            return new GuestOutcome(vmId, guest.Type, guest.Name, guest.Pool, tenant, stored, missed, null);
        }
        catch (ProxmoxApiException e)
        {
            return new GuestOutcome(vmId, guest.Type, guest.Name, guest.Pool, tenant, 0, 0, e);
        }
    }
}
