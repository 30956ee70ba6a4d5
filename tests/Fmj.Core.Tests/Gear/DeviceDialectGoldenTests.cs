using System.Text;
using Fmj.Core.Gear;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Gear;

/// <summary>
/// The exact command text each dialect sends, as router and as switch, for Adatum on the dev cluster. The files
/// under Golden/ are what a reviewer reads; regenerate them with FMJ_UPDATE_GOLDEN=1 after an intended change.
/// </summary>
public class DeviceDialectGoldenTests
{
    public static TheoryData<string, DeviceRole> Cases() => new()
    {
        { "ios", DeviceRole.Router },
        { "ios", DeviceRole.Switch },
        { "vyos", DeviceRole.Router },
        { "vyos", DeviceRole.Switch },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Commands_Adatum_MatchTheGoldenFile(string dialect, DeviceRole role)
    {
        var plan = UplinkPlanner.Plan(GearFixtures.Gear(dialect, dialect), "adatum", GearFixtures.AdatumNetwork())!;
        var device = plan.Devices.Single(d => d.Role == role);

        var text = new StringBuilder()
            .Append($"# {dialect} {role.ToString().ToLowerInvariant()} {device.Device}, tenant adatum\n")
            .Append($"# triggers: {string.Join(" ", device.Triggers)}\n")
            .Append("# --- create\n").Append(device.Create).Append('\n')
            .Append("# --- update\n").Append(device.Update).Append('\n')
            .Append("# --- delete\n").Append(device.Delete).Append('\n')
            .ToString();

        GoldenFile.AssertMatches($"{dialect}-{role.ToString().ToLowerInvariant()}.txt", text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Update_IsTheIdempotentCreate_AndDeleteNamesOnlyTheTenantsTags(string dialect, DeviceRole role)
    {
        var plan = UplinkPlanner.Plan(GearFixtures.Gear(dialect, dialect), "adatum", GearFixtures.AdatumNetwork())!;
        var device = plan.Devices.Single(d => d.Role == role);

        Assert.Equal(device.Create, device.Update);
        var numbers = System.Text.RegularExpressions.Regex.Matches(device.Delete, "\\b[0-9]{4}\\b").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["2011", "3011"], numbers);
    }

    [Fact]
    public void Plan_SdnMode_HasNoDeviceCommands() =>
        Assert.Null(UplinkPlanner.Plan(NetworkGear.Sdn, "adatum", GearFixtures.AdatumNetwork()));

    [Fact]
    public void Plan_Uplink_RouterFirstThenSwitchesWithTheirSecretNames()
    {
        var gear = new NetworkGear(NetworkMode.Uplink, GearFixtures.Router("vyos"), [GearFixtures.Switch("ios"), GearFixtures.Switch("vyos")]);

        var plan = UplinkPlanner.Plan(gear, "adatum", GearFixtures.AdatumNetwork())!;

        Assert.Equal(["edge-vyos", "core-ios", "core-vyos"], plan.Devices.Select(d => d.Device));
        Assert.Equal([DeviceRole.Router, DeviceRole.Switch, DeviceRole.Switch], plan.Devices.Select(d => d.Role));
        Assert.All(plan.Devices, d => Assert.Equal(($"devicePassword-{d.Device}", $"deviceKey-{d.Device}"), (d.PasswordSecret, d.PrivateKeySecret)));
        Assert.Equal(["dialect=vyos", "interface=eth1", "vlan=2011", "vlan=3011"], plan.Devices[0].Triggers);
        Assert.Equal(["dialect=vyos", "bridge=br0", "trunk=router:bond0", "trunk=pve1:eth2", "trunk=pve2:eth3", "trunk=pve3:eth4", "vlan=2011", "vlan=3011"], plan.Devices[2].Triggers);
    }
}
