using Fmj.Billing.Invoicing;

namespace Fmj.Billing.Tests;

public class BillingMonthTests
{
    [Theory]
    [InlineData("2026-11", 2026, 11, 30)]
    [InlineData("2026-12", 2026, 12, 31)]
    [InlineData("2028-02", 2028, 2, 29)]
    [InlineData("2027-02", 2027, 2, 28)]
    public void Parse_YearMonth_IsThatUtcMonth(string text, int year, int month, int days)
    {
        var parsed = BillingMonth.Parse(text)!.Value;

        Assert.Equal((year, month), (parsed.Year, parsed.Month));
        Assert.Equal(days * 86_400L, parsed.Seconds);
        Assert.Equal(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), parsed.From);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-1")]
    [InlineData("11-2026")]
    [InlineData("2026-11-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotYearMonth_IsNull(string? text) => Assert.Null(BillingMonth.Parse(text));
}
