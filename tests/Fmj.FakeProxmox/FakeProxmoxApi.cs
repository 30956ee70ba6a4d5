using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fmj.FakeProxmox;

/// <summary>
/// A fake Proxmox VE API on http://127.0.0.1 (port chosen by the OS): <c>GET /api2/json/cluster/resources</c> and
/// <c>GET /api2/json/nodes/{node}/{qemu|lxc}/{vmid}/rrddata</c>, with the real fields and units (bytes, vCPUs, a CPU
/// fraction, traffic in bytes per second), PVE 9's RRD resolutions, the <c>PVEAPIToken</c> header check, and faults
/// queued per path. Every request is counted, so tests can see retries.
/// </summary>
public sealed class FakeProxmoxApi : IAsyncDisposable
{
    public const string DefaultToken = "billing@pve!fmj=0d4e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private FakeProxmoxApi(WebApplication app, ManualClock clock)
    {
        _app = app;
        Clock = clock;
    }

    public ManualClock Clock { get; }

    /// <summary>The endpoint as a stack file would give it, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The token it accepts, <c>USER@REALM!TOKENID=SECRET</c>.</summary>
    public string Token { get; set; } = DefaultToken;

    public List<FakeGuest> Guests { get; } = [];

    /// <summary>Pools that exist; a guest's pool is listed whether or not it is here.</summary>
    public List<string> Pools { get; } = [];

    /// <summary>Path fragments the token may not read: 403 with Proxmox's "Permission check failed".</summary>
    public HashSet<string> Forbidden { get; } = new(StringComparer.Ordinal);

    /// <summary>Every Authorization header received, to prove what the client sent.</summary>
    public ConcurrentBag<string> AuthorizationHeaders { get; } = [];

    /// <summary>With <paramref name="https"/>, a self-signed certificate for 127.0.0.1, like a node's own; see <see cref="CertificatePem"/>.</summary>
    public static async Task<FakeProxmoxApi> StartAsync(ManualClock clock, bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var certificate = https ? SelfSigned() : null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null));
            }
        }));
        builder.Logging.ClearProviders();
        builder.Services.AddRouting();
        var app = builder.Build();
        var fake = new FakeProxmoxApi(app, clock);
        app.Use(fake.GuardAsync);
        app.MapGet("/api2/json/cluster/resources", fake.Resources);
        app.MapGet("/api2/json/nodes/{node}/{type}/{vmid:int}/rrddata", fake.RrdData);
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.Single() + "/");
        fake.CertificatePem = certificate?.ExportCertificatePem();
        return fake;
    }

    /// <summary>The server certificate, PEM, when serving https: the CA a client must trust.</summary>
    public string? CertificatePem { get; private set; }

    /// <summary>Queues faults for the next requests whose path contains <paramref name="pathFragment"/>, in order.</summary>
    public void FailNext(string pathFragment, params Fault[] faults)
    {
        var queue = _faults.GetOrAdd(pathFragment, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public void ClearFaults() => _faults.Clear();

    /// <summary>How many requests reached a path containing <paramref name="pathFragment"/>.</summary>
    public int Requests(string pathFragment) => _requests.Where(r => r.Key.Contains(pathFragment, StringComparison.Ordinal)).Sum(r => r.Value);

    public FakeGuest Guest(int vmId)
    {
        lock (_gate)
        {
            return Guests.Single(g => g.VmId == vmId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var header = context.Request.Headers.Authorization.ToString();
        AuthorizationHeaders.Add(header);

        foreach (var (fragment, queue) in _faults)
        {
            if (path.Contains(fragment, StringComparison.Ordinal) && queue.TryDequeue(out var fault))
            {
                switch (fault)
                {
                    case Fault.Status status:
                        await Empty(context, status.Code, status.Reason);
                        return;
                    case Fault.Delay delay:
                        try
                        {
                            await Task.Delay(delay.Duration, context.RequestAborted);
                        }
                        catch (OperationCanceledException)
                        {
                            return;
                        }

                        break;
                }
            }
        }

        if (header != $"PVEAPIToken={Token}")
        {
            // What pveproxy answers for a token it does not know or a wrong secret.
            await Empty(context, 401, "authentication failure");
            return;
        }

        if (Forbidden.FirstOrDefault(f => path.Contains(f, StringComparison.Ordinal)) is { } forbidden)
        {
            var vmid = context.Request.RouteValues.TryGetValue("vmid", out var v) ? v : path.Split('/').ElementAtOrDefault(6);
            await Empty(context, 403, $"Permission check failed (/vms/{vmid}, VM.Audit)");
            return;
        }

        await next(context);
    }

    private IResult Resources()
    {
        var now = Clock.Now.ToUnixTimeSeconds();
        var entries = new List<Dictionary<string, object?>>();
        lock (_gate)
        {
            foreach (var guest in Guests.OrderBy(g => g.VmId))
            {
                var running = !guest.Template && !guest.StoppedAt(now) && now >= guest.CreatedAt;
                var started = guest.Stops.Where(s => s.To <= now).Select(s => s.To).DefaultIfEmpty(guest.CreatedAt).Max();
                var uptime = running ? now - started : 0;
                var entry = new Dictionary<string, object?>
                {
                    ["id"] = $"{guest.Type}/{guest.VmId}",
                    ["type"] = guest.Type,
                    ["vmid"] = guest.VmId,
                    ["name"] = guest.Name,
                    ["node"] = guest.Node,
                    ["status"] = running ? "running" : "stopped",
                    ["template"] = guest.Template ? 1 : 0,
                    ["uptime"] = uptime,
                    ["cpu"] = running ? guest.Cpu : 0,
                    ["maxcpu"] = guest.Vcpu,
                    ["mem"] = running ? guest.MemoryBytes / 2 : 0,
                    ["maxmem"] = guest.MemoryBytes,
                    ["disk"] = 0,
                    ["maxdisk"] = guest.DiskBytes,
                    ["diskread"] = 0,
                    ["diskwrite"] = 0,
                    // Counters since the guest last started, as Proxmox reports them.
                    ["netin"] = (long)(guest.NetInRate * uptime),
                    ["netout"] = (long)(guest.NetOutRate * uptime),
                };
                if (guest.Pool is not null)
                {
                    entry["pool"] = guest.Pool;
                }

                entries.Add(entry);
            }

            entries.AddRange(Pools.Select(p => new Dictionary<string, object?> { ["id"] = $"pool/{p}", ["type"] = "pool", ["pool"] = p }));
            entries.AddRange(Guests.Select(g => g.Node).Distinct().Order(StringComparer.Ordinal).Select(n => new Dictionary<string, object?>
            {
                ["id"] = $"node/{n}", ["type"] = "node", ["node"] = n, ["status"] = "online", ["maxcpu"] = 32, ["maxmem"] = 256L << 30,
            }));
            entries.Add(new Dictionary<string, object?> { ["id"] = "storage/pve1/local", ["type"] = "storage", ["storage"] = "local", ["node"] = "pve1", ["disk"] = 1L << 30, ["maxdisk"] = 100L << 30, ["plugintype"] = "dir", ["shared"] = 0 });
        }

        return Results.Json(new { data = entries });
    }

    private IResult RrdData(string node, string type, int vmid, string? timeframe, string? cf)
    {
        FakeGuest? guest;
        lock (_gate)
        {
            guest = Guests.SingleOrDefault(g => g.VmId == vmid && g.Type == type && g.Node == node);
        }

        if (guest is null)
        {
            return Results.Json(new { data = (object?)null }, statusCode: 500);
        }

        // PVE 9's RRD format: hour 60 × 1 min, day 1440 × 1 min, week 336 × 30 min, month 1440 × 30 min, year 1440 × 6 h.
        (int Step, int Count)? shape = timeframe switch
        {
            "hour" => (60, 60),
            "day" => (60, 1440),
            "week" => (1800, 336),
            "month" => (1800, 1440),
            "year" => (21600, 1440),
            _ => null,
        };
        if (shape is not { } s || (cf is not null && cf is not ("AVERAGE" or "MAX")))
        {
            return Results.Json(new { data = (object?)null, errors = new { timeframe = "value does not match the regex pattern" } }, statusCode: 400);
        }

        // The last row is the step in progress, as rrdtool returns it.
        var now = Clock.Now.ToUnixTimeSeconds();
        var last = now / s.Step * s.Step;
        var rows = new List<Dictionary<string, object?>>(s.Count);
        for (var time = last - ((long)(s.Count - 1) * s.Step); time <= last; time += s.Step)
        {
            rows.Add(Row(guest, time, s.Step));
        }

        return Results.Json(new { data = rows });
    }

    private static Dictionary<string, object?> Row(FakeGuest guest, long time, int step)
    {
        var row = new Dictionary<string, object?> { ["time"] = time };
        if (time < guest.CreatedAt)
        {
            return row;
        }

        row["maxcpu"] = guest.Vcpu;
        row["maxmem"] = guest.MemoryBytes;
        row["maxdisk"] = guest.DiskBytes;
        row["disk"] = 0;
        if (guest.StoppedAt(time))
        {
            return row;
        }

        row["cpu"] = guest.Cpu;
        row["mem"] = guest.MemoryBytes / 2.0;
        row["memhost"] = guest.MemoryBytes / 2.0;
        row["diskread"] = 0.0;
        row["diskwrite"] = 0.0;
        row["pressurecpusome"] = 0.0;
        if (!guest.RestartedAt(time, step))
        {
            row["netin"] = guest.NetInRate;
            row["netout"] = guest.NetOutRate;
        }

        return row;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=fake-pve.fmj.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static async Task Empty(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = reason;
        context.Response.ContentType = "application/json;charset=UTF-8";
        await context.Response.WriteAsync("{\"data\":null}");
    }
}
