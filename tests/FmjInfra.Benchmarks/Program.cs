using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Generation;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Fmj.Core.Yaml;
using FmjInfra.Components;
using Pulumi;
using Pulumi.Testing;
using PVE = Pulumi.ProxmoxVE;

// Usage: dotnet run -c Release --project tests/FmjInfra.Benchmarks -- [tenants=100] [runs=7]
var tenants = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;

var root = Directory.CreateTempSubdirectory("fmj-stack-bench-").FullName;
try
{
    var tenantsFolder = FleetGenerator.WriteFleet(root, tenants, seed: 7);
    var config = SetConfig(root, tenantsFolder, tenants);
    var stackOptions = new TestOptions { ProjectName = "fmj", StackName = FleetGenerator.ClusterName };
    var replayOptions = new TestOptions { ProjectName = "fmj", StackName = "replay" };

    // The baseline the 1.2x target is about: record what the stack registers, compile the same registrations as a
    // flat program, and check that it registers exactly that (types, names, inputs, secrets) before timing anything.
    var recorded = await Registrations.RecordAsync(FmjProgram.Run, stackOptions);
    var replay = FlatReplay.Compile(recorded);
    var replayed = await Registrations.RecordAsync(replay, replayOptions);
    if (Registrations.FirstDifference(recorded, replayed) is { } difference)
    {
        throw new InvalidOperationException($"the flat replay does not register what the stack does:{Environment.NewLine}{difference}");
    }

    var count = recorded.Count;
    Console.WriteLine($"fmj stack bench: {tenants} generated tenants -> {count} registered resources (components and provider included); {runs} runs each after a warm-up.");
    Console.WriteLine($"replay check: the flat replay registers the same {replayed.Count} resources with equal types, names, inputs and secret inputs ({replayed.Sum(r => r.Secrets.Count)} secret): match.");

    Task FmjOnly()
    {
        LoadCheckPlan(config, tenantsFolder);
        return Task.CompletedTask;
    }

    Task Stack() => Deployment.TestAsync(new CountingMocks(), stackOptions, FmjProgram.Run);

    Task Replay() => Deployment.TestAsync(new CountingMocks(), replayOptions, replay);

    // The cheapest resource there is, as many times: what registering costs when a type has 5 outputs and one input.
    Task BarePools() => Deployment.TestAsync(new CountingMocks(), new TestOptions { ProjectName = "fmj", StackName = "bare" }, () =>
    {
        for (var i = 0; i < count; i++)
        {
            _ = new PVE.PoolLegacy($"pool-{i}", new PVE.PoolLegacyArgs { PoolId = $"pool-{i}" });
        }

        return new Dictionary<string, object?>();
    });

    // As many VMs with a guest's inputs (and VmLegacy's 63 outputs): how the SDK's per-resource work grows.
    Task RichVms() => Deployment.TestAsync(new CountingMocks(), new TestOptions { ProjectName = "fmj", StackName = "rich" }, () =>
    {
        for (var i = 0; i < count; i++)
        {
            _ = new PVE.VmLegacy($"vm-{i}", new PVE.VmLegacyArgs
            {
                Name = $"vm-{i}",
                NodeName = "pve1",
                VmId = 100000 + i,
                Clone = new PVE.Inputs.VmLegacyCloneArgs { VmId = 9000, Full = true, DatastoreId = "tenant-x", Retries = 3 },
                Cpu = new PVE.Inputs.VmLegacyCpuArgs { Cores = 2, Sockets = 1, Type = "x86-64-v2-AES" },
                Memory = new PVE.Inputs.VmLegacyMemoryArgs { Dedicated = 2048 },
                Disks = new[] { new PVE.Inputs.VmLegacyDiskArgs { Interface = "scsi0", DatastoreId = "tenant-x", Size = 20, Discard = "on", Iothread = true, Ssd = true } },
                NetworkDevices = new[] { new PVE.Inputs.VmLegacyNetworkDeviceArgs { Bridge = "t1prv", Model = "virtio", Firewall = true } },
                Initialization = new PVE.Inputs.VmLegacyInitializationArgs
                {
                    DatastoreId = "tenant-x",
                    IpConfigs = new[] { new PVE.Inputs.VmLegacyInitializationIpConfigArgs { Ipv4 = new PVE.Inputs.VmLegacyInitializationIpConfigIpv4Args { Address = "10.0.0.11/24", Gateway = "10.0.0.1" } } },
                    Dns = new PVE.Inputs.VmLegacyInitializationDnsArgs { Domain = "x.example", Servers = new[] { "10.0.0.2" } },
                },
                Tags = new[] { "fmj", "tenant-x" },
            });
        }

        return new Dictionary<string, object?>();
    });

    var times = await MeasureInterleaved(runs, FmjOnly, Stack, Replay, BarePools, RichVms);
    var (fmjOnly, stack, flat, bare, rich) = (times[0], times[1], times[2], times[3], times[4]);
    Print($"whole stack under mocks                   : median {stack.Median,6:0} ms, min {stack.Min,6:0} ms");
    Print($"  its FMJ load+check+plan, timed alone    : median {fmjOnly.Median,6:0} ms, min {fmjOnly.Min,6:0} ms");
    Print($"the same {count} resources, replayed flat  : median {flat.Median,6:0} ms, min {flat.Min,6:0} ms");
    Print($"{count} bare PoolLegacy, one input each  : median {bare.Median,6:0} ms, min {bare.Min,6:0} ms");
    Print($"{count} VmLegacy, guest-like inputs      : median {rich.Median,6:0} ms, min {rich.Min,6:0} ms");
    Print($"ratio stack / flat replay  : median {stack.Median / flat.Median:0.00}, min {stack.Min / flat.Min:0.00} (target <= 1.2)");
    Print($"ratio stack / PoolLegacy   : median {stack.Median / bare.Median:0.00}, min {stack.Min / bare.Min:0.00}");
    Print($"ratio stack / VmLegacy-rich: median {stack.Median / rich.Median:0.00}, min {stack.Min / rich.Min:0.00}");
    Print($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
}
finally
{
    Directory.Delete(root, recursive: true);
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

// What FmjProgram computes before it registers anything: the cluster from config, the tenant files, and the
// fleet's checks and plan (which the environments are then built from).
static void LoadCheckPlan(IReadOnlyDictionary<string, string> config, string tenantsFolder)
{
    var findings = new FindingList();
    var cluster = ClusterConfigReader.ReadPulumiConfig(FleetGenerator.ClusterName, key => config.GetValueOrDefault($"fmj:{key}"), findings)!;
    var tenants = TenantFolder.Load(tenantsFolder, findings);
    _ = FleetPlanner.Plan(cluster, PackageCatalogue.Default, tenants, StackFileLoader.KnownClusters(Path.GetDirectoryName(tenantsFolder)!), findings).Plan
        ?? throw new InvalidOperationException("the generated fleet does not plan");
}

// Each run times every case once, in turn, so that drift on the machine (other load, heap growth, JIT tiering)
// falls on all of them alike; a full collection before each case starts them from the same heap.
static async Task<(double Median, double Min)[]> MeasureInterleaved(int runs, params Func<Task>[] cases)
{
    var times = cases.Select(_ => new List<double>()).ToArray();
    for (var run = 0; run <= runs; run++)
    {
        for (var i = 0; i < cases.Length; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            await cases[i]();
            if (run > 0)
            {
                // Run 0 is the warm-up.
                times[i].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
    }

    return [.. times.Select(t => (t.Order().ElementAt(t.Count / 2), t.Min()))];
}

// The generated stack file's config as the Pulumi engine passes it, plus every secret the program needs.
static Dictionary<string, string> SetConfig(string root, string tenantsFolder, int tenants)
{
    var findings = new FindingList();
    var stackFile = (YamlMapping)YamlDocumentReader.Read("stack", File.ReadAllText(Path.Combine(root, $"Pulumi.{FleetGenerator.ClusterName}.yaml")), findings)!;
    var config = (YamlMapping)stackFile.Entries.Single(e => e.Key.Value == "config").Value;
    var values = config.Entries.ToDictionary(e => e.Key.Value, e => e.Value is YamlScalar s ? s.Value : JsonSerializer.Serialize(Plain(e.Value)));
    values["fmj:tenants"] = tenantsFolder;
    values["proxmoxve:apiToken"] = "bench@pve!token=secret";
    for (var n = 1; n <= tenants; n++)
    {
        values[$"fmj:bindPassword-{FleetGenerator.TenantName(n)}"] = "secret";
    }

    Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(values));
    Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(values.Keys.Where(k => k.Contains("assword", StringComparison.Ordinal) || k.EndsWith("apiToken", StringComparison.Ordinal))));
    return values;
}

static object? Plain(YamlNode node) => node switch
{
    YamlMapping m => m.Entries.ToDictionary(e => e.Key.Value, e => Plain(e.Value)),
    YamlSequence s => s.Items.Select(Plain).ToList(),
    YamlScalar { Kind: YamlScalarKind.WholeNumber } s => long.Parse(s.Value, CultureInfo.InvariantCulture),
    YamlScalar { Kind: YamlScalarKind.FractionalNumber } s => decimal.Parse(s.Value, CultureInfo.InvariantCulture),
    YamlScalar s => s.Value,
    _ => null,
};
