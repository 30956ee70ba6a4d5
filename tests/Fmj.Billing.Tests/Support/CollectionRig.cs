using Fmj.Billing.Collection;
using Fmj.Billing.Invoicing;
using Fmj.Billing.Proxmox;
using Fmj.Billing.Storage;
using Fmj.FakeProxmox;

namespace Fmj.Billing.Tests.Support;

/// <summary>
/// A fake cluster on 127.0.0.1, a usage database, and a collector between them, with short timeouts and backoff so
/// the fault tests stay quick. Three guests: 101 (qemu, tenant-adatum), 102 (lxc, tenant-contoso), 103 (no pool),
/// and template 9000; all created on 1 November 2026.
/// </summary>
public sealed class CollectionRig : IAsyncDisposable
{
    public static readonly DateTimeOffset November1 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly BillingMonth November = new(2026, 11);

    private readonly TempDatabase _database = new();
    private readonly HttpClient _http = new();

    private CollectionRig(FakeProxmoxApi api)
    {
        Api = api;
        Store = UsageStore.Open(_database.Path);
    }

    public FakeProxmoxApi Api { get; }

    public UsageStore Store { get; }

    // Generous, so a loaded CI machine never turns a prompt answer into a retry; slow-answer tests delay 10 s.
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public static async Task<CollectionRig> StartAsync(DateTimeOffset now)
    {
        var api = await FakeProxmoxApi.StartAsync(new ManualClock(now));
        api.Pools.AddRange(["tenant-adatum", "tenant-contoso", "platform"]);
        api.Guests.AddRange(
        [
            new FakeGuest { VmId = 101, Name = "adatum-app01", Pool = "tenant-adatum", CreatedAt = November1.ToUnixTimeSeconds() },
            new FakeGuest { VmId = 102, Type = "lxc", Name = "contoso-portal", Node = "pve2", Pool = "tenant-contoso", Vcpu = 1, MemoryBytes = 1L << 30, DiskBytes = 40L << 30, CreatedAt = November1.ToUnixTimeSeconds() },
            new FakeGuest { VmId = 103, Name = "scratch", Node = "pve3", CreatedAt = November1.ToUnixTimeSeconds() },
            new FakeGuest { VmId = 9000, Name = "debian-13", Template = true, CreatedAt = November1.ToUnixTimeSeconds() },
        ]);
        return new CollectionRig(api);
    }

    public ProxmoxClient Client(string? token = null) => new(_http, new ProxmoxClientOptions
    {
        BaseAddress = ProxmoxClientOptions.ApiRoot(Api.Endpoint.ToString()),
        Token = ApiToken.Parse(token ?? FakeProxmoxApi.DefaultToken, out _)!,
        AttemptTimeout = AttemptTimeout,
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    });

    public Task<CollectionReport> CollectAsync(string? token = null, IProgress<CollectionProgress>? progress = null, int parallelism = 4, CancellationToken cancellationToken = default) =>
        new UsageCollector(Client(token), Store, Api.Clock).CollectAsync(new CollectionOptions { Parallelism = parallelism }, progress, cancellationToken);

    public void Advance(TimeSpan by) => Api.Clock.Now += by;

    /// <summary>November's usage per pool, as (pool, vCPU-hours).</summary>
    public IReadOnlyList<PoolUsage> NovemberUsage() => Store.Usage(November.From, November.To);

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        _http.Dispose();
        await Api.DisposeAsync();
        _database.Dispose();
    }
}
