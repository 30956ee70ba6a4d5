using System.Collections.Immutable;
using Fmj.Core;
using Fmj.Core.Planning;
using FmjInfra.Components;
using FmjInfra.Tests.Support;
using Pulumi;

namespace FmjInfra.Tests;

/// <summary>The network gear in uplink mode: one command per tenant and device, as planned, serialized per device.</summary>
public class UplinkTests
{
    private const string CommandType = "command:remote:Command";

    private static readonly string[] Tenants = ["adatum", "contoso", "fabrikam"];

    private static Task<StackRun> RunDevAsync() => StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")));

    private static TenantPlan PlanOf(string tenant) =>
        Workspace.Run(Repository.Root, "dev", Repository.PathOf("Tenants")).Plan!.Tenants.Single(t => t.Name == tenant);

    private static IEnumerable<RecordedResource> UplinkCommands(StackRun run) =>
        run.OfType(CommandType).Where(r => r.Name.Contains("-uplink-", StringComparison.Ordinal));

    [Theory]
    [InlineData("adatum", "edge1")]
    [InlineData("adatum", "core1")]
    [InlineData("fabrikam", "core1")]
    public async Task TenantUplink_Command_IsThePlansTextForThatDevice(string tenant, string device)
    {
        var run = await RunDevAsync();
        var planned = PlanOf(tenant).Uplink!.Devices.Single(d => d.Device == device);

        var command = run.Find(CommandType, $"{tenant}-uplink-{device}");

        Assert.Equal((planned.Create, planned.Update, planned.Delete), (command.Input("create"), command.Input("update"), command.Input("delete")));
        Assert.Equal(planned.Triggers, command.List("triggers").Select(t => (string)t));
        Assert.Equal(("stdoutAndStderr", "False"), (command.Input("logging"), command.Input("addPreviousOutputInEnv")));
        Assert.Null(command.Input("environment"));
        Assert.Null(command.Input("stdin"));
    }

    [Fact]
    public async Task TenantUplink_Connection_PinsTheHostKeyAndUsesTheDevicesSecret()
    {
        var run = await RunDevAsync();

        var edge = run.Find(CommandType, "adatum-uplink-edge1").Map("connection");
        Assert.Equal(("10.10.0.1", "fmj", 22d), ((string)edge["host"], (string)edge["user"], Convert.ToDouble(edge["port"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIBsB9nd/JLW0XszluTAxzE1IYfC5jNO9sBBQyXGRU5n", edge["hostKey"]);
        Assert.Equal(StackConfig.EdgeRouterKey, edge["privateKey"]);
        Assert.False(edge.ContainsKey("password"));

        var core = run.Find(CommandType, "contoso-uplink-core1").Map("connection");
        Assert.Equal("10.10.0.2", core["host"]);
        Assert.StartsWith("ecdsa-sha2-nistp256 AAAA", (string)core["hostKey"], StringComparison.Ordinal);
        Assert.Equal(StackConfig.CoreSwitchPassword, core["password"]);
        Assert.False(core.ContainsKey("privateKey"));
    }

    [Fact]
    public async Task TenantUplink_NoHostKeyInTheStack_ConnectsWithoutOneOnTheGivenPort()
    {
        var network = """{"mode":"uplink","router":{"name":"edge1","dialect":"ios","host":"edge1.fmj.example","port":2222,"user":"fmj","parentInterface":"GigabitEthernet0/0"},"switches":[{"name":"core1","dialect":"vyos","host":"10.10.0.2","user":"vyos","routerTrunk":"eth1","nodeTrunks":{"pve1":"eth2","pve2":"eth3","pve3":"eth4"}}]}""";
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")).Set("fmj:network", network));

        var edge = run.Find(CommandType, "adatum-uplink-edge1");
        var connection = edge.Map("connection");
        Assert.Equal(("edge1.fmj.example", 2222d), ((string)connection["host"], Convert.ToDouble(connection["port"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(connection.ContainsKey("hostKey"));
        Assert.StartsWith("configure terminal\ninterface GigabitEthernet0/0.2011\n", edge.Input("create"), StringComparison.Ordinal);
        Assert.Contains("set interfaces bridge 'br0' member interface 'eth4' allowed-vlan '3011'", run.Find(CommandType, "adatum-uplink-core1").Input("create"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantUplink_Secrets_AppearOnlyInTheConnection()
    {
        var config = StackConfig.Dev(Repository.PathOf("Tenants"));
        var run = await StackRun.RunAsync(config);

        foreach (var command in UplinkCommands(run))
        {
            var visible = command.Inputs.Where(i => i.Key != "connection").Select(i => i.Value is ImmutableArray<object> list ? string.Join("\n", list) : i.Value?.ToString() ?? "");
            foreach (var secret in config.SecretValues)
            {
                Assert.DoesNotContain(visible, text => text.Contains(secret, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task TenantUplink_EveryCommand_DeletesBeforeReplaceUnderItsComponent()
    {
        var run = await RunDevAsync();

        var commands = UplinkCommands(run).ToList();
        Assert.Equal(6, commands.Count);
        foreach (var command in commands)
        {
            var options = Assert.IsType<CustomResourceOptions>(run.Options.OptionsOf(CommandType, command.Name));
            Assert.True(options.DeleteBeforeReplace, command.Name);
            Assert.False(options.Protect ?? false);
            var tenant = command.Name[..command.Name.IndexOf('-', StringComparison.Ordinal)];
            Assert.Equal(($"{tenant}-uplink", TenantUplink.TypeToken), (options.Parent!.GetResourceName(), options.Parent.GetResourceType()));
        }
    }

    [Theory]
    [InlineData("edge1")]
    [InlineData("core1")]
    public async Task TenantUplink_CommandsToOneDevice_RunOneTenantAfterAnother(string device)
    {
        var run = await RunDevAsync();

        var chain = new List<string[]>();
        foreach (var tenant in Tenants)
        {
            var dependencies = await run.DependenciesOfAsync(CommandType, $"{tenant}-uplink-{device}");
            chain.Add([.. dependencies.Select(d => d.GetResourceName())]);
        }

        Assert.Equal([[], [$"adatum-uplink-{device}"], [$"contoso-uplink-{device}"]], chain);
    }

    [Fact]
    public async Task SdnMode_RegistersNoDeviceCommandAndNeedsNoDeviceSecret()
    {
        var config = StackConfig.Dev(Repository.PathOf("Tenants"))
            .Set("fmj:network", """{"mode":"sdn"}""")
            .Remove("fmj:deviceKey-edge1")
            .Remove("fmj:devicePassword-core1");

        var run = await StackRun.RunAsync(config);

        Assert.Empty(run.OfType(TenantUplink.TypeToken));
        // What commands remain are the nodes' dataset commands and the reverse-proxy accounts: nothing for a device.
        Assert.All(run.OfType(CommandType), c => Assert.True(c.Name.Contains("-storage-dataset-", StringComparison.Ordinal) || c.Name.EndsWith("-proxy-account", StringComparison.Ordinal), c.Name));
        Assert.Equal(6, run.OfType(CommandType).Count(c => c.Name.Contains("-storage-dataset-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NoNetworkKey_IsSdnMode()
    {
        var run = await StackRun.RunAsync(StackConfig.Dev(Repository.PathOf("Tenants")).Remove("fmj:network"));

        Assert.Empty(run.OfType(TenantUplink.TypeToken));
        Assert.Empty(UplinkCommands(run));
    }

    [Fact]
    public async Task Run_DeviceWithoutCredentials_FailsNamingBothSecretsAndRegistersNothing()
    {
        var config = StackConfig.Dev(Repository.PathOf("Tenants")).Remove("fmj:devicePassword-core1");

        var (mocks, _, _, error) = await StackRun.TryRunAsync(config);

        Assert.NotNull(error);
        Assert.Contains("FMJ refused stack 'dev': 1 error(s); nothing was created or changed.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.dev.yaml(1,1): error FMJ005: network device 'core1' has no credentials: neither 'fmj:deviceKey-core1' nor 'fmj:devicePassword-core1' is set.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Fact]
    public async Task Run_HostileInterfaceInTheNetworkConfig_FailsBeforeAnyResource()
    {
        var network = """{"mode":"uplink","router":{"name":"edge1","dialect":"vyos","host":"10.10.0.1","user":"fmj","parentInterface":"eth1'; reboot; '"},"switches":[{"name":"core1","dialect":"ios","host":"10.10.0.2","user":"fmj","routerTrunk":"Te1/0/1","nodeTrunks":{"pve1":"Te1/0/11","pve2":"Te1/0/12","pve3":"Te1/0/13"}}]}""";
        var config = StackConfig.Dev(Repository.PathOf("Tenants")).Set("fmj:network", network);

        var (mocks, _, _, error) = await StackRun.TryRunAsync(config);

        Assert.NotNull(error);
        Assert.Contains("error FMJ110: 'fmj:network.router.parentInterface' is 'eth1'; reboot; '', which is not a vyos interface FMJ accepts", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }

    [Theory]
    [InlineData("name: app01\n", "name: \"app01\\nend\\nreload\"\n", "FMJ110")]
    [InlineData("domain: corp.adatum.com\n", "domain: \"corp.adatum.com;reload\"\n", "FMJ111")]
    public async Task Run_HostileNameInATenantFile_FailsBeforeAnyDeviceCommand(string find, string replace, string code)
    {
        using var project = new TempProject().Edit("adatum", find, replace);

        var (mocks, _, _, error) = await StackRun.TryRunAsync(StackConfig.Dev(project.Tenants));

        Assert.NotNull(error);
        Assert.Contains($"error {code}: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Resources);
    }
}
