using System.Buffers.Binary;
using System.Net;
using CsCheck;
using Fmj.Core.Addressing;

namespace Fmj.Core.Tests.Addressing;

public class Ipv4NetworkTests
{
    [Theory]
    [InlineData(0u, "0.0.0.0")]
    [InlineData(0x0A400D01u, "10.64.13.1")]
    [InlineData(0xC61201A1u, "198.18.1.161")]
    [InlineData(uint.MaxValue, "255.255.255.255")]
    public void FormatAddress_WritesDottedQuad(uint address, string expected) =>
        Assert.Equal(expected, Ipv4Network.FormatAddress(address));

    [Fact]
    public void FormatAddress_AgreesWithIPAddress() =>
        Gen.UInt.Sample(address =>
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, address);
            Assert.Equal(new IPAddress(bytes).ToString(), Ipv4Network.FormatAddress(address));
        });
}
