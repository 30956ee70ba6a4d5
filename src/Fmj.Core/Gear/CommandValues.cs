using System.Globalization;
using Fmj.Core.Addressing;

namespace Fmj.Core.Gear;

/// <summary>
/// The last line of defence before a value reaches a device: the checks refuse bad stack and tenant files with
/// findings, so nothing here should ever throw; if it does, a check is missing and no command text is built.
/// </summary>
internal static class CommandValues
{
    public static string Tag(int tag) =>
        tag is >= 2 and <= 4094 ? tag.ToString(CultureInfo.InvariantCulture) : throw Refused("VLAN tag", tag.ToString(CultureInfo.InvariantCulture));

    public static string Label(string value) => DeviceRules.IsLabel(value) ? value : throw Refused("label", value);

    public static string Address(string value) => Ipv4Network.TryParseAddress(value, out _) ? value : throw Refused("IPv4 address", value);

    public static int PrefixLength(int value) => value is >= 8 and <= 30 ? value : throw Refused("prefix length", value.ToString(CultureInfo.InvariantCulture));

    public static string Interface(IDeviceDialect dialect, string value) =>
        dialect.IsInterface(value) ? value : throw Refused($"{dialect.Name} interface", value);

    public static string Bridge(IDeviceDialect dialect, string? value) =>
        value is not null && dialect.IsBridge(value) ? value : throw Refused($"{dialect.Name} bridge", value ?? "(none)");

    /// <summary>The dotted netmask of a prefix length, for dialects that want one (IOS).</summary>
    public static string Netmask(int prefixLength) => Ipv4Network.FormatAddress(uint.MaxValue << (32 - PrefixLength(prefixLength)));

    private static ArgumentException Refused(string what, string value) =>
        new($"FMJ refuses to put the {what} '{value.ReplaceLineEndings("\\n")}' on a device command line; the checks should have refused it.");
}
