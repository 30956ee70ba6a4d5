namespace Fmj.Billing.Proxmox;

/// <summary>How to reach one cluster's API, and how patient to be with it.</summary>
public sealed record ProxmoxClientOptions
{
    /// <summary>The API root, ending in <c>/api2/json/</c>; see <see cref="ApiRoot"/>.</summary>
    public required Uri BaseAddress { get; init; }

    public required ApiToken Token { get; init; }

    /// <summary>How long one attempt may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for 5xx, 408, 429, timeouts and connection failures.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first backoff; it doubles with each retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The API root for a cluster endpoint as the stack file gives it (<c>https://pve:8006/</c>); an endpoint that
    /// already ends in <c>/api2/json</c> is kept.
    /// </summary>
    public static Uri ApiRoot(string endpoint)
    {
        var text = endpoint.Trim().TrimEnd('/');
        if (!text.EndsWith("/api2/json", StringComparison.Ordinal))
        {
            text += "/api2/json";
        }

        return new Uri(text + "/", UriKind.Absolute);
    }
}
