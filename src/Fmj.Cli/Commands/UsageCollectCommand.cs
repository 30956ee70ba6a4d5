using System.CommandLine;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Fmj.Billing.Collection;
using Fmj.Billing.Proxmox;
using Fmj.Cli.Output;
using Fmj.Cli.Settings;
using Spectre.Console;

namespace Fmj.Cli.Commands;

/// <summary>
/// `fmj usage collect`: every guest's new RRD steps from the cluster's API into the usage database. Run it from a
/// timer (hourly is plenty; at least weekly, or the RRD's month no longer reaches back); it is safe to repeat.
/// </summary>
public static class UsageCollectCommand
{
    public static Command Build(CommonOptions options, UsageOptions usage, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("collect", "Fetch every guest's usage (rrddata) from the Proxmox API into the usage database. Safe to repeat.")
        {
            options.Stack, options.Project, usage.Database, usage.ApiEndpoint, usage.Token, usage.Parallelism,
        };
        command.SetAction((result, cancellationToken) => RunAsync(options.Settings(result, usage.Given(result)), stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FmjSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var endpoint = settings.Usage.ApiEndpoint;
        if (endpoint.Length == 0)
        {
            if (StackFile.Load(settings, "usage collect", stderr, out var exit) is not { } cluster)
            {
                return exit;
            }

            endpoint = cluster.ApiEndpoint;
        }

        // Plain http only to this machine (an SSH tunnel, a test): anywhere else the token would cross the network in clear.
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed) || !(parsed.Scheme == "https" || (parsed.Scheme == "http" && parsed.IsLoopback)))
        {
            stderr.WriteLine($"fmj usage collect: the API endpoint '{endpoint}' is not an https URL (http is allowed only to this machine).");
            return ExitCodes.Usage;
        }

        if (ApiToken.Parse(settings.Usage.Token, out var tokenError) is not { } token)
        {
            stderr.WriteLine($"fmj usage collect: {tokenError} Set it in FMJ_PVE_TOKEN (or Usage:Token in appsettings.json, or --token).");
            return ExitCodes.Usage;
        }

        if (settings.Usage.Parallelism < 1 || settings.Usage.TimeoutSeconds < 1 || settings.Usage.Retries < 0)
        {
            stderr.WriteLine("fmj usage collect: Usage:Parallelism and Usage:TimeoutSeconds must be at least 1, Usage:Retries at least 0.");
            return ExitCodes.Usage;
        }

        using var handler = Handler(settings.Usage.CaCertificate, stderr);
        if (handler is null)
        {
            return ExitCodes.Usage;
        }

        using var http = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new ProxmoxClient(http, new ProxmoxClientOptions
        {
            BaseAddress = ProxmoxClientOptions.ApiRoot(endpoint),
            Token = token,
            AttemptTimeout = TimeSpan.FromSeconds(settings.Usage.TimeoutSeconds),
            Retries = settings.Usage.Retries,
        });

        var databasePath = settings.Usage.DatabasePath(settings.Project, settings.Stack);
        using var store = UsageDatabase.Open(databasePath, "usage collect", stderr);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"fmj usage collect: stack {settings.Stack}, {parsed.GetLeftPart(UriPartial.Authority)} as {token.TokenId}, into {databasePath}.");
        var collector = new UsageCollector(client, store, TimeProvider.System);
        var collection = new CollectionOptions { Parallelism = settings.Usage.Parallelism };
        CollectionReport report;
        try
        {
            report = await WithProgressAsync(progress => collector.CollectAsync(collection, progress, cancellationToken));
        }
        catch (ProxmoxApiException e)
        {
            stderr.WriteLine($"fmj usage collect: {e.Message}");
            return ExitCodes.ClusterFailure;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            stderr.WriteLine($"fmj usage collect: writing to {databasePath} failed: {e.Message} What was stored before is kept.");
            return ExitCodes.ClusterFailure;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"fmj usage collect: stopped. {store.SampleCount()} sample(s) are stored; the next collection resumes from there.");
            return ExitCodes.ClusterFailure;
        }

        CollectionRenderer.Write(report, stdout, stderr);
        return report.Failed.Count == 0 ? ExitCodes.Success : ExitCodes.ClusterFailure;
    }

    /// <summary>A bar on the terminal while guests are fetched; nothing when the output goes to a file or a CI log.</summary>
    private static async Task<T> WithProgressAsync<T>(Func<IProgress<CollectionProgress>?, Task<T>> run)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Collecting guests", maxValue: 1);
                return await run(new Progress<CollectionProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
            });
    }

    /// <summary>System trust, or only the given CA (Proxmox signs its nodes' certificates with its own).</summary>
    private static SocketsHttpHandler? Handler(string caCertificate, TextWriter stderr)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (caCertificate.Length == 0)
        {
            return handler;
        }

        try
        {
            var ca = X509CertificateLoader.LoadCertificateFromFile(caCertificate);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { ca } },
            };
            return handler;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            handler.Dispose();
            stderr.WriteLine($"fmj usage collect: the CA certificate '{caCertificate}' cannot be read: {e.Message}");
            return null;
        }
    }
}
