namespace Fmj.Core.Tests.Support;

/// <summary>
/// Compares text with a checked-in file under tests/Fmj.Core.Tests/Golden. Run the tests with
/// FMJ_UPDATE_GOLDEN=1 to write the files instead, then review the diff like any other change.
/// </summary>
public static class GoldenFile
{
    public static string PathOf(string name) => Repository.PathOf("tests", "Fmj.Core.Tests", "Golden", name);

    public static void AssertMatches(string name, string actual)
    {
        var path = PathOf(name);
        if (Environment.GetEnvironmentVariable("FMJ_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with FMJ_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
