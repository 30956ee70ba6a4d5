using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Fmj.Core.Diagnostics;
using Fmj.Core.Generation;
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
    SetConfig(root, tenantsFolder, tenants);

    var mocks = new CountingMocks();
    await Deployment.TestAsync(mocks, new TestOptions { ProjectName = "fmj", StackName = FleetGenerator.ClusterName }, FmjProgram.Run);
    var count = mocks.Count;
    Console.WriteLine($"fmj stack bench: {tenants} generated tenants -> {count} registered resources (components and provider included); {runs} runs each after a warm-up.");

    var stack = await Measure(runs, () => Deployment.TestAsync(new CountingMocks(), new TestOptions { ProjectName = "fmj", StackName = FleetGenerator.ClusterName }, FmjProgram.Run));
    var bare = await Measure(runs, () => Deployment.TestAsync(new CountingMocks(), new TestOptions { ProjectName = "fmj", StackName = "bare" }, () =>
    {
        for (var i = 0; i < count; i++)
        {
            _ = new PVE.PoolLegacy($"pool-{i}", new PVE.PoolLegacyArgs { PoolId = $"pool-{i}" });
        }

        return new Dictionary<string, object?>();
    }));

    // A second baseline with inputs as rich as a guest's: how much is the SDK serialising nested inputs.
    var rich = await Measure(runs, () => Deployment.TestAsync(new CountingMocks(), new TestOptions { ProjectName = "fmj", StackName = "rich" }, () =>
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
    }));

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole stack under mocks : median {stack.Median:0} ms, min {stack.Min:0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} bare resources   : median {bare.Median:0} ms, min {bare.Min:0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} VMs, guest inputs : median {rich.Median:0} ms, min {rich.Min:0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio stack / bare: {stack.Median / bare.Median:0.00} (target <= 1.2); stack / rich-input resources: {stack.Median / rich.Median:0.00}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
}
finally
{
    Directory.Delete(root, recursive: true);
}

static async Task<(double Median, double Min)> Measure(int runs, Func<Task> run)
{
    await run();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        await run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[times.Count / 2], times[0]);
}

// The generated stack file's config as the Pulumi engine passes it, plus every secret the program needs.
static void SetConfig(string root, string tenantsFolder, int tenants)
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

/// <summary>Mocks that only count and echo: the cheapest engine there is, so the figures measure the program.</summary>
internal sealed class CountingMocks : IMocks
{
    private int _count;

    public int Count => _count;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Interlocked.Increment(ref _count);
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(args.Args);
}
