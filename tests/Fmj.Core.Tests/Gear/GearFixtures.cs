using Fmj.Core.Gear;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Gear;

/// <summary>Network gear in each dialect, on the dev cluster's three nodes, and a tenant network to plan against.</summary>
public static class GearFixtures
{
    public static DeviceConnection Connection(string name, string dialect) =>
        new(name, dialect, $"{name}.fmj.example", 22, "fmj", null);

    public static RouterSpec Router(string dialect) => dialect == "ios"
        ? new RouterSpec(Connection("edge-ios", "ios"), "GigabitEthernet0/0")
        : new RouterSpec(Connection("edge-vyos", "vyos"), "eth1");

    public static SwitchSpec Switch(string dialect) => dialect == "ios"
        ? new SwitchSpec(Connection("core-ios", "ios"), null, "TenGigabitEthernet1/0/1",
            [new("pve1", "TenGigabitEthernet1/0/11"), new("pve2", "TenGigabitEthernet1/0/12"), new("pve3", "Port-channel13")])
        : new SwitchSpec(Connection("core-vyos", "vyos"), "br0", "bond0",
            [new("pve1", "eth2"), new("pve2", "eth3"), new("pve3", "eth4")]);

    public static NetworkGear Gear(string routerDialect, string switchDialect) =>
        new(NetworkMode.Uplink, Router(routerDialect), [Switch(switchDialect)]);

    /// <summary>Adatum's network on the dev stack: tags 2011 and 3011, 198.18.1.96/27 and 10.64.11.0/24.</summary>
    public static NetworkPlan AdatumNetwork()
    {
        var (result, findings) = Demo.Plan(Demo.Tenant("adatum"));
        Assert.Empty(findings);
        return result.Plan!.Tenants.Single().Network;
    }
}
