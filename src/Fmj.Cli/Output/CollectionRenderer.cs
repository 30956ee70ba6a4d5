using System.Globalization;
using Fmj.Billing.Collection;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Fmj.Cli.Output;

/// <summary>
/// What a collection did: new samples per tenant pool on stdout; on stderr what needs an operator: guests in no
/// tenant pool, time the RRD no longer covered, and guests that failed.
/// </summary>
public static class CollectionRenderer
{
    public static void Write(CollectionReport report, TextWriter stdout, TextWriter stderr)
    {
        var collected = report.Guests.Count(g => g.Succeeded);
        stdout.WriteLine($"Collected {report.Stored} new sample(s) from {collected} of {report.Guests.Count} guest(s); {report.Templates} template(s) skipped.");

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        console.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Tenant", "Pool", "Guests", "New samples", "Failed" })
        {
            table.AddColumn(new TableColumn(column));
        }

        foreach (var pool in report.Guests.GroupBy(g => g.Pool ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tenant = pool.First().Tenant ?? "(none)";
            table.AddRow(Cells(tenant, pool.Key.Length == 0 ? "(no pool)" : pool.Key, Count(pool.Count()), Count(pool.Sum(g => g.Stored)), Count(pool.Count(g => !g.Succeeded))));
        }

        console.Write(table);

        if (report.Unassigned.Count > 0)
        {
            stderr.WriteLine($"fmj usage collect: {report.Unassigned.Count} guest(s) in no tenant pool: their usage is stored but billed to nobody. Put them in a tenant-<name> pool:");
            foreach (var guest in report.Unassigned)
            {
                stderr.WriteLine($"  {guest.VmId} {guest.Name} ({guest.Type}), {(guest.Pool is null ? "no pool" : $"pool {guest.Pool}")}");
            }
        }

        var missed = report.Guests.Where(g => g.MissedSeconds > 0).ToList();
        if (missed.Count > 0)
        {
            stderr.WriteLine($"fmj usage collect: for {missed.Count} guest(s) the RRD no longer reached back to the last collection; collect at least weekly:");
            foreach (var guest in missed)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {guest.VmId} {guest.Name}: {guest.MissedSeconds / 3600.0:0.#} h not recorded"));
            }
        }

        if (report.Failed.Count > 0)
        {
            stderr.WriteLine($"fmj usage collect: {report.Failed.Count} guest(s) failed; what was stored is kept, and the next collection fetches their window again:");
            foreach (var guest in report.Failed)
            {
                stderr.WriteLine($"  {guest.VmId} {guest.Name}: {guest.Failure!.Message}");
            }
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IRenderable[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];
}
