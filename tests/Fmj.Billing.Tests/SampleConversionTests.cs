using Fmj.Billing.Metering;
using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Tests;

public class SampleConversionTests
{
    private const long T0 = 1_793_491_200; // 2026-11-01T00:00:00Z

    private static RrdRow Row(long time, double? netIn = 100, double? cpu = 0.5) =>
        new() { Time = time, MaxCpu = 2, Cpu = cpu, MaxMem = 4294967296, Mem = 2147483648, MaxDisk = 107374182400, NetIn = netIn, NetOut = 50 };

    [Fact]
    public void FromRrd_NoWatermark_KeepsEveryCompleteRowInTimeOrder()
    {
        var rows = new[] { Row(T0 + 3600), Row(T0), Row(T0 + 1800) };

        var samples = SampleConversion.FromRrd(101, rows, null, T0 + 5400);

        Assert.Equal([T0, T0 + 1800, T0 + 3600], samples.Select(s => s.Time));
        Assert.All(samples, s => Assert.Equal((101, 1800), (s.VmId, s.Seconds)));
    }

    [Theory]
    [InlineData(T0 + 5399, 2)] // the third step ends at T0 + 5400: not over yet
    [InlineData(T0 + 5400, 3)]
    [InlineData(T0 + 1799, 0)]
    public void FromRrd_StepNotOver_IsLeftForTheNextCollection(long now, int expected)
    {
        var rows = new[] { Row(T0), Row(T0 + 1800), Row(T0 + 3600) };

        Assert.Equal(expected, SampleConversion.FromRrd(101, rows, null, now).Count);
    }

    [Theory]
    [InlineData(T0, 3)]
    [InlineData(T0 + 1800, 2)]
    [InlineData(T0 + 1801, 1)]
    [InlineData(T0 + 5400, 0)]
    public void FromRrd_Watermark_KeepsOnlyRowsStartingAtOrAfterIt(long watermark, int expected)
    {
        var rows = new[] { Row(T0), Row(T0 + 1800), Row(T0 + 3600) };

        Assert.Equal(expected, SampleConversion.FromRrd(101, rows, watermark, T0 + 86_400).Count);
    }

    [Fact]
    public void FromRrd_RowBeforeTheGuestExisted_IsSkipped()
    {
        var rows = new[] { new RrdRow { Time = T0 }, Row(T0 + 1800) };

        var samples = SampleConversion.FromRrd(101, rows, null, T0 + 86_400);

        Assert.Equal([T0 + 1800], samples.Select(s => s.Time));
    }

    [Fact]
    public void FromRrd_NegativeRate_CountsAsNoTraffic()
    {
        var samples = SampleConversion.FromRrd(101, [Row(T0, netIn: -12_345.6), Row(T0 + 1800)], null, T0 + 86_400);

        Assert.Equal([0d, 100d], samples.Select(s => s.NetIn!.Value));
    }

    [Fact]
    public void FromRrd_UnknownValues_StayUnknown()
    {
        var samples = SampleConversion.FromRrd(101, [Row(T0, netIn: null, cpu: null), Row(T0 + 1800)], null, T0 + 86_400);

        Assert.Null(samples[0].NetIn);
        Assert.False(samples[0].Running);
        Assert.True(samples[1].Running);
    }

    [Theory]
    [InlineData(new long[] { }, 1800)]
    [InlineData(new long[] { 0 }, 1800)]
    [InlineData(new long[] { 0, 60, 120 }, 60)]
    [InlineData(new long[] { 0, 1800, 5400 }, 1800)]
    [InlineData(new long[] { 0, 43_200, 86_400 }, 43_200)]
    [InlineData(new long[] { 0, 0, 1800 }, 1800)]
    public void Step_RowTimes_IsTheSmallestGap(long[] offsets, int expected) =>
        Assert.Equal(expected, SampleConversion.Step([.. offsets.Select(o => new RrdRow { Time = T0 + o })]));
}
