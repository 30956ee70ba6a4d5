using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Fmj.Core;
using Fmj.Core.Generation;
using Fmj.Core.Tenants;
using Fmj.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Fmj.Cli.Commands;

/// <summary>
/// `fmj bench`: load + check + plan over generated tenant files, against merely parsing the same files, and the
/// whole `fmj validate` process on them. Prints figures; asserts nothing (targets are judged by people, not tests).
/// </summary>
public static class BenchCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var tenants = new Option<int>("--count") { Description = "How many tenant files to generate.", DefaultValueFactory = _ => 1000 };
        var iterations = new Option<int>("--iterations") { Description = "Measured rounds of every step.", DefaultValueFactory = _ => 15 };
        var warmUp = new Option<int>("--warm-up") { Description = "Unmeasured rounds first, so that code run once per round is fully compiled too.", DefaultValueFactory = _ => 50 };
        var processRuns = new Option<int>("--process-runs") { Description = "Runs of the whole `fmj validate` process.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure load + check + plan over generated tenant files against a bare YAML parse.")
        {
            tenants, iterations, warmUp, processRuns,
        };
        command.SetAction(result =>
        {
            var count = result.GetValue(tenants);
            var runs = result.GetValue(iterations);
            var warmUpRounds = result.GetValue(warmUp);
            if (count < 1 || runs < 1 || warmUpRounds < 0)
            {
                stderr.WriteLine("fmj bench: --count and --iterations must be at least 1, --warm-up at least 0.");
                return ExitCodes.Usage;
            }

            var directory = Path.Combine(Path.GetTempPath(), $"fmj-bench-{Environment.ProcessId}");
            try
            {
                return Run(directory, count, warmUpRounds, runs, result.GetValue(processRuns), stdout, stderr);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
        return command;
    }

    private static int Run(string directory, int count, int warmUpRounds, int runs, int processRuns, TextWriter stdout, TextWriter stderr)
    {
        var tenantsFolder = FleetGenerator.WriteFleet(directory, count, seed: 42);
        stdout.WriteLine($"fmj bench: {count} generated tenant files, {runs} measured rounds of every step after {warmUpRounds} warm-up rounds; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC.");

        var steps = Measure(
            warmUpRounds,
            runs,
            () => ParseOnly(tenantsFolder),
            () => ParseOnlyInParallel(tenantsFolder),
            () => ParseToDocuments(tenantsFolder),
            () => LoadCheckPlan(directory, tenantsFolder, stderr));
        var (parse, parallelParse, document, full) = (steps[0], steps[1], steps[2], steps[3]);
        var ratio = full.MedianMs / parse.MedianMs;

        stdout.WriteLine();
        stdout.WriteLine("step                                  median ms    min ms   allocated MB/run   GC pause ms/run");
        stdout.WriteLine(Row("parse only (read + YamlDotNet events)", parse));
        stdout.WriteLine(Row("parse only, on every core", parallelParse));
        stdout.WriteLine(Row("parse into YamlDotNet documents", document));
        stdout.WriteLine(Row("load + check + plan", full));
        stdout.WriteLine(FormattableString.Invariant($"ratio load+check+plan / parse (events): {ratio:0.00} (target <= 1.5)"));
        stdout.WriteLine(FormattableString.Invariant($"ratio load+check+plan / parse (events, on every core): {full.MedianMs / parallelParse.MedianMs:0.00}"));
        stdout.WriteLine(FormattableString.Invariant($"ratio load+check+plan / parse (documents): {full.MedianMs / document.MedianMs:0.00}"));
        stdout.WriteLine(FormattableString.Invariant($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0} MB"));

        if (processRuns > 0 && Environment.ProcessPath is { } self)
        {
            var times = new List<double>();
            for (var i = 0; i < processRuns; i++)
            {
                var (ms, exit) = Validate(self, directory, tenantsFolder);
                if (exit != 0)
                {
                    stderr.WriteLine($"fmj bench: `fmj validate` on the generated files exited {exit}; the generator is broken.");
                    return ExitCodes.Findings;
                }

                times.Add(ms);
                stdout.WriteLine(FormattableString.Invariant($"whole `fmj validate` process, run {i + 1}: {ms:0} ms"));
            }

            times.Sort();
            stdout.WriteLine(FormattableString.Invariant($"whole `fmj validate` process: median {times[times.Count / 2]:0} ms (target < 2000 ms)"));
        }

        return ExitCodes.Success;
    }

    private static int ParseOnly(string tenantsFolder) => TenantFolder.Files(tenantsFolder).Sum(CountEvents);

    /// <summary>
    /// The parse baseline on every core. YamlDotNet's scanners share one pool of text buffers, so this gains little
    /// over one core (the pipeline parses on one thread and gives the other cores the rest; see TenantFolder).
    /// </summary>
    private static int ParseOnlyInParallel(string tenantsFolder) => TenantFolder.Files(tenantsFolder).AsParallel().Sum(CountEvents);

    private static int CountEvents(string file)
    {
        var events = 0;
        var parser = new Parser(new StringReader(YamlFile.ReadText(file)));
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>The other usual meaning of "parse": YamlDotNet's own document model, which also keeps positions.</summary>
    private static int ParseToDocuments(string tenantsFolder)
    {
        var documents = 0;
        foreach (var file in TenantFolder.Files(tenantsFolder))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(YamlFile.ReadText(file)));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    /// <summary>Exactly what `fmj validate` and `fmj plan` run: the stack file, every tenant file, the checks, the plan.</summary>
    private static int LoadCheckPlan(string directory, string tenantsFolder, TextWriter stderr)
    {
        var result = Workspace.Run(directory, FleetGenerator.ClusterName, tenantsFolder);
        if (result.Plan is null)
        {
            stderr.WriteLine(string.Join(Environment.NewLine, result.Findings.Take(5)));
            throw new InvalidOperationException("The generated fleet did not validate.");
        }

        return result.Plan.Tenants.Count;
    }

    /// <summary>
    /// Runs the steps in turn, <paramref name="runs"/> rounds, after warm-up rounds that let the JIT reach its
    /// optimised code. Tiered compilation recompiles a method after about 30 calls, so code that runs once per round
    /// (the fleet-wide checks, for one) needs tens of rounds; a few would time it unoptimised. Interleaving the steps
    /// spreads any noise on the machine over all of them instead of one.
    /// </summary>
    private static (double MedianMs, double MinMs, double AllocatedMb, double PauseMs)[] Measure(int warmUpRounds, int runs, params Func<int>[] steps)
    {
        var times = steps.Select(_ => new List<double>()).ToArray();
        var allocated = new long[steps.Length];
        var paused = new TimeSpan[steps.Length];
        for (var round = 0; round < warmUpRounds + runs; round++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var clock = Stopwatch.StartNew();
                steps[s]();
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (round >= warmUpRounds)
                {
                    times[s].Add(elapsed);
                    allocated[s] += GC.GetTotalAllocatedBytes(precise: true) - before;
                    paused[s] += GC.GetTotalPauseDuration() - pausedBefore;
                }
            }
        }

        return [.. times.Select((t, s) =>
        {
            t.Sort();
            return (t[t.Count / 2], t[0], allocated[s] / (double)runs / 1048576, paused[s].TotalMilliseconds / runs);
        })];
    }

    private static (double Ms, int Exit) Validate(string self, string project, string tenants)
    {
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Run as `dotnet fmj.dll`, this process is the dotnet host, which needs the program's path first.
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        }

        foreach (var argument in new[] { "validate", "--stack", FleetGenerator.ClusterName, "--project", project, "--tenants", tenants })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var ms = clock.Elapsed.TotalMilliseconds;
        _ = output.Result + errors.Result;
        return (ms, process.ExitCode);
    }

    private static string Row(string name, (double MedianMs, double MinMs, double AllocatedMb, double PauseMs) m) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-37} {m.MedianMs,9:0.0} {m.MinMs,9:0.0} {m.AllocatedMb,18:0.0} {m.PauseMs,17:0.0}");
}
