using Fmj.Billing.Invoicing;

namespace Fmj.Billing.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("6480", "0.0040", "25.92")]
    [InlineData("0.125", "1", "0.13")] // half away from zero, not to even (which would give 0.12)
    [InlineData("0.135", "1", "0.14")]
    [InlineData("0.145", "1", "0.15")]
    [InlineData("0.004999", "1", "0.00")]
    [InlineData("1.666667", "0.0300", "0.05")]
    [InlineData("0", "0.0100", "0.00")]
    [InlineData("123456.789012", "0.0020", "246.91")]
    public void Amount_QuantityAndRate_RoundsOnceToTheCent(string quantity, string rate, string expected) =>
        Assert.Equal(D(expected), Money.Amount(D(quantity), D(rate)));

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
