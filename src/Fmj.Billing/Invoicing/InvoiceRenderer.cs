using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fmj.Billing.Invoicing;

/// <summary>An invoice as Markdown (to read or paste), CSV (one row per priced line, for a spreadsheet) or JSON (for programs).</summary>
public static class InvoiceRenderer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static InvoiceFormat? ParseFormat(string? text) => text switch
    {
        "md" or "markdown" => InvoiceFormat.Markdown,
        "csv" => InvoiceFormat.Csv,
        "json" => InvoiceFormat.Json,
        _ => null,
    };

    public static string Render(Invoice invoice, InvoiceFormat format) => format switch
    {
        InvoiceFormat.Csv => Csv(invoice),
        InvoiceFormat.Json => JsonSerializer.Serialize(invoice, Json) + "\n",
        _ => Markdown(invoice),
    };

    public static string Markdown(Invoice invoice)
    {
        var text = new StringBuilder();
        var currency = invoice.Currency;
        Line(text, $"# Invoices {invoice.Month}, cluster {invoice.Cluster}");
        Line(text);
        Line(text, $"Catalogue {invoice.CatalogueVersion}; amounts in {currency}. Usage: vCPU and RAM at their allocation while a guest runs, storage at its size all month, traffic in and out. Each amount is quantity × rate rounded half away from zero to the cent; totals add the rounded amounts.");
        foreach (var tenant in invoice.Tenants)
        {
            Line(text);
            Line(text, $"## {tenant.Tenant}: {tenant.DisplayName}");
            Line(text);
            Line(text, $"Package {tenant.Package}: {Amount(tenant.FixedPrice)} {currency} a month, fixed. The same month on usage, {tenant.Guests} guest(s), {tenant.Samples} sample(s):");
            Line(text);
            Line(text, "| Item | Quantity | Unit | Rate | Amount | Used |");
            Line(text, "| --- | ---: | --- | ---: | ---: | ---: |");
            foreach (var line in tenant.Usage)
            {
                Line(text, $"| {line.Item} | {Quantity(line.Quantity)} | {line.Unit} | {Rate(line.Rate)} | {Amount(line.Amount)} | {(line.Used is { } used ? Quantity(used) : "")} |");
            }

            Line(text, $"| **Usage total** | | | | **{Amount(tenant.UsageTotal)}** | |");
            Line(text);
            Line(text, $"Fixed {Amount(tenant.FixedPrice)}, usage {Amount(tenant.UsageTotal)}: {Verdict(tenant.Difference, currency)}.");
        }

        Line(text);
        Line(text, "## Side by side");
        Line(text);
        Line(text, $"| Tenant | Package | Fixed ({currency}) | Usage ({currency}) | Usage − fixed |");
        Line(text, "| --- | --- | ---: | ---: | ---: |");
        foreach (var tenant in invoice.Tenants)
        {
            Line(text, $"| {tenant.Tenant} | {tenant.Package} | {Amount(tenant.FixedPrice)} | {Amount(tenant.UsageTotal)} | {Signed(tenant.Difference)} |");
        }

        Line(text, $"| **Total** | | **{Amount(invoice.FixedTotal)}** | **{Amount(invoice.UsageTotal)}** | **{Signed(invoice.Difference)}** |");
        if (invoice.Unbilled.Count > 0)
        {
            Line(text);
            Line(text, "## Not billed");
            Line(text);
            Line(text, "| Pool | Why | Guests | vCPU-hours | RAM GB-hours | Storage GB-months | Traffic GB |");
            Line(text, "| --- | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var unbilled in invoice.Unbilled)
            {
                var q = unbilled.Quantities;
                Line(text, $"| {(unbilled.Pool.Length == 0 ? "(none)" : unbilled.Pool)} | {unbilled.Reason} | {unbilled.Guests} | {Quantity(q.VcpuHours)} | {Quantity(q.MemoryGbHours)} | {Quantity(q.StorageGbMonths)} | {Quantity(q.TrafficGb)} |");
            }
        }

        return text.ToString();
    }

    public static string Csv(Invoice invoice)
    {
        var text = new StringBuilder();
        Line(text, "month,cluster,tenant,package,fixed_price,item,unit,quantity,rate,amount,used,currency");
        foreach (var tenant in invoice.Tenants)
        {
            foreach (var line in tenant.Usage)
            {
                Line(text, string.Join(',', [
                    invoice.Month, Field(invoice.Cluster), Field(tenant.Tenant), Field(tenant.Package), Amount(tenant.FixedPrice),
                    line.Item, line.Unit, Quantity(line.Quantity), Rate(line.Rate), Amount(line.Amount),
                    line.Used is { } used ? Quantity(used) : "", invoice.Currency]));
            }
        }

        return text.ToString();
    }

    private static string Verdict(decimal difference, string currency) => difference switch
    {
        > 0 => $"usage-based billing would charge {Amount(difference)} {currency} more",
        < 0 => $"usage-based billing would charge {Amount(-difference)} {currency} less",
        _ => "the same either way",
    };

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Quantity(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Rate(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
