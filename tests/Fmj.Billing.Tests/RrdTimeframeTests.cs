using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Tests;

public class RrdTimeframeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "month")]
    [InlineData(0.0, "week")]
    [InlineData(1.0, "week")]
    [InlineData(6.9, "week")]
    [InlineData(6.96, "month")]
    [InlineData(7.0, "month")]
    [InlineData(45.0, "month")]
    public void For_WatermarkAge_ReachesBackToIt(double? daysAgo, string expected)
    {
        long? watermark = daysAgo is { } days ? Now.AddDays(-days).ToUnixTimeSeconds() : null;

        Assert.Equal(expected, RrdTimeframe.For(Now, watermark));
    }
}
