using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Fmj.Billing.Generation;
using Fmj.Billing.Invoicing;
using Fmj.Billing.Storage;
using Fmj.Core.Catalogue;

namespace Fmj.Cli.Commands;

/// <summary>
/// `fmj usage bench`: a month of 30-minute samples for many guests (10,000 by default: 14.4 million rows), then
/// invoices from them, against a bare SQLite scan of the same rows. Prints times and peak managed memory; asserts nothing.
/// </summary>
public static class UsageBenchCommand
{
    private const int GuestsPerTenant = 10;

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var guests = new Option<int>("--guests") { Description = "Guests to generate a month for.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Measured runs of each step (after one warm-up scan).", DefaultValueFactory = _ => 3 };
        var database = new Option<string>("--database") { Description = "Keep the generated database here, and reuse it when it already holds the month." };
        var command = new Command("bench", "Measure invoices from a generated month of samples against a bare SQLite scan of the same rows.")
        {
            guests, runs, database,
        };
        command.SetAction(result =>
        {
            var count = result.GetValue(guests);
            var iterations = result.GetValue(runs);
            if (count < 1 || iterations < 1)
            {
                stderr.WriteLine("fmj usage bench: --guests and --runs must be at least 1.");
                return ExitCodes.Usage;
            }

            var kept = result.GetValue(database);
            var folder = Path.Combine(Path.GetTempPath(), $"fmj-usage-bench-{Environment.ProcessId}");
            try
            {
                return Run(kept ?? Path.Combine(folder, "usage.db"), count, iterations, stdout);
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }

    private static int Run(string path, int count, int runs, TextWriter stdout)
    {
        var month = new BillingMonth(2026, 11);
        var guests = Guests(count);
        var expected = UsageGenerator.Count(count, month);
        stdout.WriteLine($"fmj usage bench: {count} guests, {month} in 30-minute steps: {expected} samples; {runs} measured runs each; {Environment.ProcessorCount} cores, .NET {Environment.Version}.");

        using var store = UsageStore.Open(path);
        var existing = store.SampleCount();
        if (existing != expected)
        {
            if (existing != 0)
            {
                throw new InvalidOperationException($"{path} holds {existing} samples, not the {expected} of this run; give another --database.");
            }

            var clock = Stopwatch.StartNew();
            store.StoreGenerated(UsageGenerator.Month(guests, month, seed: 7));
            stdout.WriteLine(Invariant($"generated and stored in {clock.Elapsed.TotalSeconds:0.0} s ({expected / clock.Elapsed.TotalSeconds:0} rows/s); database {new FileInfo(path).Length / 1048576.0:0} MB"));
        }
        else
        {
            stdout.WriteLine($"reusing {path}");
        }

        var accounts = Enumerable.Range(0, (count + GuestsPerTenant - 1) / GuestsPerTenant)
            .Select(t => new TenantAccount(Tenant(t), $"Tenant {t}", "silver", 20.00m))
            .ToList();
        var catalogue = PackageCatalogue.Default;

        Measure(() => store.Scan(month.From, month.To).Rows); // warm-up: the file into the page cache
        var step = new List<Figures>();
        var scan = new List<Figures>();
        var invoice = new List<Figures>();
        var rows = 0L;
        var total = 0m;
        for (var i = 0; i < runs; i++)
        {
            step.Add(Measure(() => store.Scan(month.From, month.To, readValues: false).Rows));
            scan.Add(Measure(() => rows = store.Scan(month.From, month.To).Rows));
            invoice.Add(Measure(() =>
            {
                var built = InvoiceBuilder.Build(month, "bench", catalogue, accounts, store.Usage(month.From, month.To));
                total = built.UsageTotal;
                return InvoiceRenderer.Markdown(built).Length;
            }));
        }

        stdout.WriteLine();
        stdout.WriteLine("step                              median s     min s   peak heap MB   allocated MB/run");
        stdout.WriteLine(Row("step through the rows only", step));
        stdout.WriteLine(Row("bare scan (read every value)", scan));
        stdout.WriteLine(Row("aggregate + price + render", invoice));
        stdout.WriteLine(Invariant($"rows per run: {rows}; invoices for {accounts.Count} tenants, usage total {total:0.00} {catalogue.Currency}"));
        stdout.WriteLine(Invariant($"ratio invoices / bare scan: {Median(invoice) / Median(scan):0.00} (target <= 2)"));
        stdout.WriteLine(Invariant($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
        return ExitCodes.Success;
    }

    private static string Tenant(int index) => $"t{index:00000}";

    /// <summary>10 guests per tenant pool, sizes from 1 vCPU/1 GiB/10 GiB up, VMIDs from 100000.</summary>
    private static List<GeneratedGuest> Guests(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new GeneratedGuest(
            100_000 + i,
            $"tenant-{Tenant(i / GuestsPerTenant)}",
            1 + (i % 8),
            (1L + (i % 32)) << 30,
            (10L + (i % 50 * 10)) << 30))];

    private static Figures Measure(Func<long> step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: false);
        var peak = baseline;
        using var stop = new CancellationTokenSource();

        // Sampled every few milliseconds: peak managed heap while the step runs, the figure that shows memory stays flat.
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                try
                {
                    await Task.Delay(5, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        step();
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        stop.Cancel();
        sampler.Wait();
        return new Figures(seconds, Math.Max(peak, GC.GetTotalMemory(false)) / 1048576.0, allocated / 1048576.0);
    }

    private static double Median(List<Figures> figures) => figures.Select(f => f.Seconds).Order().ElementAt(figures.Count / 2);

    private static string Row(string name, List<Figures> figures) =>
        Invariant($"{name,-33} {Median(figures),9:0.00} {figures.Min(f => f.Seconds),9:0.00} {figures.Max(f => f.PeakHeapMb),14:0.0} {figures.Average(f => f.AllocatedMb),18:0.0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Figures(double Seconds, double PeakHeapMb, double AllocatedMb);
}
