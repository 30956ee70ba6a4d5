using System.Diagnostics;

namespace FmjInfra.Tests.Support;

/// <summary>
/// Writes a run's resources as JSON beside the test binaries and, when FMJ_CHECK_PROVIDER_INPUTS points at
/// ../shared/tools/check-provider-inputs (CI sets it), checks them against the providers' schemas.
/// </summary>
public static class ProviderSchemaCheck
{
    public static async Task AssertPassesAsync(StackRun run, string dumpName)
    {
        var dump = Path.Combine(AppContext.BaseDirectory, dumpName);
        await File.WriteAllTextAsync(dump, run.DumpJson);

        var checker = Environment.GetEnvironmentVariable("FMJ_CHECK_PROVIDER_INPUTS");
        if (string.IsNullOrEmpty(checker))
        {
            return;
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(checker);
        start.ArgumentList.Add(dump);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output);
    }
}
