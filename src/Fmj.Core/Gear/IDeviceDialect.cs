namespace Fmj.Core.Gear;

/// <summary>
/// One device command language. A dialect turns what one tenant needs on one device into three command texts:
/// an idempotent create, the update (the same ensure, safe to re-run), and a delete that removes only what the
/// create added and tolerates it being gone already. Every value is checked again here and quoted the way the
/// dialect needs; a value the checks should have refused throws instead of reaching a command line.
/// </summary>
public interface IDeviceDialect
{
    /// <summary>The name the stack file uses in <c>dialect:</c>.</summary>
    string Name { get; }

    /// <summary>Whether <paramref name="value"/> is a port, bond or parent interface this dialect can name.</summary>
    bool IsInterface(string value);

    string InterfaceRule { get; }

    /// <summary>The bridge a switch of this dialect carries VLANs on, when it has one (VyOS); null otherwise.</summary>
    string? DefaultBridge { get; }

    bool IsBridge(string value);

    /// <summary>The tenant's sub-interfaces on a router.</summary>
    DeviceCommands Router(RouterChange change);

    /// <summary>The tenant's VLANs on a switch, allowed on its trunks.</summary>
    DeviceCommands Switch(SwitchChange change);
}

/// <summary>The command texts for one tenant on one device.</summary>
public sealed record DeviceCommands(string Create, string Update, string Delete);

/// <summary>One 802.1Q sub-interface: the VLAN tag, a description, and the gateway address with the subnet's prefix length.</summary>
public sealed record SubInterface(int Tag, string Description, string Gateway, int PrefixLength);

public sealed record RouterChange(string ParentInterface, IReadOnlyList<SubInterface> SubInterfaces);

public sealed record SwitchVlan(int Tag, string Name);

/// <param name="Bridge">The VLAN-aware bridge (VyOS), or null.</param>
/// <param name="Vlans">The tenant's VLANs.</param>
/// <param name="Trunks">The trunk to the router first, then one per cluster node.</param>
public sealed record SwitchChange(string? Bridge, IReadOnlyList<SwitchVlan> Vlans, IReadOnlyList<string> Trunks);
