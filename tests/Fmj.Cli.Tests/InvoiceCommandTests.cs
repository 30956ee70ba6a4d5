using System.Text.Json;

namespace Fmj.Cli.Tests;

/// <summary>`fmj usage generate` then `fmj invoice`, as processes, on a copy of the repository.</summary>
public class InvoiceCommandTests
{
    [Fact]
    public void Invoice_GeneratedDemoMonth_PrintsTheGoldenInvoice()
    {
        using var repository = new TempRepository();

        var generate = repository.Run("usage", "generate", "--month", "2026-11");
        var invoice = repository.Run("invoice", "--month", "2026-11");

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal($"fmj usage generate: 21600 new sample(s) for 2026-11, 15 guest(s) of 3 tenant(s), into {Path.Combine(".", ".fmj", "usage.dev.db")}.", generate.Stdout.Trim());
        Assert.True(File.Exists(repository.PathOf(".fmj", "usage.dev.db")));
        Assert.Equal(0, invoice.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(FmjProcess.RepositoryRoot, "tests", "Fmj.Billing.Tests", "Golden", "invoice-2026-11.md")), invoice.Stdout);
        Assert.Equal("", invoice.Stderr);
    }

    [Fact]
    public void Invoice_OneTenantAsJson_PrintsOnlyThatTenant()
    {
        using var repository = new TempRepository();
        repository.Run("usage", "generate", "--month", "2026-11");

        var result = repository.Run("invoice", "--month", "2026-11", "--tenant", "fabrikam", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var tenant = Assert.Single(json.RootElement.GetProperty("tenants").EnumerateArray());
        Assert.Equal(("fabrikam", "bronze", 10.00m), (tenant.GetProperty("tenant").GetString(), tenant.GetProperty("package").GetString(), tenant.GetProperty("fixedPrice").GetDecimal()));
        Assert.Equal(tenant.GetProperty("usage").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()), tenant.GetProperty("usageTotal").GetDecimal());
    }

    [Fact]
    public void Invoice_DatabaseOption_ReadsThatFile()
    {
        using var repository = new TempRepository();
        var database = repository.PathOf("elsewhere", "usage.db");
        repository.Run("usage", "generate", "--month", "2026-11", "--database", database);

        var fromOption = repository.Run("invoice", "--month", "2026-11", "--format", "csv", "--database", database);
        var fromEnvironment = repository.Run(new Dictionary<string, string> { ["FMJ_USAGE__DATABASE"] = database }, "invoice", "--month", "2026-11", "--format", "csv");

        Assert.Equal(0, fromOption.ExitCode);
        Assert.Equal(13, Output.Lines(fromOption.Stdout).Count(l => l.Length > 0));
        Assert.Equal(fromOption.Stdout, fromEnvironment.Stdout);
    }

    [Theory]
    [InlineData(new[] { "--month", "2026-13" }, "fmj invoice: '2026-13' is not a month; use yyyy-MM, for example 2026-11.")]
    [InlineData(new[] { "--month", "2026-11", "--format", "xlsx" }, "fmj invoice: unknown format 'xlsx'; use md, csv or json.")]
    [InlineData(new[] { "--month", "2026-11", "--tenant", "nosuch" }, "fmj invoice: stack dev has no tenant 'nosuch'. Tenants: adatum, contoso, fabrikam.")]
    [InlineData(new[] { "--month", "2026-11", "--stack", "nosuch" }, "fmj invoice: there is no stack 'nosuch': ./Pulumi.nosuch.yaml does not exist.")]
    public void Invoice_BadArguments_ExitsTwoWithTheReason(string[] args, string expected)
    {
        using var repository = new TempRepository();

        var result = repository.Run(["invoice", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
    }

    [Fact]
    public void Invoice_NoDatabaseYet_ExitsTwoAndSaysHowToMakeOne()
    {
        using var repository = new TempRepository();

        var result = repository.Run("invoice", "--month", "2026-11");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"fmj invoice: there is no usage database at {Path.Combine(".", ".fmj", "usage.dev.db")}. Run 'fmj usage collect' (or 'fmj usage generate' for a demo) first, or pass --database.", result.Stderr.Trim());
        Assert.False(File.Exists(repository.PathOf(".fmj", "usage.dev.db")));
    }
}
