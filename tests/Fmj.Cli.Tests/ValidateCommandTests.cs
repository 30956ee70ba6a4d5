namespace Fmj.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_DemoTenants_ExitsZeroWithSummary()
    {
        var result = FmjProcess.Run("validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("fmj validate: stack dev, 3 tenant(s): 0 error(s), 0 warning(s).", result.Stdout.Trim());
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Validate_TenantOverItsPackage_ExitsOneWithTheFindingInCompilerFormat()
    {
        using var repository = new TempRepository();
        Demo.OverPackage(repository);

        var result = repository.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var lines = Output.Lines(result.Stdout.Trim());
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^Tenants/fabrikam\.yaml\(29,11\): error FMJ103: tenant 'fabrikam' uses 3 vCPU .*package 'bronze' allows 2 vCPU .* Fix: .+$", lines[0]);
        Assert.Equal("fmj validate: stack dev, 3 tenant(s): 1 error(s), 0 warning(s).", lines[1]);
    }

    public static TheoryData<string, string, string> BrokenYaml { get; } = new()
    {
        { "display_name: Adatum Corporation", "display_name: \"Adatum Corporation", "Tenants/adatum.yaml(3,15)" },
        { "package: silver", "package: silver: gold", "Tenants/adatum.yaml(6,16)" },
        // YamlDotNet throws an InvalidOperationException rather than a YamlException on this one.
        { "  web_server: true", "  web_server: [true", "Tenants/adatum.yaml(19,3)" },
    };

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    public void Validate_BrokenYaml_ExitsOneWithFmj001AtItsPosition(string line, string broken, string position)
    {
        using var repository = new TempRepository();
        repository.Edit("Tenants/adatum.yaml", line, broken);

        var result = repository.Run("validate");

        Assert.Equal(1, result.ExitCode);
        var lines = Output.Lines(result.Stdout.Trim());
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{position}: error FMJ001: ", lines[0]);
        Assert.Equal("fmj validate: stack dev, 2 tenant(s): 1 error(s), 0 warning(s).", lines[1]);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided.")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'.")]
    [InlineData(new[] { "validate", "--bogus" }, "Unrecognized command or argument '--bogus'.")]
    [InlineData(new[] { "validate", "--stack" }, "Required argument missing for option: '--stack'.")]
    public void Run_BadCommandLine_ExitsTwo(string[] args, string error)
    {
        var result = FmjProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"fmj: {error}", result.Stderr);
        Assert.Contains("Run 'fmj --help' for the commands and their options.", result.Stderr);
    }

    [Fact]
    public void Validate_UnknownStack_ExitsTwoNamingTheStacksThatExist()
    {
        using var repository = new TempRepository();
        File.Copy(repository.PathOf("Pulumi.dev.yaml"), repository.PathOf("Pulumi.lab.yaml"));

        var result = repository.Run("validate", "--stack", "nosuch");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"fmj: there is no stack 'nosuch': {Path.Combine(".", "Pulumi.nosuch.yaml")} does not exist. Stacks here: dev, lab.", result.Stderr.Trim());
    }

    [Fact]
    public void Validate_MissingTenantsFolder_ExitsTwo()
    {
        var result = FmjProcess.Run("validate", "--tenants", "nosuchdir");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("fmj: the tenants folder 'nosuchdir' does not exist. Run from the repository root or pass --tenants.", result.Stderr.Trim());
    }

    [Fact]
    public void Help_ListsTheCommands_ExitsZero()
    {
        var result = FmjProcess.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "validate", "plan", "capacity", "bench" })
        {
            Assert.Contains($"  {command} ", result.Stdout);
        }
    }
}
