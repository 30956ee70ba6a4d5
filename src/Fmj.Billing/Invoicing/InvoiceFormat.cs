namespace Fmj.Billing.Invoicing;

public enum InvoiceFormat
{
    Markdown,
    Csv,
    Json,
}
