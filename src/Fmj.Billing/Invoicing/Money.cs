namespace Fmj.Billing.Invoicing;

/// <summary>
/// The one place money is rounded: a line's amount, quantity × rate, to cents, half away from zero (commercial
/// rounding, what a customer checking with a calculator expects). Everything else adds rounded amounts, so totals
/// always equal the sum of the lines printed above them.
/// </summary>
public static class Money
{
    public const int Decimals = 2;

    public static decimal Amount(decimal quantity, decimal rate) => Math.Round(quantity * rate, Decimals, MidpointRounding.AwayFromZero);
}
