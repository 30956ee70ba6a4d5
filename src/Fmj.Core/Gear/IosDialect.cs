namespace Fmj.Core.Gear;

/// <summary>
/// Cisco IOS and IOS-XE style CLI, as the text of one SSH exec request: <c>configure terminal</c>, the
/// configuration lines, <c>end</c>, <c>write memory</c>. IOS has no quoting, so every value must be a plain token:
/// <see cref="CommandValues"/> refuses anything else. Re-applying the same lines is harmless (IOS sets, never
/// appends, and <c>allowed vlan add</c> of an allowed VLAN changes nothing); the delete removes the tenant's
/// sub-interfaces, or its VLANs from the trunks and the VLAN database, and nothing else.
/// </summary>
public sealed class IosDialect : IDeviceDialect
{
    public static IosDialect Instance { get; } = new();

    private IosDialect()
    {
    }

    public string Name => "ios";

    public string InterfaceRule => DeviceRules.IosInterfaceRule;

    public string? DefaultBridge => null;

    public bool IsInterface(string value) => DeviceRules.IsIosInterface(value);

    public bool IsBridge(string value) => false;

    public DeviceCommands Router(RouterChange change)
    {
        var parent = CommandValues.Interface(this, change.ParentInterface);
        var ensure = new List<string> { "configure terminal" };
        var remove = new List<string> { "configure terminal" };
        foreach (var sub in change.SubInterfaces)
        {
            var tag = CommandValues.Tag(sub.Tag);
            ensure.Add($"interface {parent}.{tag}");
            ensure.Add($" description {CommandValues.Label(sub.Description)}");
            ensure.Add($" encapsulation dot1Q {tag}");
            ensure.Add($" ip address {CommandValues.Address(sub.Gateway)} {CommandValues.Netmask(sub.PrefixLength)}");
            ensure.Add(" no shutdown");
            ensure.Add(" exit");
            remove.Add($"no interface {parent}.{tag}");
        }

        return Commands(ensure, remove);
    }

    public DeviceCommands Switch(SwitchChange change)
    {
        var tags = string.Join(",", change.Vlans.Select(v => CommandValues.Tag(v.Tag)));
        var trunks = change.Trunks.Select(t => CommandValues.Interface(this, t)).ToList();
        var ensure = new List<string> { "configure terminal" };
        var remove = new List<string> { "configure terminal" };
        foreach (var vlan in change.Vlans)
        {
            ensure.Add($"vlan {CommandValues.Tag(vlan.Tag)}");
            ensure.Add($" name {CommandValues.Label(vlan.Name)}");
            ensure.Add(" exit");
        }

        foreach (var trunk in trunks)
        {
            ensure.Add($"interface {trunk}");
            ensure.Add($" switchport trunk allowed vlan add {tags}");
            ensure.Add(" exit");
            remove.Add($"interface {trunk}");
            remove.Add($" switchport trunk allowed vlan remove {tags}");
            remove.Add(" exit");
        }

        remove.AddRange(change.Vlans.Select(v => $"no vlan {CommandValues.Tag(v.Tag)}"));
        return Commands(ensure, remove);
    }

    private static DeviceCommands Commands(List<string> ensure, List<string> remove)
    {
        string Text(List<string> lines) => string.Join("\n", [.. lines, "end", "write memory"]);
        var create = Text(ensure);
        return new DeviceCommands(create, create, Text(remove));
    }
}
