using Fmj.Core.Addressing;
using Fmj.Core.Checks;
using Fmj.Core.Planning;

namespace Fmj.Core.Gear;

/// <summary>
/// The commands one tenant needs on the cluster's network gear: on the router a sub-interface per subnet with
/// the gateway address, on each switch the tenant's VLANs, named after the tenant, allowed on the trunk to the
/// router and on every node's trunk. Null in SDN mode, where no device is touched.
/// </summary>
public static class UplinkPlanner
{
    public static UplinkPlan? Plan(NetworkGear gear, string tenant, NetworkPlan network)
    {
        if (gear.Mode == NetworkMode.Sdn)
        {
            return null;
        }

        // The checks refuse such a tenant long before this; reaching here with one is a bug, never a command.
        if (!NameRules.IsTenantName(tenant))
        {
            throw new ArgumentException($"FMJ refuses to build device commands for the tenant name '{tenant.ReplaceLineEndings("\\n")}'; the checks should have refused it.", nameof(tenant));
        }

        var vnets = new[] { (Role: "public", Vnet: network.Public), (Role: "private", Vnet: network.Private) };
        var tags = vnets.Select(v => $"vlan={v.Vnet.Tag}").ToList();
        var devices = new List<DeviceCommandPlan>();
        if (gear.Router is { } router)
        {
            var dialect = DeviceDialects.Get(router.Device.Dialect);
            var subInterfaces = vnets.Select(v => new SubInterface(v.Vnet.Tag, Label(tenant, v.Role), v.Vnet.Subnet.Gateway, Ipv4Network.Parse(v.Vnet.Subnet.Cidr).PrefixLength)).ToList();
            var commands = dialect.Router(new RouterChange(router.ParentInterface, subInterfaces));
            devices.Add(Device(router.Device, DeviceRole.Router, [$"dialect={dialect.Name}", $"interface={router.ParentInterface}", .. tags], commands));
        }

        foreach (var device in gear.Switches)
        {
            var dialect = DeviceDialects.Get(device.Device.Dialect);
            var vlans = vnets.Select(v => new SwitchVlan(v.Vnet.Tag, Label(tenant, v.Role))).ToList();
            var commands = dialect.Switch(new SwitchChange(device.Bridge, vlans, [device.RouterTrunk, .. device.NodeTrunks.Select(t => t.Port)]));
            List<string> triggers = [$"dialect={dialect.Name}"];
            if (device.Bridge is { } bridge)
            {
                triggers.Add($"bridge={bridge}");
            }

            triggers.Add($"trunk=router:{device.RouterTrunk}");
            triggers.AddRange(device.NodeTrunks.Select(t => $"trunk={t.Node}:{t.Port}"));
            devices.Add(Device(device.Device, DeviceRole.Switch, [.. triggers, .. tags], commands));
        }

        return new UplinkPlan(devices);
    }

    /// <summary>The description and VLAN name of a tenant's subnet on the devices: fmj-&lt;tenant&gt;-&lt;public|private&gt;.</summary>
    public static string Label(string tenant, string role) => $"fmj-{tenant}-{role}";

    /// <summary>The Pulumi config secret (under <c>fmj:</c>) holding a device's SSH password.</summary>
    public static string PasswordSecret(string device) => $"devicePassword-{device}";

    /// <summary>The Pulumi config secret (under <c>fmj:</c>) holding a device's SSH private key.</summary>
    public static string PrivateKeySecret(string device) => $"deviceKey-{device}";

    private static DeviceCommandPlan Device(DeviceConnection device, DeviceRole role, IReadOnlyList<string> triggers, DeviceCommands commands) => new()
    {
        Device = device.Name,
        Role = role,
        Dialect = device.Dialect,
        Host = device.Host,
        Port = device.Port,
        User = device.User,
        HostKey = device.HostKey,
        PasswordSecret = PasswordSecret(device.Name),
        PrivateKeySecret = PrivateKeySecret(device.Name),
        Triggers = triggers,
        Create = commands.Create,
        Update = commands.Update,
        Delete = commands.Delete,
    };
}
