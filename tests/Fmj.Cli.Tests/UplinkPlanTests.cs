using System.Text.Json;

namespace Fmj.Cli.Tests;

/// <summary>`fmj plan` shows the network gear commands each tenant gets in uplink mode, and none in sdn mode.</summary>
public class UplinkPlanTests
{
    [Fact]
    public void Plan_UplinkStack_ShowsEachDeviceWithItsCommands()
    {
        var result = FmjProcess.Run("plan", "--tenant", "adatum");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("Network gear (uplink mode): 2 device(s), commands over SSH, one tenant at a time per device.", lines);
        Assert.Contains("  router edge1: vyos, fmj@10.10.0.1:22, host key pinned, credentials from secret fmj:deviceKey-edge1 or fmj:devicePassword-edge1", lines);
        Assert.Contains("    replaced (old delete first) when any changes: dialect=vyos interface=eth1 vlan=2011 vlan=3011", lines);
        Assert.Contains("      set interfaces ethernet 'eth1' vif '2011' address '198.18.1.97/27' || builtin exit 1", lines);
        Assert.Contains("  switch core1: ios, fmj@10.10.0.2:22, host key pinned, credentials from secret fmj:deviceKey-core1 or fmj:devicePassword-core1", lines);
        Assert.Contains("       switchport trunk allowed vlan add 2011,3011", lines);
        Assert.Contains("       switchport trunk allowed vlan remove 2011,3011", lines);
        Assert.Contains("      no vlan 3011", lines);
    }

    [Fact]
    public void Plan_FormatJson_HasEachTenantsDeviceCommands()
    {
        var result = FmjProcess.Run("plan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        foreach (var tenant in json.RootElement.GetProperty("tenants").EnumerateArray())
        {
            var devices = tenant.GetProperty("uplink").GetProperty("devices").EnumerateArray().ToList();
            Assert.Equal(["edge1", "core1"], devices.Select(d => d.GetProperty("device").GetString()));
            Assert.Equal(["router", "switch"], devices.Select(d => d.GetProperty("role").GetString()));
            var name = tenant.GetProperty("name").GetString();
            Assert.Contains($"description 'fmj-{name}-public'", devices[0].GetProperty("create").GetString(), StringComparison.Ordinal);
            Assert.Contains($" name fmj-{name}-private", devices[1].GetProperty("create").GetString(), StringComparison.Ordinal);
            Assert.Equal("devicePassword-core1", devices[1].GetProperty("passwordSecret").GetString());
        }
    }

    [Fact]
    public void Plan_SdnStack_ShowsNoNetworkGear()
    {
        using var repository = new TempRepository();
        repository.Edit("Pulumi.dev.yaml", "    mode: uplink\n", "    mode: sdn\n");
        var text = File.ReadAllText(repository.PathOf("Pulumi.dev.yaml"));
        repository.Write("Pulumi.dev.yaml", text[..(text.IndexOf("    router:", StringComparison.Ordinal))]);

        var result = repository.Run("plan");
        var json = repository.Run("plan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Network gear", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.DoesNotContain("\"uplink\"", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HostileInterfaceInTheStackFile_ExitsOneWithTheFinding()
    {
        using var repository = new TempRepository();
        repository.Edit("Pulumi.dev.yaml", "      parentInterface: eth1\n", "      parentInterface: \"eth1; reboot\"\n");

        var result = repository.Run("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error FMJ110: 'config.fmj:network.router.parentInterface' is 'eth1; reboot', which is not a vyos interface FMJ accepts", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
