namespace Fmj.Cli.Tests;

/// <summary>Settings come in layers: appsettings.json, then FMJ_* environment variables, then the command line.</summary>
public class SettingsTests
{
    [Fact]
    public void Plan_FmjFormatJson_PrintsJson()
    {
        var result = FmjProcess.Run(FmjProcess.RepositoryRoot, new Dictionary<string, string> { ["FMJ_FORMAT"] = "json" }, "plan");

        Assert.Equal(0, result.ExitCode);
        Demo.AssertPlanJson(result.Stdout);
    }

    [Fact]
    public void Plan_FormatOptionAndFmjFormat_TheOptionWins()
    {
        var result = FmjProcess.Run(FmjProcess.RepositoryRoot, new Dictionary<string, string> { ["FMJ_FORMAT"] = "json" }, "plan", "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Cluster dev (PVE 9)", result.Stdout);
    }

    [Fact]
    public void Validate_FmjTenants_ReadsThatFolder()
    {
        using var repository = new TempRepository();
        File.Delete(repository.PathOf("Tenants", "adatum.yaml"));
        File.Delete(repository.PathOf("Tenants", "fabrikam.yaml"));

        var result = FmjProcess.Run(FmjProcess.RepositoryRoot, new Dictionary<string, string> { ["FMJ_TENANTS"] = repository.PathOf("Tenants") }, "plan");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 tenant(s).", result.Stdout);
        Assert.Contains("Tenant contoso:", result.Stdout);
    }

    [Fact]
    public void Validate_FmjTenantsWithAnError_ReportsTheFileInThatFolder()
    {
        using var repository = new TempRepository();
        Demo.OverPackage(repository);

        var result = FmjProcess.Run(FmjProcess.RepositoryRoot, new Dictionary<string, string> { ["FMJ_TENANTS"] = repository.PathOf("Tenants") }, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{repository.PathOf("Tenants", "fabrikam.yaml")}(29,11): error FMJ103: ", result.Stdout);
    }

    [Fact]
    public void Validate_FmjStackAndStackOption_TheOptionWins()
    {
        var environment = new Dictionary<string, string> { ["FMJ_STACK"] = "nosuch" };

        var fromEnvironment = FmjProcess.Run(FmjProcess.RepositoryRoot, environment, "validate");
        var fromOption = FmjProcess.Run(FmjProcess.RepositoryRoot, environment, "validate", "--stack", "dev");

        Assert.Equal(2, fromEnvironment.ExitCode);
        Assert.Contains("there is no stack 'nosuch'", fromEnvironment.Stderr);
        Assert.Equal(0, fromOption.ExitCode);
    }

    [Fact]
    public void Validate_FmjProject_ReadsTheStackFileThere()
    {
        using var repository = new TempRepository();
        var environment = new Dictionary<string, string> { ["FMJ_PROJECT"] = repository.Root, ["FMJ_TENANTS"] = repository.PathOf("Tenants") };
        Demo.OverPackage(repository);

        var result = FmjProcess.Run(Path.GetTempPath(), environment, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("fmj validate: stack dev, 3 tenant(s): 1 error(s), 0 warning(s).", result.Stdout.Trim());
    }
}
