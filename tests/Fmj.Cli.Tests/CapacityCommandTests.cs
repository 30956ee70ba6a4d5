using System.Text.Json;

namespace Fmj.Cli.Tests;

public class CapacityCommandTests
{
    [Fact]
    public void Capacity_DemoTenants_ShowsCommittedAgainstTheLimit()
    {
        var result = FmjProcess.Run("capacity");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var lines = Output.Lines(result.Stdout);
        Assert.Equal(["Resource", "Committed", "Physical", "Overcommit", "Limit", "Used"], Output.Row(lines, "Resource"));
        // Package allocations (silver + gold + bronze) plus the base environments (web, VPN, DCs, DNS).
        Assert.Equal(["vCPU", "24", "96", "x4", "384", "6.3%"], Output.Row(lines, "vCPU"));
        Assert.Equal(["RAM", "(GB)", "40", "768", "x1", "768", "5.2%"], Output.Row(lines, "RAM"));
        Assert.Equal(["storage", "(GB)", "1526", "24000", "x1", "24000", "6.4%"], Output.Row(lines, "storage"));
    }

    [Fact]
    public void Capacity_FormatJson_HasTheThreeResources()
    {
        var result = FmjProcess.Run("capacity", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var committed = new[] { "vcpu", "memoryGb", "storageGb" }.Select(r => json.RootElement.GetProperty(r).GetProperty("committed").GetDecimal());
        Assert.Equal([24m, 40m, 1526m], committed);
    }
}
