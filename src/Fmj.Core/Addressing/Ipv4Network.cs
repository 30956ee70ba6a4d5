using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Fmj.Core.Addressing;

/// <summary>
/// An IPv4 network in CIDR form. Parsing is done by <see cref="IPNetwork"/>; what FMJ adds is the arithmetic the
/// plan needs (the n-th subnet of a pool, the n-th host of a subnet) on the address as a 32-bit number.
/// </summary>
public readonly record struct Ipv4Network(uint Address, int PrefixLength)
{
    public uint Size => PrefixLength == 0 ? uint.MaxValue : 1u << (32 - PrefixLength);

    public uint Last => Address + (Size - 1);

    /// <summary>Usable host addresses: all but the network and broadcast addresses.</summary>
    public uint HostCount => PrefixLength >= 31 ? 0 : Size - 2;

    /// <summary>Parses <c>a.b.c.d/n</c>; the address must be the network's first address (no host bits set).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Ipv4Network? network, out string? problem)
    {
        network = null;
        if (!IPNetwork.TryParse(text, out var parsed))
        {
            problem = IPAddress.TryParse(text, out _) ? "it has no prefix length (write it as address/prefix, e.g. 10.1.2.0/24)" : "it is not an address/prefix such as 10.1.2.0/24";
            return false;
        }

        if (parsed.BaseAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            problem = "only IPv4 subnets are supported";
            return false;
        }

        // IPNetwork.TryParse refuses host bits already; keep the text canonical as well.
        var candidate = new Ipv4Network(ToUInt32(parsed.BaseAddress), parsed.PrefixLength);
        if (!string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
        {
            problem = $"write it in canonical form: {candidate}";
            return false;
        }

        network = candidate;
        problem = null;
        return true;
    }

    public static Ipv4Network Parse(string text) =>
        TryParse(text, out var network, out var problem) ? network.Value : throw new FormatException($"'{text}' is not an IPv4 network: {problem}.");

    public static bool TryParseAddress(string text, out uint address)
    {
        address = 0;
        if (!IPAddress.TryParse(text, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork || ip.ToString() != text)
        {
            return false;
        }

        address = ToUInt32(ip);
        return true;
    }

    public bool Contains(uint address) => address >= Address && address <= Last;

    public bool Contains(Ipv4Network other) => other.Address >= Address && other.Last <= Last;

    public bool Overlaps(Ipv4Network other) => Address <= other.Last && other.Address <= Last;

    /// <summary>The number of subnets of <paramref name="prefixLength"/> this network splits into.</summary>
    public long SubnetCount(int prefixLength) => prefixLength < PrefixLength ? 0 : 1L << (prefixLength - PrefixLength);

    /// <summary>The <paramref name="index"/>-th subnet of <paramref name="prefixLength"/> inside this network.</summary>
    public Ipv4Network Subnet(long index, int prefixLength)
    {
        if (index < 0 || index >= SubnetCount(prefixLength))
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} has no subnet /{prefixLength} number {index}.");
        }

        var size = prefixLength == 0 ? 0L : 1L << (32 - prefixLength);
        return new Ipv4Network((uint)(Address + (index * size)), prefixLength);
    }

    /// <summary>The address <paramref name="offset"/> hosts into the network, or null when it is not a usable host.</summary>
    public uint? Host(int offset) => offset >= 1 && offset <= HostCount ? Address + (uint)offset : null;

    /// <summary>Dotted-quad text, as <see cref="IPAddress"/> writes it, without building an IPAddress per address.</summary>
    public static string FormatAddress(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");

    public override string ToString() => $"{FormatAddress(Address)}/{PrefixLength}";

    private static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }
}
