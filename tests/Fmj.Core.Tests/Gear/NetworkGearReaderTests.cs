using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Gear;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Gear;

/// <summary>The stack file's fmj:network: the modes, the devices, and every value refused before it reaches a device.</summary>
public class NetworkGearReaderTests
{
    private static (ClusterDocument? Cluster, IReadOnlyList<Finding> Findings) Load(string text)
    {
        var findings = new FindingList();
        var cluster = StackFileLoader.Load("Pulumi.dev.yaml", text, findings);
        return (cluster, findings.Items);
    }

    /// <summary>The dev stack file with one piece of text replaced; the test fails when the text is not there.</summary>
    private static string DevWith(string find, string replace)
    {
        var text = Demo.StackText;
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The dev stack file with fmj:network replaced by <paramref name="network"/> (empty: removed).</summary>
    private static string DevWithNetwork(string network)
    {
        var text = Demo.StackText;
        var start = text.IndexOf("  # Uplink mode:", StringComparison.Ordinal);
        Assert.True(start > 0);
        return text[..start] + network;
    }

    [Fact]
    public void Read_DevStack_UplinkWithVyosRouterAndIosSwitch()
    {
        var (cluster, findings) = Load(Demo.StackText);

        Assert.Empty(findings);
        var gear = cluster!.Spec.Network;
        Assert.Equal(NetworkMode.Uplink, gear.Mode);
        Assert.Equal(new DeviceConnection("edge1", "vyos", "10.10.0.1", 22, "fmj", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIBsB9nd/JLW0XszluTAxzE1IYfC5jNO9sBBQyXGRU5n"), gear.Router!.Device);
        Assert.Equal("eth1", gear.Router.ParentInterface);
        var core = Assert.Single(gear.Switches);
        Assert.Equal(("core1", "ios", (string?)null, "TenGigabitEthernet1/0/1"), (core.Device.Name, core.Device.Dialect, core.Bridge, core.RouterTrunk));
        Assert.Equal([new NodeTrunk("pve1", "TenGigabitEthernet1/0/11"), new NodeTrunk("pve2", "TenGigabitEthernet1/0/12"), new NodeTrunk("pve3", "TenGigabitEthernet1/0/13")], core.NodeTrunks);
    }

    [Fact]
    public void Read_NoNetworkKey_IsSdn()
    {
        var (cluster, findings) = Load(DevWithNetwork(""));

        Assert.Empty(findings);
        Assert.Same(NetworkGear.Sdn, cluster!.Spec.Network);
    }

    [Fact]
    public void Read_ModeSdn_TouchesNoDevice()
    {
        var (cluster, findings) = Load(DevWithNetwork("  fmj:network:\n    mode: sdn\n"));

        Assert.Empty(findings);
        Assert.Equal(NetworkMode.Sdn, cluster!.Spec.Network.Mode);
        Assert.Empty(cluster.Spec.Network.Devices);
    }

    [Fact]
    public void Read_ModeSdnWithARouter_IsRefused()
    {
        var (cluster, findings) = Load(DevWith("    mode: uplink\n", "    mode: sdn\n"));

        Assert.Null(cluster);
        Assert.All(findings, f => Assert.Equal("FMJ006", f.Code.Id));
        Assert.Equal(
            ["'config.fmj:network.router' is given, but the mode is 'sdn'.", "'config.fmj:network.switches' is given, but the mode is 'sdn'."],
            findings.Select(f => f.Message));
    }

    [Fact]
    public void Read_VyosSwitchWithBridgeAndPort_IsRead()
    {
        const string network = """
              fmj:network:
                mode: uplink
                router:
                  name: edge1
                  dialect: ios
                  host: edge1.fmj.example
                  port: 2222
                  user: fmj_automation
                  parentInterface: GigabitEthernet0/0/1
                switches:
                  - name: tor1
                    dialect: vyos
                    host: 10.10.0.3
                    user: vyos
                    bridge: br1
                    routerTrunk: bond0
                    nodeTrunks:
                      pve1: eth2
                      pve2: eth3
                      pve3: eth4

            """;

        var (cluster, findings) = Load(DevWithNetwork(network));

        Assert.Empty(findings);
        var gear = cluster!.Spec.Network;
        Assert.Equal(new DeviceConnection("edge1", "ios", "edge1.fmj.example", 2222, "fmj_automation", null), gear.Router!.Device);
        var tor = Assert.Single(gear.Switches);
        Assert.Equal(("br1", "bond0"), (tor.Bridge, tor.RouterTrunk));
    }

    [Fact]
    public void Read_VyosSwitchWithoutBridge_UsesBr0()
    {
        var text = DevWith("        dialect: ios\n", "        dialect: vyos\n")
            .Replace("TenGigabitEthernet1/0/1\n", "eth1\n", StringComparison.Ordinal)
            .Replace("TenGigabitEthernet1/0/11", "eth2", StringComparison.Ordinal)
            .Replace("TenGigabitEthernet1/0/12", "eth3", StringComparison.Ordinal)
            .Replace("TenGigabitEthernet1/0/13", "eth4", StringComparison.Ordinal);

        var (cluster, findings) = Load(text);

        Assert.Empty(findings);
        Assert.Equal("br0", Assert.Single(cluster!.Spec.Network.Switches).Bridge);
    }

    public static TheoryData<string, string, string, string> Refused() => new()
    {
        // Values that would reach a command line: interfaces, in both dialects.
        { "      parentInterface: eth1\n", "      parentInterface: \"eth1; reboot\"\n", "FMJ110", "'config.fmj:network.router.parentInterface' is 'eth1; reboot', which is not a vyos interface FMJ accepts" },
        { "      parentInterface: eth1\n", "      parentInterface: \"eth1\\ncommit\"\n", "FMJ110", "'config.fmj:network.router.parentInterface' is 'eth1\\ncommit', which is not a vyos interface FMJ accepts" },
        { "      parentInterface: eth1\n", "      parentInterface: \"eth1'$(reboot)'\"\n", "FMJ110", "is 'eth1'$(reboot)'', which is not a vyos interface" },
        { "      parentInterface: eth1\n", "      parentInterface: eth1.2011\n", "FMJ110", "is 'eth1.2011', which is not a vyos interface" },
        { "        routerTrunk: TenGigabitEthernet1/0/1\n", "        routerTrunk: \"Te1/0/1\\nend\\nreload\"\n", "FMJ110", "'config.fmj:network.switches[0].routerTrunk' is 'Te1/0/1\\nend\\nreload', which is not a ios interface" },
        { "        routerTrunk: TenGigabitEthernet1/0/1\n", "        routerTrunk: Te1/0/1 ?\n", "FMJ110", "is 'Te1/0/1 ?', which is not a ios interface" },
        { "        routerTrunk: TenGigabitEthernet1/0/1\n", "        routerTrunk: GigabitEthernet0/0.5\n", "FMJ110", "is 'GigabitEthernet0/0.5', which is not a ios interface" },
        { "          pve2: TenGigabitEthernet1/0/12\n", "          pve2: \"Te1/0/12 ; reload\"\n", "FMJ110", "'config.fmj:network.switches[0].nodeTrunks.pve2' is 'Te1/0/12 ; reload'" },
        // Device identity and connection.
        { "      name: edge1\n", "      name: Edge1\n", "FMJ110", "'config.fmj:network.router.name' is 'Edge1', which is not allowed" },
        { "      name: edge1\n", "      name: \"edge1;id\"\n", "FMJ110", "'config.fmj:network.router.name' is 'edge1;id', which is not allowed" },
        { "      host: 10.10.0.1\n", "      host: \"10.10.0.1 -oProxyCommand=reboot\"\n", "FMJ111", "'config.fmj:network.router.host' is '10.10.0.1 -oProxyCommand=reboot', which is not allowed" },
        { "      user: fmj\n", "      user: \"fmj root\"\n", "FMJ110", "'config.fmj:network.router.user' is 'fmj root', which is not allowed" },
        { "      dialect: vyos\n", "      dialect: junos\n", "FMJ006", "'config.fmj:network.router.dialect' is 'junos', which is not one of: ios, vyos" },
        { "      hostKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIBsB9nd/JLW0XszluTAxzE1IYfC5jNO9sBBQyXGRU5n\n", "      hostKey: \"ssh-ed25519 AAAAC3Nz; reboot\"\n", "FMJ006", "'config.fmj:network.router.hostKey' is not an SSH public key FMJ can pin" },
        { "        user: fmj\n", "        user: fmj\n        port: 70000\n", "FMJ006", "'config.fmj:network.switches[0].port' is 70000, outside 1..65535" },
        // The layout: bridges, nodes, ports, names.
        { "        user: fmj\n", "        user: fmj\n        bridge: br0\n", "FMJ006", "'config.fmj:network.switches[0].bridge' is given, but ios switches have no bridge" },
        { "          pve3: TenGigabitEthernet1/0/13\n", "", "FMJ303", "'config.fmj:network.switches[0].nodeTrunks' has no port for node(s) pve3" },
        { "          pve3: TenGigabitEthernet1/0/13\n", "          pve3: TenGigabitEthernet1/0/13\n          pve9: TenGigabitEthernet1/0/19\n", "FMJ303", "'config.fmj:network.switches[0].nodeTrunks' names node 'pve9', which is not in 'fmj:nodes'" },
        { "          pve3: TenGigabitEthernet1/0/13\n", "          pve3: TenGigabitEthernet1/0/12\n", "FMJ303", "port 'TenGigabitEthernet1/0/12' is used 2 times on switch 'core1'" },
        { "      - name: core1\n", "      - name: edge1\n", "FMJ303", "device name 'edge1' is used 2 times in 'config.fmj:network'" },
        { "    mode: uplink\n", "    mode: bgp\n", "FMJ006", "'config.fmj:network.mode' is 'bgp', which is not one of: sdn, uplink" },
        { "      parentInterface: eth1\n", "      parentInterface: eth1\n      vrf: tenants\n", "FMJ002", "unknown key 'vrf' in 'config.fmj:network.router'" },
        // IOS keeps 1002-1005; a VLAN range that includes them cannot work on an IOS switch.
        { "      from: 2000\n      to: 2999\n", "      from: 1000\n      to: 1999\n", "FMJ303", "the public VLAN range 1000..1999 includes 1002..1005, which IOS devices reserve" },
        // Credentials in plain text.
        { "  fmj:network:\n", "  fmj:devicePassword-core1: hunter2\n  fmj:network:\n", "FMJ006", "'fmj:devicePassword-core1' is in plain text in the stack file" },
        { "  fmj:network:\n", "  fmj:deviceKey-edge1: \"-----BEGIN OPENSSH PRIVATE KEY-----\"\n  fmj:network:\n", "FMJ006", "'fmj:deviceKey-edge1' is in plain text in the stack file" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Read_BadValue_IsAFindingAndNoCluster(string find, string replace, string code, string message)
    {
        var (cluster, findings) = Load(DevWith(find, replace));

        Assert.Null(cluster);
        Assert.Contains(findings, f => f.Code.Id == code && f.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DeviceSecretsAsPulumiSecrets_AreAllowed()
    {
        var (cluster, findings) = Load(DevWith("  fmj:network:\n", "  fmj:devicePassword-core1:\n    secure: v1:AAAA\n  fmj:deviceKey-edge1:\n    secure: v1:BBBB\n  fmj:network:\n"));

        Assert.Empty(findings);
        Assert.NotNull(cluster);
    }

    [Fact]
    public void ReadPulumiConfig_NetworkAsJson_IsTheSameGear()
    {
        const string json = """{"mode":"uplink","router":{"name":"edge1","dialect":"vyos","host":"10.10.0.1","user":"fmj","parentInterface":"eth1"},"switches":[{"name":"core1","dialect":"ios","host":"10.10.0.2","port":22,"user":"fmj","routerTrunk":"Te1/0/1","nodeTrunks":{"pve1":"Te1/0/11","pve2":"Te1/0/12","pve3":"Te1/0/13"}}]}""";
        var stack = Demo.Cluster();
        var values = new Dictionary<string, string>
        {
            ["cluster"] = "dev", ["apiEndpoint"] = stack.Spec.ApiEndpoint, ["pveMajorVersion"] = "9", ["bridge"] = "vmbr1",
            ["nodes"] = """[{"name":"pve1","address":"10.10.0.11"},{"name":"pve2","address":"10.10.0.12"},{"name":"pve3","address":"10.10.0.13"}]""",
            ["zfs"] = """{"pool":"tank","tenantsDataset":"tank/tenants"}""",
            ["vlans"] = """{"public":{"from":2000,"to":2999},"private":{"from":3000,"to":3999}}""",
            ["addressPools"] = """{"public":{"cidr":"198.18.0.0/17","prefix":27},"private":{"cidr":"10.64.0.0/14","prefix":24},"reserved":[]}""",
            ["vmids"] = """{"from":100000,"to":199999,"blockSize":100}""",
            ["templates"] = """{"debian-13":{"kind":"vm","vmid":9000}}""",
            ["dnsServers"] = """["10.10.0.53"]""", ["backupStorage"] = "pbs-fmj",
            ["capacity"] = """{"vcpu":96,"memoryGb":768,"storageGb":24000,"cpuOvercommit":4,"memoryOvercommit":1.0,"storageOvercommit":1.0,"warnPercent":80}""",
            ["network"] = json,
        };
        var findings = new FindingList();

        var cluster = ClusterConfigReader.ReadPulumiConfig("dev", values.GetValueOrDefault, findings);

        Assert.Empty(findings.Items);
        Assert.Equal(["edge1", "core1"], cluster!.Spec.Network.Devices.Select(d => d.Name));
    }
}
