using CsCheck;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tests.Loading;

/// <summary>Reading YAML documents: syntax errors and duplicate keys at their exact line and column, scalar types, positions.</summary>
public class YamlReadingTests
{
    private const string File = "Tenants/x.yaml";

    public static TheoryData<string, string> BrokenYaml => new()
    {
        // A tab indenting a mapping: YamlDotNet gives no position for it, FMJ finds the tab.
        { "name: x\nidentity:\n\tdns:\n\t\tdomain: x.com\n", "Tenants/x.yaml(3,1): error FMJ001: a tab is used for indentation. Fix: indent with spaces, never tabs." },
        { "name: x\nidentity:\n  dns:\n    domain: x.com\nservices:\n\tvpn: true\n", "Tenants/x.yaml(6,1): error FMJ001: a tab is used for indentation. Fix: indent with spaces, never tabs." },
        // A tab after spaces, inside a value's indentation: on the tab.
        { "services:\n  vpn: true\n \tweb_server: true\n", "Tenants/x.yaml(3,2): error FMJ001: a tab is used where YAML needs spaces. Fix: replace the tab by spaces." },
        // An unclosed double quote with lines after it: on the opening quote.
        { "name: x\ndisplay_name: \"X Ltd\nnumber: 1\n", "Tenants/x.yaml(2,15): error FMJ001: a quoted value goes on to a line that is not indented. Fix: close the quote on the same line, or indent the lines that continue it." },
        // An unclosed single quote at the end of the file: on the opening quote.
        { "name: x\ndisplay_name: 'X Ltd\n", "Tenants/x.yaml(2,15): error FMJ001: the file ends inside a quoted value or a bracket. Fix: close the quote or bracket that is left open." },
        // A key indented further than the one above it: on its ':'.
        { "name: x\n  number: 1\n", "Tenants/x.yaml(2,9): error FMJ001: this ':' ends a value that began on an earlier line: this line is indented too far, or a line above lacks its ':'. Fix: give every key its ':' and line each key up with the keys around it, using spaces; put a value that contains ': ' in quotes." },
        // A key indented less than its siblings, but more than its parent: on the key.
        { "identity:\n  dns:\n    domain: x.com\n   extra: 1\n", "Tenants/x.yaml(4,4): error FMJ001: the indentation does not line up, or a line is not 'key: value'. Fix: align every key of a mapping at the same indentation, using spaces." },
        // A list item indented unlike the others: on the item.
        { "machines:\n  - name: a\n   - name: b\n", "Tenants/x.yaml(3,4): error FMJ001: a list item is not indented like the others. Fix: start every item of a list with '- ' at the same indentation." },
        { "nodes: [pve1, pve2\n", "Tenants/x.yaml(2,1): error FMJ001: a '[...]' list is not closed. Fix: close the list with ']' and separate items with ','." },
        { "services: {vpn: true}, web_server: true}\n", "Tenants/x.yaml(1,22): error FMJ001: the indentation does not line up, or a line is not 'key: value'. Fix: align every key of a mapping at the same indentation, using spaces." },
        { "services: {vpn: true\n", "Tenants/x.yaml(2,1): error FMJ001: a '{...}' mapping is not closed. Fix: close the mapping with '}' and separate entries with ','." },
        // YamlDotNet throws InvalidOperationException here rather than a YamlException: after the last value read.
        { "services: {vpn: true\nname: x\n", "Tenants/x.yaml(2,1): error FMJ001: a '[' or '{' above this line is not closed. Fix: close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes." },
        // ... and ArgumentException for a tag that is not a valid URI.
        { "name: x\nnumber: !!in[t 1\n", "Tenants/x.yaml(2,7): error FMJ001: the YAML cannot be read after this point; look for a '{' or '[' that is not closed, or a '!' tag. Fix: close every '{' with '}' and every '[' with ']', and put values that start with '!' in quotes." },
        { "name: @x\n", "Tenants/x.yaml(1,7): error FMJ001: this line has a character YAML cannot start a value with (often a tab, '@' or '`'). Fix: indent with spaces, never tabs, and put values that start with a special character in quotes." },
        { "name: `x`\n", "Tenants/x.yaml(1,7): error FMJ001: this line has a character YAML cannot start a value with (often a tab, '@' or '`'). Fix: indent with spaces, never tabs, and put values that start with a special character in quotes." },
        { "name: *x\n", "Tenants/x.yaml(1,7): error FMJ001: an alias ('*name') refers to an anchor ('&name') that is not defined before it. Fix: define the anchor first, or write the value out." },
        { "name: x\n---\nname: y\n", "Tenants/x.yaml(2,1): error FMJ001: the file holds more than one YAML document. Fix: keep one document per file: remove the '---' line and what follows it." },
        { "", "Tenants/x.yaml(1,1): error FMJ005: the file is empty. Fix: write the document, starting from a copy of a demonstration file." },
        { "# only a comment\n", "Tenants/x.yaml(1,1): error FMJ005: the file is empty. Fix: write the document, starting from a copy of a demonstration file." },
    };

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    public void Read_BrokenYaml_ReportsOneFindingAtTheFault(string text, string expected)
    {
        var findings = new FindingList();

        var root = YamlDocumentReader.Read(File, text, findings);

        Assert.Null(root);
        Assert.Equal([expected], Demo.Lines(findings.Items));
    }

    public static TheoryData<string, string[]> DuplicateKeys => new()
    {
        { "name: x\nnumber: 1\nname: y\n", ["Tenants/x.yaml(3,1): error FMJ003: 'name' appears twice in this mapping (first at line 1). Fix: keep one 'name' and delete the other."] },
        { "identity:\n  dns:\n    domain: a.com\n    domain: b.com\n", ["Tenants/x.yaml(4,5): error FMJ003: 'domain' appears twice in this mapping (first at line 3). Fix: keep one 'domain' and delete the other."] },
        { "machines:\n  - name: a\n    vcpu: 1\n    vcpu: 2\n", ["Tenants/x.yaml(4,5): error FMJ003: 'vcpu' appears twice in this mapping (first at line 3). Fix: keep one 'vcpu' and delete the other."] },
        {
            "a: 1\nb: 2\na: 3\na: 4\n",
            [
                "Tenants/x.yaml(3,1): error FMJ003: 'a' appears twice in this mapping (first at line 1). Fix: keep one 'a' and delete the other.",
                "Tenants/x.yaml(4,1): error FMJ003: 'a' appears twice in this mapping (first at line 1). Fix: keep one 'a' and delete the other.",
            ]
        },
        { "{a: 1, b: 2, a: 3}\n", ["Tenants/x.yaml(1,14): error FMJ003: 'a' appears twice in this mapping (first at line 1). Fix: keep one 'a' and delete the other."] },
        {
            // A mapping larger than the reader scans key by key: duplicates before and after it switches to an index.
            string.Concat(Enumerable.Range(1, 20).Select(i => $"k{i}: {i}\n")) + "k3: again\nk20: again\nk21: 21\nk21: again\n",
            [
                "Tenants/x.yaml(21,1): error FMJ003: 'k3' appears twice in this mapping (first at line 3). Fix: keep one 'k3' and delete the other.",
                "Tenants/x.yaml(22,1): error FMJ003: 'k20' appears twice in this mapping (first at line 20). Fix: keep one 'k20' and delete the other.",
                "Tenants/x.yaml(24,1): error FMJ003: 'k21' appears twice in this mapping (first at line 23). Fix: keep one 'k21' and delete the other.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(DuplicateKeys))]
    public void Read_DuplicateKey_ReportsTheLaterOccurrence(string text, string[] expected)
    {
        var findings = new FindingList();

        YamlDocumentReader.Read(File, text, findings);

        Assert.Equal(expected, Demo.Lines(findings.Items));
    }

    [Fact]
    public void Read_DuplicateKey_KeepsTheFirstValue()
    {
        var findings = new FindingList();

        var root = Assert.IsType<YamlMapping>(YamlDocumentReader.Read(File, "name: first\nname: second\n", findings));

        var entry = Assert.Single(root.Entries);
        Assert.Equal("first", Assert.IsType<YamlScalar>(entry.Value).Value);
    }

    [Fact]
    public void Read_SameKeyInSiblingMappings_IsNoDuplicate()
    {
        var findings = new FindingList();

        YamlDocumentReader.Read(File, "machines:\n  - name: a\n  - name: b\npublic:\n  name: c\n", findings);

        Assert.Empty(findings.Items);
    }

    [Fact]
    public void Read_KeyThatIsAList_ReportsItOnTheKey()
    {
        var findings = new FindingList();

        YamlDocumentReader.Read(File, "name: x\n? [a, b]\n: 1\n", findings);

        Assert.Equal(["Tenants/x.yaml(2,3): error FMJ001: a key must be a plain name, not a list or a mapping. Fix: write the key as a single word followed by ':'."], Demo.Lines(findings.Items));
    }

    [Fact]
    public void Read_AnchorAndAlias_ResolveToTheAnchoredValue()
    {
        var findings = new FindingList();

        var root = Assert.IsType<YamlMapping>(YamlDocumentReader.Read(File, "a: &size 4\nb: *size\n", findings));

        Assert.Empty(findings.Items);
        Assert.Equal("4", Assert.IsType<YamlScalar>(root.Entries[1].Value).Value);
    }

    public static TheoryData<string, YamlScalarKind> Scalars => new()
    {
        { "11", YamlScalarKind.WholeNumber },
        { "-3", YamlScalarKind.WholeNumber },
        { "+3", YamlScalarKind.WholeNumber },
        { "010", YamlScalarKind.WholeNumber },
        { "0x1F", YamlScalarKind.WholeNumber },
        { "0o17", YamlScalarKind.WholeNumber },
        { "1.5", YamlScalarKind.FractionalNumber },
        { "1e3", YamlScalarKind.FractionalNumber },
        { ".5", YamlScalarKind.FractionalNumber },
        { ".inf", YamlScalarKind.FractionalNumber },
        { ".nan", YamlScalarKind.FractionalNumber },
        { "-.inf", YamlScalarKind.FractionalNumber },
        { "+1e3", YamlScalarKind.FractionalNumber },
        { ".hidden", YamlScalarKind.Text },
        { "-x", YamlScalarKind.Text },
        { "9lives", YamlScalarKind.Text },
        { "true", YamlScalarKind.Boolean },
        { "True", YamlScalarKind.Boolean },
        { "FALSE", YamlScalarKind.Boolean },
        { "~", YamlScalarKind.Null },
        { "null", YamlScalarKind.Null },
        { "", YamlScalarKind.Null },
        // YAML 1.2: yes, no, on and off are text, not booleans.
        { "yes", YamlScalarKind.Text },
        { "off", YamlScalarKind.Text },
        { "1_000", YamlScalarKind.Text },
        { "12:30", YamlScalarKind.Text },
        { "10.64.0.0/14", YamlScalarKind.Text },
        { "\"11\"", YamlScalarKind.Text },
        { "'true'", YamlScalarKind.Text },
        { "\"\"", YamlScalarKind.Text },
        { "|\n  true", YamlScalarKind.Text },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Resolve_Scalar_FollowsTheYaml12CoreSchema(string written, YamlScalarKind expected)
    {
        var findings = new FindingList();

        var root = Assert.IsType<YamlMapping>(YamlDocumentReader.Read(File, $"v: {written}\n", findings));

        Assert.Empty(findings.Items);
        Assert.Equal(expected, Assert.IsType<YamlScalar>(root.Entries[0].Value).Kind);
    }

    public static TheoryData<string, int, int> Positions => new()
    {
        { "name", 2, 7 },
        { "number", 4, 9 },
        { "identity", 9, 3 },
        { "identity.active_directory.netbios_name", 11, 19 },
        { "machines", 23, 3 },
        { "machines[0]", 23, 5 },
        { "machines[1].memory_mb", 37, 16 },
        // A path that is not in the file falls back to the nearest ancestor that is.
        { "machines[7].vcpu", 23, 3 },
        { "network.public.vlan", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Locate_PathInDemoTenant_GivesLineAndColumnOfTheValue(string path, int line, int column)
    {
        var findings = new FindingList();
        var root = YamlDocumentReader.Read("Tenants/adatum.yaml", Demo.TenantText("adatum"), findings)!;

        var position = YamlPath.Locate(root, path);

        Assert.Equal(new SourcePosition("Tenants/adatum.yaml", line, column), position);
    }

    private static readonly string[] Fragments = ["\t", ":", ": ", "-", "- ", "\"", "'", "[", "]", "{", "}", "&a", "*a", "!", "!!int ", "\n", "  ", "#", "|", ">", "~", "---\n", "null", "0", "-1", "99999999999", "x", "é", "\r\n", "? "];

    /// <summary>A demo tenant with a few random edits: deletions, insertions of YAML's special characters, truncation.</summary>
    private static readonly Gen<string> MangledTenant =
        from name in Gen.OneOf(Demo.TenantNames)
        from edits in Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[1, 30], Gen.OneOf(Fragments)).Array[1, 4]
        select Mangle(Demo.TenantText(name), edits);

    [Fact]
    public void Load_MangledTenant_NeverThrowsAndNeverDropsATenantSilently()
    {
        var cluster = Demo.Cluster();
        MangledTenant.Sample(text =>
        {
            var findings = new FindingList();
            var document = TenantLoader.Load("Tenants/adatum.yaml", text, findings);
            if (document is null)
            {
                Assert.True(findings.HasErrors, "the loader returned no tenant and no error");
                return;
            }

            // A tenant that loads is either planned or refused with an error; never skipped without a word.
            var (result, planFindings) = Demo.Plan(cluster, new HashSet<string> { "dev" }, document);
            Assert.True(
                planFindings.Any(f => f.IsError) || result.Plan!.Tenants.Any(t => t.Name == document.Spec.Name),
                "the tenant loaded but was neither planned nor refused");
        }, iter: 3000);
    }

    [Fact]
    public void Load_MangledStackOrCatalogue_NeverThrows()
    {
        var stack = Demo.StackText;
        var catalogue = PackageCatalogue.DefaultText();
        Gen.Select(Gen.Bool, Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[1, 30], Gen.OneOf(Fragments)).Array[1, 4])
            .Sample((isStack, edits) =>
            {
                var findings = new FindingList();
                var loaded = isStack
                    ? StackFileLoader.Load("Pulumi.dev.yaml", Mangle(stack, edits), findings) as object
                    : CatalogueLoader.Load("catalogue.yaml", Mangle(catalogue, edits), findings);
                Assert.True(loaded is not null || findings.HasErrors, "nothing was loaded and no error was reported");
            }, iter: 2000);
    }

    private static string Mangle(string text, (int Kind, int Where, int Length, string Fragment)[] edits)
    {
        foreach (var (kind, where, length, fragment) in edits)
        {
            var at = where % (text.Length + 1);
            text = kind switch
            {
                0 => text.Remove(at, Math.Min(length, text.Length - at)),
                1 => text.Insert(at, fragment),
                _ => text[..at],
            };
        }

        return text;
    }
}
