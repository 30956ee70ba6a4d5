using System.Text;
using CsCheck;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Properties;

/// <summary>Reading never throws on mangled input: every problem is a finding with a position in the file.</summary>
public class MangledInputProperties
{
    private static readonly string[] Pieces =
        ["[", "]", "{", "}", ":", ": ", ",", "-", "- ", "'", "\"", "#", "&a ", "*a", "!", "|", ">", "%", "@", "`", "\t", "\n", "  ", "? ", "---\n", "...", "~", "null", "0x1F", "1e3", "-1", "99999999999", "é", "\\"];

    private static readonly string[] Files = [.. Demo.TenantNames.Select(n => $"Tenants/{n}.yaml"), "Pulumi.dev.yaml"];

    /// <summary>A file, then up to four places where a few characters are replaced by a piece of YAML syntax.</summary>
    private static readonly Gen<(int File, (int Position, int Length, int Piece)[] Edits)> Mangles =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 3], Gen.Int[0, Pieces.Length - 1]).Array[1, 4]);

    [Fact]
    public void Read_MangledYaml_ReportsFindingsAndNeverThrows()
    {
        var texts = Files.Select(f => File.ReadAllText(Repository.PathOf(f))).ToArray();
        Mangles.Sample((file, edits) =>
        {
            var text = Mangle(texts[file], edits);
            var findings = new FindingList();

            var root = YamlDocumentReader.Read(Files[file], text, findings);

            Assert.True(root is not null || findings.HasErrors, "the reader returned nothing but reported no error.");
            AssertPositions(Files[file], findings);
        }, iter: 1000);
    }

    [Fact]
    public void Load_MangledStackFile_ReportsFindingsAndNeverThrows()
    {
        var text = Demo.StackText;
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 3], Gen.Int[0, Pieces.Length - 1]).Array[1, 4].Sample(edits =>
        {
            var findings = new FindingList();

            var cluster = StackFileLoader.Load("Pulumi.dev.yaml", Mangle(text, edits), findings);

            Assert.True(cluster is not null || findings.HasErrors, "the loader returned nothing but reported no error.");
            AssertPositions("Pulumi.dev.yaml", findings);
        }, iter: 1000);
    }

    /// <summary>YamlDotNet throws an InvalidOperationException, not a YamlException, on this one (aaubry/YamlDotNet#541).</summary>
    [Fact]
    public void Load_FlowListLeftOpenBeforeAKey_ReportsFmj001OnTheLineAfter()
    {
        var text = Demo.TenantText("adatum").Replace("  web_server: true", "  web_server: [true", StringComparison.Ordinal);

        var (document, findings) = Demo.Load("adatum", text);

        Assert.Null(document);
        var finding = Assert.Single(findings);
        Assert.Equal(
            "Tenants/adatum.yaml(19,3): error FMJ001: a '[' or '{' above this line is not closed. Fix: close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes.",
            finding.ToCompilerFormat());
    }

    private static string Mangle(string text, (int Position, int Length, int Piece)[] edits)
    {
        var mangled = new StringBuilder(text);
        foreach (var (position, length, piece) in edits)
        {
            var at = position % (mangled.Length + 1);
            mangled.Remove(at, Math.Min(length, mangled.Length - at)).Insert(at, Pieces[piece]);
        }

        return mangled.ToString();
    }

    private static void AssertPositions(string file, FindingList findings) =>
        Assert.All(findings.Items, f => Assert.True(f.Position.File == file && f.Position.Line >= 1 && f.Position.Column >= 1, f.ToString()));
}
