using System.Globalization;

namespace Fmj.Billing.Invoicing;

/// <summary>A calendar month in UTC, <c>yyyy-MM</c>. A sample belongs to the month its step starts in.</summary>
public readonly record struct BillingMonth(int Year, int Month)
{
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset End => Start.AddMonths(1);

    public long From => Start.ToUnixTimeSeconds();

    public long To => End.ToUnixTimeSeconds();

    public long Seconds => To - From;

    public static BillingMonth? Parse(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new BillingMonth(date.Year, date.Month)
            : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
