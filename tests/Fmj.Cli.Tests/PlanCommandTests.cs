namespace Fmj.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_DemoTenants_ShowsEachTenantsQuotaAndGuests()
    {
        var result = FmjProcess.Run("plan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith("Cluster dev (PVE 9), catalogue ", result.Stdout);
        foreach (var tenant in Demo.Tenants)
        {
            var section = Output.TenantSection(result.Stdout, tenant);
            Assert.Equal(["Quota", "Used", "Allowed", "Left"], Output.Row(section, "Quota"));
            foreach (var row in Demo.Quota[tenant])
            {
                Assert.Equal(row, Output.Row(section, row[0]));
            }

            foreach (var (vmId, name) in Demo.Guests[tenant])
            {
                Output.Row(section, $"{vmId}", name);
            }

            Assert.Equal(Demo.Guests[tenant].Length, section.Count(l => l.StartsWith("10", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Plan_FormatJson_HasTheThreeTenantsWithTheirVmids()
    {
        var result = FmjProcess.Run("plan", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Demo.AssertPlanJson(result.Stdout);
    }

    [Fact]
    public void Plan_OneTenant_ShowsOnlyThatTenant()
    {
        var result = FmjProcess.Run("plan", "--tenant", "contoso");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cluster dev (PVE 9), catalogue 2026.12: 1 tenant(s).", result.Stdout);
        Assert.Contains("Tenant contoso: Contoso Ltd (number 12), package gold", result.Stdout);
        Assert.DoesNotContain("adatum", result.Stdout);
        Assert.DoesNotContain("fabrikam", result.Stdout);
    }

    [Fact]
    public void Plan_UnknownTenant_ExitsTwoNamingTheTenants()
    {
        var result = FmjProcess.Run("plan", "--tenant", "nosuch");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("fmj: stack dev has no tenant 'nosuch'. Tenants: adatum, contoso, fabrikam.", result.Stderr.Trim());
    }

    [Fact]
    public void Plan_UnknownFormat_ExitsTwo()
    {
        var result = FmjProcess.Run("plan", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("fmj: unknown format 'xml'; use table or json.", result.Stderr.Trim());
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void Plan_InvalidTenant_ExitsOneWithFindingsOnStderrAndNothingOnStdout(string format)
    {
        using var repository = new TempRepository();
        Demo.OverPackage(repository);

        var result = repository.Run("plan", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = Output.Lines(result.Stderr.Trim());
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{Demo.OverPackagePosition}: error FMJ103: ", lines[0]);
        Assert.Equal("fmj plan: no plan: 1 error(s). Fix them, then run 'fmj plan' again.", lines[1]);
    }
}
