namespace Fmj.Core.Gear;

/// <summary>How tenant VLANs reach the world: Proxmox SDN alone, or SDN plus a router and switches FMJ configures over SSH.</summary>
public enum NetworkMode
{
    /// <summary>Proxmox SDN does everything; no network device is touched.</summary>
    Sdn,

    /// <summary>Each tenant gets a router sub-interface per subnet and its VLANs on the switches' trunks.</summary>
    Uplink,
}

/// <summary>The cluster's network gear, from the stack file's <c>fmj:network</c>.</summary>
public sealed record NetworkGear(NetworkMode Mode, RouterSpec? Router, IReadOnlyList<SwitchSpec> Switches)
{
    /// <summary>The default when the stack file has no <c>fmj:network</c>.</summary>
    public static NetworkGear Sdn { get; } = new(NetworkMode.Sdn, null, []);

    /// <summary>The devices in the order their commands are planned: the router, then the switches in file order.</summary>
    public IEnumerable<DeviceConnection> Devices => Router is null ? Switches.Select(s => s.Device) : [Router.Device, .. Switches.Select(s => s.Device)];
}

/// <summary>How Pulumi reaches one device over SSH. Credentials are never here: they are Pulumi secrets named after <see cref="Name"/>.</summary>
public sealed record DeviceConnection(string Name, string Dialect, string Host, int Port, string User, string? HostKey);

/// <summary>The router: one 802.1Q sub-interface per tenant subnet, on <see cref="ParentInterface"/>.</summary>
public sealed record RouterSpec(DeviceConnection Device, string ParentInterface);

/// <summary>
/// A switch between the router and the nodes: tenant VLANs allowed on <see cref="RouterTrunk"/> and on every
/// node's trunk. <see cref="Bridge"/> is the VLAN-aware bridge for dialects that switch through one (VyOS).
/// </summary>
public sealed record SwitchSpec(DeviceConnection Device, string? Bridge, string RouterTrunk, IReadOnlyList<NodeTrunk> NodeTrunks);

/// <summary>The switch port that carries the tenants' VLANs to one cluster node.</summary>
public sealed record NodeTrunk(string Node, string Port);
