using Fmj.Billing.Metering;

namespace Fmj.Billing.Tests;

public class UsageAccumulatorTests
{
    private const double GiB = 1073741824;
    private const long Month30 = 30 * 86_400;

    /// <summary>seconds, maxcpu, cpu, maxmem GiB, mem GiB, maxdisk GiB, netin B/s, netout B/s → vCPU-h, GB-h, GB-months, traffic GB, used vCPU-h, used GB-h.</summary>
    public static TheoryData<int, double?, double?, double?, double?, double?, double?, double?, decimal[]> Steps => new()
    {
        // Running an hour: 2 vCPU at 25 %, 4 GiB with 1 used, 100 GiB disk, 1 MB/s in and out.
        { 3600, 2, 0.25, 4, 1, 100, 1_000_000, 1_000_000, [2m, 4m, 0.138889m, 7.2m, 0.5m, 1m] },
        // Stopped an hour: no CPU known, so no compute; the disk still counts; no traffic known.
        { 3600, 2, null, 4, null, 100, null, null, [0m, 0m, 0.138889m, 0m, 0m, 0m] },
        // A whole 30-day month of a 100 GiB disk is 100 GB-months.
        { (int)Month30, 1, 0, 1, 0, 100, 0, 0, [720m, 720m, 100m, 0m, 0m, 0m] },
        // Running at 0 % still pays its allocation.
        { 1800, 4, 0, 8, 0, 0, 0, 0, [2m, 4m, 0m, 0m, 0m, 0m] },
        // Only traffic known in: out unknown (a reset step) counts as nothing.
        { 1800, 1, 0.5, 1, 0.5, 0, 2_000_000, null, [0.5m, 0.5m, 0m, 3.6m, 0.25m, 0.25m] },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void Add_OneStep_IntegratesOverItsSeconds(int seconds, double? maxCpu, double? cpu, double? maxMemGb, double? memGb, double? maxDiskGb, double? netIn, double? netOut, decimal[] expected)
    {
        var accumulator = new UsageAccumulator();

        accumulator.Add(seconds, maxCpu, cpu, maxMemGb * GiB, memGb * GiB, maxDiskGb * GiB, netIn, netOut);

        var q = accumulator.ToQuantities(Month30);
        Assert.Equal(expected, new[] { q.VcpuHours, q.MemoryGbHours, q.StorageGbMonths, q.TrafficGb, q.UsedVcpuHours, q.UsedMemoryGbHours });
        Assert.Equal(1, accumulator.Samples);
    }

    [Fact]
    public void Add_ManySteps_SumsThem()
    {
        var accumulator = new UsageAccumulator();

        for (var i = 0; i < 48; i++)
        {
            accumulator.Add(1800, 3, 0.1, 2 * GiB, GiB, 50 * GiB, 10, 20);
        }

        var q = accumulator.ToQuantities(Month30);
        Assert.Equal((72m, 48m, 1.666667m, 0.002592m), (q.VcpuHours, q.MemoryGbHours, q.StorageGbMonths, q.TrafficGb));
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(1.0000004999, "1")]
    [InlineData(1.0000005001, "1.000001")]
    [InlineData(123456.789, "123456.789")]
    public void Quantity_Double_IsADecimalAtSixPlaces(double value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UsageAccumulator.Quantity(value));
}
