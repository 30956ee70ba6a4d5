namespace Fmj.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_DemoTenants_ExitsZeroWithSummary()
    {
        var result = FmjProcess.Run("validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("fmj validate: stack dev, 3 tenant(s): 0 error(s), 0 warning(s).", result.Stdout.Trim());
    }
}
