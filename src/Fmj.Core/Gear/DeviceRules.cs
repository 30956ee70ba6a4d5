using System.Text.RegularExpressions;
using Fmj.Core.Addressing;
using Fmj.Core.Checks;

namespace Fmj.Core.Gear;

/// <summary>
/// What the values of <c>fmj:network</c> may look like. Interface names, labels and tags end up on a device's
/// command line, so the patterns allow no space, quote, '$', ';', '`', '\', '?', '!' or newline.
/// </summary>
public static partial class DeviceRules
{
    public static bool IsDeviceName(string value) => value.Length <= 32 && NameRules.IsDnsLabel(value);

    public const string DeviceNameRule = "1 to 32 characters: lowercase letters, digits and '-', not starting or ending with '-'";

    public static bool IsHost(string value) => Ipv4Network.TryParseAddress(value, out _) || NameRules.IsHostName(value);

    public const string HostRule = "an IPv4 address or a DNS name, such as 10.10.0.1 or edge1.fmj.example";

    public static bool IsUser(string value) => User().IsMatch(value);

    public const string UserRule = "1 to 32 characters: letters, digits, '_', '.' and '-', starting with a letter, digit or '_'";

    /// <summary>A pinned SSH host key in authorized_keys format (key type and base64 key, no comment).</summary>
    public static bool IsHostKey(string value) => value.Length <= 2048 && HostKey().IsMatch(value);

    public const string HostKeyRule = "the device's public host key as one authorized_keys line without comment, such as 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA...' (ssh-keyscan prints it)";

    /// <summary>A description or VLAN name FMJ writes on a device: fmj-&lt;tenant&gt;-public and the like.</summary>
    public static bool IsLabel(string value) => Label().IsMatch(value);

    /// <summary>An IOS interface such as GigabitEthernet0/0, TenGigabitEthernet1/0/1, Te1/0/1 or Port-channel10.</summary>
    public static bool IsIosInterface(string value) => IosInterface().IsMatch(value);

    public const string IosInterfaceRule = "an IOS interface name without a sub-interface number: a type of letters and '-' then slot/port numbers, such as GigabitEthernet0/0, TenGigabitEthernet1/0/1 or Port-channel10";

    /// <summary>A VyOS ethernet or bonding interface such as eth1 or bond0.</summary>
    public static bool IsVyosInterface(string value) => VyosInterface().IsMatch(value);

    public const string VyosInterfaceRule = "a VyOS ethernet or bonding interface without a vif, such as eth1 or bond0";

    public static bool IsVyosBridge(string value) => VyosBridge().IsMatch(value);

    public const string VyosBridgeRule = "a VyOS bridge interface such as br0";

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex User();

    [GeneratedRegex("^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521) AAAA[A-Za-z0-9+/]+={0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostKey();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,30}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^[A-Za-z][A-Za-z-]{0,30}[0-9]{1,4}(/[0-9]{1,4}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IosInterface();

    [GeneratedRegex("^(eth|bond)[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex VyosInterface();

    [GeneratedRegex("^br[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex VyosBridge();
}
