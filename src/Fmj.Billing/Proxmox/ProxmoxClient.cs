using System.Net;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Fmj.Billing.Proxmox;

/// <summary>
/// The two read-only calls billing makes, with a timeout on every attempt and retries with exponential backoff and
/// jitter for what may pass (5xx, 408, 429, timeouts, refused connections). 401 and 403 are never retried: a wrong
/// token does not get better, and hammering the API with it can lock the user out.
/// </summary>
public sealed class ProxmoxClient
{
    private readonly HttpClient _http;
    private readonly ProxmoxClientOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ProxmoxClient(HttpClient http, ProxmoxClientOptions options)
    {
        _http = http;
        _options = options;
        _pipeline = BuildPipeline(options);
    }

    /// <summary>Every guest and pool the token may see (<c>VM.Audit</c>, <c>Pool.Audit</c>); no type filter, so pools are listed.</summary>
    public async Task<IReadOnlyList<ClusterResource>> GetResourcesAsync(CancellationToken cancellationToken) =>
        ProxmoxJson.Resources(await GetDataAsync("cluster/resources", cancellationToken));

    /// <summary>A guest's RRD rows, averaged (<c>cf=AVERAGE</c>) over the given timeframe.</summary>
    public async Task<IReadOnlyList<RrdRow>> GetRrdDataAsync(string node, string type, int vmId, string timeframe, CancellationToken cancellationToken) =>
        ProxmoxJson.Rows(await GetDataAsync($"nodes/{Uri.EscapeDataString(node)}/{type}/{vmId}/rrddata?timeframe={timeframe}&cf=AVERAGE", cancellationToken));

    internal static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 && status != HttpStatusCode.NotImplemented || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private async Task<JsonElement> GetDataAsync(string path, CancellationToken cancellationToken)
    {
        var attempts = 0;
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.BaseAddress, path));
                    request.Headers.TryAddWithoutValidation("Authorization", _options.Token.HeaderValue);
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                },
                cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ProxmoxApiException(ApiFailureKind.Timeout, path, null, $"{Where(path)} did not answer within {_options.AttemptTimeout.TotalSeconds:0.###} s, {Tries(attempts)}.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ProxmoxApiException(ApiFailureKind.Unavailable, path, null, $"{Where(path)} could not be reached, {Tries(attempts)}: {e.Message}", e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var said = $"{status} {response.ReasonPhrase}".TrimEnd();
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    throw new ProxmoxApiException(ApiFailureKind.Authentication, path, status,
                        $"the Proxmox API at {_options.BaseAddress.Authority} refused API token {_options.Token.TokenId} ({said}). Check that the token exists and has not expired, and that the secret is the one shown when it was created.");
                case HttpStatusCode.Forbidden:
                    throw new ProxmoxApiException(ApiFailureKind.Permission, path, status,
                        $"API token {_options.Token.TokenId} may not read {path} ({said}). Billing needs PVEAuditor on / (or VM.Audit, Pool.Audit and Datastore.Audit); with privilege separation the token itself must be granted them too.");
                case var code when IsTransient(code):
                    throw new ProxmoxApiException(ApiFailureKind.Unavailable, path, status, $"{Where(path)} answered {said}, {Tries(attempts)}.");
                case var code when !response.IsSuccessStatusCode:
                    throw new ProxmoxApiException(ApiFailureKind.BadResponse, path, status, $"{Where(path)} answered {said}.");
            }

            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
                if (!json.RootElement.TryGetProperty("data", out var data))
                {
                    throw new JsonException("the answer has no 'data' member.");
                }

                return data.Clone();
            }
            catch (JsonException e)
            {
                throw new ProxmoxApiException(ApiFailureKind.BadResponse, path, status, $"{Where(path)} did not answer with the API's JSON: {e.Message}", e);
            }
        }
    }

    private string Where(string path) => $"the Proxmox API at {_options.BaseAddress.Authority} ({path})";

    private static string Tries(int attempts) => attempts == 1 ? "on the only attempt" : $"after {attempts} attempts";

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(ProxmoxClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                OnRetry = args =>
                {
                    // The failed answer is dropped for the next attempt; free its connection now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        // Inside the retry, so each attempt gets the whole timeout.
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }
}
