using Fmj.Core.Diagnostics;

namespace Fmj.Core.Tests;

public class FindingListTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "template 'debian-13' is not defined.", "template 'debian-13' is not defined." },
        { "template 'a\npoweroff' is not defined.", "template 'a\\npoweroff' is not defined." },
        { "name 'x\r\nTenants/b.yaml(1,1): error FMJ000: forged'", "name 'x\\r\\nTenants/b.yaml(1,1): error FMJ000: forged'" },
        { "tab\there, nul\0, bell\a, separator\u2028", "tab\\there, nul\\u0000, bell\\u0007, separator\\u2028" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Error_TextWithControlCharacters_IsKeptOnOneLine(string text, string expected)
    {
        var findings = new FindingList();

        findings.Error(FindingCodes.UnknownTemplate, new SourcePosition("Tenants/a.yaml", 3, 5), text, text);
        findings.Warning(FindingCodes.CapacityWarning, new SourcePosition("Pulumi.dev.yaml", 1, 1), text, text);

        Assert.All(findings.Items, f => Assert.Equal(expected, f.Message));
        Assert.All(findings.Items, f => Assert.Equal(expected, f.Hint));
        Assert.Equal($"Tenants/a.yaml(3,5): error FMJ131: {expected} Fix: {expected}", findings.Items[0].ToCompilerFormat());
    }
}
