using Fmj.Core.Planning;

namespace Fmj.Core.Gear;

/// <summary>
/// VyOS 1.4+ configuration commands, run as a script by the device's vbash: the SSH exec request starts
/// <c>vbash -s</c> in the <c>vyattacfg</c> group and feeds it the script as a quoted here-document, so the outer
/// shell expands nothing. Inside, every value is single-quoted for the shell (<see cref="ShellQuote"/>), every
/// change fails the script on error, and <c>commit</c> and <c>save</c> make it stick. The ensure deletes a
/// sub-interface's old addresses before setting the planned one (VyOS addresses are a list); the delete checks
/// with <c>cli-shell-api exists</c> first, so a node already gone is not an error.
/// </summary>
public sealed class VyosDialect : IDeviceDialect
{
    public const string Heredoc = "FMJ_VYOS";

    public static VyosDialect Instance { get; } = new();

    private VyosDialect()
    {
    }

    public string Name => "vyos";

    public string InterfaceRule => DeviceRules.VyosInterfaceRule;

    public string? DefaultBridge => "br0";

    public bool IsInterface(string value) => DeviceRules.IsVyosInterface(value);

    public bool IsBridge(string value) => DeviceRules.IsVyosBridge(value);

    public DeviceCommands Router(RouterChange change)
    {
        var parent = CommandValues.Interface(this, change.ParentInterface);
        var kind = parent.StartsWith("bond", StringComparison.Ordinal) ? "bonding" : "ethernet";
        var ensure = new List<string>();
        var remove = new List<string>();
        foreach (var sub in change.SubInterfaces)
        {
            var vif = $"interfaces {kind} {Q(parent)} vif {Q(CommandValues.Tag(sub.Tag))}";
            var address = $"{CommandValues.Address(sub.Gateway)}/{CommandValues.PrefixLength(sub.PrefixLength)}";
            ensure.Add(IfExists($"{vif} address", $"delete {vif} address"));
            ensure.Add(Must($"set {vif} description {Q(CommandValues.Label(sub.Description))}"));
            ensure.Add(Must($"set {vif} address {Q(address)}"));
            remove.Add(IfExists(vif, $"delete {vif}"));
        }

        return Commands(ensure, remove);
    }

    public DeviceCommands Switch(SwitchChange change)
    {
        var bridge = Q(CommandValues.Bridge(this, change.Bridge));
        var ensure = new List<string>();
        var remove = new List<string>();
        foreach (var trunk in change.Trunks.Select(t => CommandValues.Interface(this, t)))
        {
            foreach (var vlan in change.Vlans)
            {
                var path = $"interfaces bridge {bridge} member interface {Q(trunk)} allowed-vlan {Q(CommandValues.Tag(vlan.Tag))}";
                ensure.Add(Must($"set {path}"));
                remove.Add(IfExists(path, $"delete {path}"));
            }
        }

        return Commands(ensure, remove);
    }

    private static string Q(string value) => ShellQuote.Quote(value);

    private static string Must(string command) => $"{command} || builtin exit 1";

    private static string IfExists(string path, string command) => $"if cli-shell-api exists {path}; then {Must(command)}; fi";

    private static DeviceCommands Commands(List<string> ensure, List<string> remove)
    {
        static string Script(List<string> lines) => string.Join("\n",
        [
            $"sg vyattacfg -c 'vbash -s' <<'{Heredoc}'",
            "source /opt/vyatta/etc/functions/script-template",
            "configure",
            .. lines,
            Must("commit"),
            Must("save"),
            "exit",
            Heredoc,
        ]);
        var create = Script(ensure);
        return new DeviceCommands(create, create, Script(remove));
    }
}
