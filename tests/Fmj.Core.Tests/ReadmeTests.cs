using Fmj.Core.Diagnostics;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests;

/// <summary>The README is the reference users read: it must list every finding code and the test command CI runs.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.PathOf("README.md"));

    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in FindingCodes.All)
        {
            data.Add(code.Id, code.Title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Readme_FindingCode_IsListedWithItsTitle(string id, string title) =>
        Assert.Contains($"| {id} | {title} |", Readme, StringComparison.Ordinal);

    [Fact]
    public void FindingCodes_All_AreUniqueAndWellFormed()
    {
        Assert.Equal(FindingCodes.All.Count, FindingCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(FindingCodes.All, c => Assert.Matches("^FMJ[0-9]{3}$", c.Id));
    }

    [Fact]
    public void CiScript_CallsTheReadmeTestCommand()
    {
        const string testCommand = "dotnet test Fmj.slnx";
        Assert.Contains(testCommand, Readme, StringComparison.Ordinal);
        Assert.Contains(testCommand, File.ReadAllText(Repository.PathOf(".ci", "run")), StringComparison.Ordinal);
    }
}
