using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Gear;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Gear;

/// <summary>
/// Hostile names never reach a device. The checks refuse them with findings and planning returns null; the
/// command builders throw on anything the checks should have refused, so a plan that came back null without an
/// exception proves no command text was built.
/// </summary>
public class DeviceCommandInjectionTests
{
    public static TheoryData<string, string, string, string> HostileTenants() => new()
    {
        // file name (= tenant name, so the loader accepts it), text to find in adatum.yaml, replacement, expected code
        { "adatum;reload", "name: adatum\n", "name: \"adatum;reload\"\n", "FMJ110" },
        { "adatum\nend\nreload", "name: adatum\n", "name: \"adatum\\nend\\nreload\"\n", "FMJ110" },
        { "a$(reboot)", "name: adatum\n", "name: \"a$(reboot)\"\n", "FMJ110" },
        { "adatum' || reboot #", "name: adatum\n", "name: \"adatum' || reboot #\"\n", "FMJ110" },
        { "adatum", "name: app01\n", "name: \"app01\\nend\\nreload\"\n", "FMJ110" },
        { "adatum", "name: app01\n", "name: \"app01;reboot\"\n", "FMJ110" },
        { "adatum", "domain: corp.adatum.com\n", "domain: \"corp.adatum.com\\nwrite erase\"\n", "FMJ111" },
        { "adatum", "domain: corp.adatum.com\n", "domain: \"corp.adatum.com;reload\"\n", "FMJ111" },
        { "adatum", "display_name: Adatum Corporation\n", "display_name: \"Adatum'; reload\"\n", "FMJ113" },
    };

    [Theory]
    [MemberData(nameof(HostileTenants))]
    public void PlanTenant_HostileName_RefusedBeforeAnyCommandTextIsBuilt(string fileName, string find, string replace, string code)
    {
        var text = Demo.TenantText("adatum");
        Assert.Contains(find, text, StringComparison.Ordinal);
        var (document, loadFindings) = Demo.Load(fileName, text.Replace(find, replace, StringComparison.Ordinal));
        Assert.Empty(loadFindings);
        var cluster = Demo.Cluster();
        Assert.Equal(NetworkMode.Uplink, cluster.Spec.Network.Mode);
        var findings = new FindingList();

        // UplinkPlanner throws on a hostile tenant name: returning null here means it was never reached.
        var plan = FleetPlanner.PlanTenant(cluster.Spec, PackageCatalogue.Default, document!, findings);

        Assert.Null(plan);
        Assert.Contains(findings.Items, f => f.Code.Id == code);
    }

    [Theory]
    [InlineData("adatum;reload")]
    [InlineData("adatum\nend")]
    [InlineData("Adatum")]
    [InlineData("a'b")]
    public void UplinkPlanner_HostileTenantName_ThrowsInsteadOfBuildingCommands(string tenant)
    {
        var error = Assert.Throws<ArgumentException>(() => UplinkPlanner.Plan(GearFixtures.Gear("ios", "vyos"), tenant, GearFixtures.AdatumNetwork()));
        Assert.Contains("the checks should have refused it", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    public static TheoryData<string, string> HostileInterfaces() => new()
    {
        { "ios", "Gi0/0\nend\nreload" },
        { "ios", "Gi0/0 ; reload" },
        { "ios", "Gi0/0.10" },
        { "vyos", "eth1'; reboot; '" },
        { "vyos", "eth1\nFMJ_VYOS\nreboot" },
        { "vyos", "br0" },
    };

    [Theory]
    [MemberData(nameof(HostileInterfaces))]
    public void Dialect_HostileInterface_Throws(string dialect, string name)
    {
        var device = DeviceDialects.Get(dialect);
        SubInterface[] subs = [new(2011, "fmj-adatum-public", "198.18.1.97", 27)];

        Assert.Throws<ArgumentException>(() => device.Router(new RouterChange(name, subs)));
        Assert.Throws<ArgumentException>(() => device.Switch(new SwitchChange(device.DefaultBridge, [new(2011, "fmj-adatum-public")], ["eth1", name])));
    }

    [Theory]
    [InlineData("ios", 1, "fmj-adatum-public", "198.18.1.97")]
    [InlineData("ios", 4095, "fmj-adatum-public", "198.18.1.97")]
    [InlineData("ios", 2011, "fmj adatum", "198.18.1.97")]
    [InlineData("vyos", 2011, "fmj-adatum-'public'", "198.18.1.97")]
    [InlineData("vyos", 2011, "fmj-adatum-public", "198.18.1.97; reboot")]
    public void Dialect_HostileValue_Throws(string dialect, int tag, string label, string gateway)
    {
        var device = DeviceDialects.Get(dialect);
        var parent = dialect == "ios" ? "GigabitEthernet0/0" : "eth1";

        Assert.Throws<ArgumentException>(() => device.Router(new RouterChange(parent, [new(tag, label, gateway, 27)])));
    }

    [Fact]
    public void VyosSwitch_WithoutABridge_Throws() =>
        Assert.Throws<ArgumentException>(() => VyosDialect.Instance.Switch(new SwitchChange(null, [new(2011, "fmj-adatum-public")], ["eth1"])));

    [Fact]
    public void Plan_DemoTenants_EveryDeviceCommandUsesOnlyCheckedCharacters()
    {
        var (result, findings) = Demo.Plan(Demo.AllTenants());
        Assert.Empty(findings);

        foreach (var device in result.Plan!.Tenants.SelectMany(t => t.Uplink!.Devices))
        {
            foreach (var text in new[] { device.Create, device.Update, device.Delete })
            {
                // IOS text is plain tokens; VyOS text adds shell quoting and its fixed script frame.
                var allowed = device.Dialect == "ios" ? "^[A-Za-z0-9 ,./\\n-]*$" : "^[A-Za-z0-9 ,./_'<|;\\n-]*$";
                Assert.Matches(allowed, text);
            }
        }
    }
}
