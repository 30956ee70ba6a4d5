namespace Fmj.Cli.Tests;

/// <summary>`fmj bench` prints figures; the tests check that it runs and what it prints, never the timings.</summary>
public class BenchCommandTests
{
    [Fact]
    public void Bench_SmallRun_PrintsTheRatioAndTheProcessLines()
    {
        var result = FmjProcess.Run("bench", "--count", "20", "--iterations", "1", "--process-runs", "1");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        var lines = Output.Lines(result.Stdout);
        Assert.StartsWith("fmj bench: 20 generated tenant files, 1 measured rounds of every step after 50 warm-up rounds;", lines[0]);
        Assert.EndsWith(" server GC.", lines[0]);
        Assert.Single(lines, l => l.StartsWith("ratio load+check+plan / parse (events): ", StringComparison.Ordinal) && l.EndsWith(" (target <= 1.5)", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("ratio load+check+plan / parse (events, on every core): ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("ratio load+check+plan / parse (documents): ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("whole `fmj validate` process, run 1: ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("whole `fmj validate` process: median ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--count", "0")]
    [InlineData("--iterations", "0")]
    public void Bench_NothingToMeasure_ExitsTwo(string option, string value)
    {
        var result = FmjProcess.Run("bench", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("fmj bench: --count and --iterations must be at least 1, --warm-up at least 0.", result.Stderr.Trim());
    }
}
