using System.Reflection;
using System.Text.RegularExpressions;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tests;

/// <summary>
/// Every finding code the core can produce has a failing case that produces exactly that code and a passing case next
/// to it that produces nothing. The whole messages are asserted in the tests of each concern; here, only coverage.
/// </summary>
public partial class FindingCodeCoverageTests
{
    /// <summary>A failing and a passing case for one code; <paramref name="AlsoExpected"/> names codes that cannot be separated from it.</summary>
    private sealed record CodeCase(Func<IReadOnlyList<string>> Failing, Func<IReadOnlyList<string>> Passing, params string[] AlsoExpected);

    /// <summary>Codes no input can produce, with the reason. Empty: every code is reachable.</summary>
    private static readonly Dictionary<string, string> Excluded = [];

    private static readonly HashSet<string> Dev = ["dev"];

    private static readonly Dictionary<string, CodeCase> Cases = new()
    {
        ["FMJ001"] = new(() => Yaml("name: [x\n"), () => Yaml("name: [x]\n")),
        ["FMJ002"] = new(() => Adatum("services:\n", "service:\n"), () => Adatum()),
        ["FMJ003"] = new(() => Adatum("cluster: dev\n", "cluster: dev\nnumber: 12\n"), () => Adatum()),
        ["FMJ004"] = new(() => Adatum("number: 11", "number: eleven"), () => Adatum()),
        ["FMJ005"] = new(() => Adatum("cluster: dev\n", ""), () => Adatum()),
        ["FMJ006"] = new(() => Adatum("number: 11", "number: 0"), () => Adatum("number: 11", "number: 1")),
        ["FMJ007"] = new(() => LoadAs("Tenants/adatum-eu.yaml"), () => LoadAs("Tenants/adatum.yaml")),
        ["FMJ008"] = new(() => Folder(Path.Combine(Repository.Root, "no-such-folder")), () => Folder(Repository.TenantsFolder)),
        ["FMJ101"] = new(() => Adatum("package: silver", "package: titanium"), () => Adatum("package: silver", "package: gold")),
        ["FMJ102"] = new(
            () => Demo.Check("initech", Demo.MinimalTenantText("initech", 40, "custom")),
            () => Demo.Check("initech", Demo.MinimalTenantText("initech", 40, "custom") + "custom: {vcpu: 1, memory_gb: 1, storage_gb: 10, ha: false, monthly_price: 5}\n")),
        ["FMJ103"] = new(() => Adatum("    vcpu: 2\n", "    vcpu: 4\n"), () => Adatum("    vcpu: 2\n", "    vcpu: 3\n")),
        ["FMJ104"] = new(() => Adatum("    memory_mb: 4096", "    memory_mb: 7168"), () => Adatum("    memory_mb: 4096", "    memory_mb: 6144")),
        ["FMJ105"] = new(() => Adatum("    disk_gb: 100", "    disk_gb: 200"), () => Adatum("    disk_gb: 100", "    disk_gb: 170")),
        ["FMJ106"] = new(
            () => Fabrikam("    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2"),
            () => Fabrikam("package: bronze", "package: silver", "    template: debian-13-lxc\n  - number: 2", "    template: debian-13-lxc\n    ha: true\n  - number: 2")),
        ["FMJ110"] = new(() => Adatum("    name: app01", "    name: \"$(reboot)\""), () => Adatum("    name: app01", "    name: app02")),
        ["FMJ111"] = new(() => Fabrikam("    domain: fabrikam.com", "    domain: fabrikam"), () => Fabrikam("    domain: fabrikam.com", "    domain: fabrikam.org")),
        ["FMJ112"] = new(() => Contoso("    base_dn: OU=People,DC=contoso,DC=com", "    base_dn: People"), () => Contoso("    base_dn: OU=People,DC=contoso,DC=com", "    base_dn: OU=Staff,DC=contoso,DC=com")),
        ["FMJ113"] = new(() => Adatum("display_name: Adatum Corporation", "display_name: Adatum & Co"), () => Adatum("display_name: Adatum Corporation", "display_name: Adatum Co")),
        ["FMJ120"] = new(() => Adatum("    name: db01", "    name: app01"), () => Adatum("    name: db01", "    name: db02")),
        ["FMJ130"] = new(() => OnCluster("prod", Dev), () => OnCluster("prod", new HashSet<string> { "dev", "prod" })),
        ["FMJ131"] = new(() => Adatum("    template: debian-13\n", "    template: debian-12\n"), () => Adatum()),
        ["FMJ132"] = new(
            () => Adatum("    template: debian-13\n", "    template: debian-13-lxc\n"),
            () => Adatum("    kind: vm\n", "    kind: container\n", "    template: debian-13\n", "    template: debian-13-lxc\n")),
        ["FMJ133"] = new(() => Adatum("cluster: dev\n", "cluster: dev\nnodes: [pve9]\n"), () => Adatum("cluster: dev\n", "cluster: dev\nnodes: [pve3, pve1]\n")),
        ["FMJ201"] = new(() => WithDemo(Demo.ExplicitTenantText(11, vpn: false)), () => WithDemo(Demo.ExplicitTenantText(40, vpn: false))),
        ["FMJ202"] = new(() => CopyOfAdatum("Tenants/adatum.yml", "adatum"), () => CopyOfAdatum("Tenants/adatum2.yaml", "adatum2")),
        ["FMJ203"] = new(() => FabrikamWithDemo("network:\n  public:\n    vlan: 2011\n"), () => FabrikamWithDemo("network:\n  public:\n    vlan: 2099\n")),
        // Blocks of VMIDs are disjoint by tenant number, so two tenants share VMIDs only when they share a number (FMJ201).
        ["FMJ204"] = new(() => WithDemo(Demo.ExplicitTenantText(11, vpn: true)), () => WithDemo(Demo.ExplicitTenantText(40, vpn: true)), "FMJ201"),
        ["FMJ205"] = new(() => FabrikamWithDemo("network:\n  private:\n    cidr: 10.64.8.0/21\n"), () => FabrikamWithDemo("network:\n  private:\n    cidr: 10.64.99.0/24\n")),
        ["FMJ206"] = new(() => Contoso("    cidr: 10.67.12.0/24", "    cidr: 10.10.5.0/24"), () => Contoso()),
        ["FMJ207"] = new(() => Contoso("    vlan: 2512", "    vlan: 3512"), () => Contoso("    vlan: 2512", "    vlan: 2999")),
        ["FMJ208"] = new(() => Contoso("  - number: 3\n", "  - number: 21\n"), () => Contoso("  - number: 3\n", "  - number: 20\n")),
        ["FMJ209"] = new(() => Contoso("    cidr: 10.67.12.0/24", "    cidr: 10.67.12.1/24"), () => Contoso()),
        ["FMJ301"] = new(() => OnStack("    memoryGb: 768", "    memoryGb: 39"), () => OnStack("    memoryGb: 768", "    memoryGb: 50")),
        ["FMJ302"] = new(() => OnStack("    memoryGb: 768", "    memoryGb: 40"), () => OnStack("    memoryGb: 768", "    memoryGb: 50")),
        ["FMJ303"] = new(() => Demo.StackFindings(Demo.StackText.ReplaceOnce("      to: 2999", "      to: 3000")), () => Demo.StackFindings(Demo.StackText)),
    };

    public static TheoryData<string> AllCodes => new(FindingCodes.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Cases_FailingCase_ProducesExactlyItsCode(string code)
    {
        if (Excluded.ContainsKey(code))
        {
            return;
        }

        var @case = Cases[code];

        Assert.Equal(@case.AlsoExpected.Append(code).Order(StringComparer.Ordinal), CodesOf(@case.Failing()).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Cases_PassingCase_ProducesNothing(string code)
    {
        if (Excluded.ContainsKey(code))
        {
            return;
        }

        Assert.Empty(Cases[code].Passing());
    }

    [Fact]
    public void Cases_TogetherWithExclusions_CoverEveryCodeExactlyOnce()
    {
        Assert.Empty(Cases.Keys.Intersect(Excluded.Keys));
        Assert.Equal(FindingCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal), Cases.Keys.Concat(Excluded.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cases_FailingCasesTogether_ProduceEveryCodeButTheExcluded()
    {
        var produced = Cases.Values.SelectMany(c => CodesOf(c.Failing())).ToHashSet();

        Assert.Equal(FindingCodes.All.Select(c => c.Id).Except(Excluded.Keys).Order(StringComparer.Ordinal), produced.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_EveryDeclaredCode_IsListedOnceWithAStableIdAndATitle()
    {
        var declared = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(FindingCode))
            .Select(f => (FindingCode)f.GetValue(null)!)
            .ToList();

        Assert.Equal(declared.Select(c => c.Id).Order(StringComparer.Ordinal), FindingCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(FindingCodes.All.Count, FindingCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(FindingCodes.All, c => Assert.Matches("^FMJ[0-3][0-9]{2}$", c.Id));
        Assert.All(FindingCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
    }

    private static IEnumerable<string> CodesOf(IEnumerable<string> findings) => findings.Select(f => CodePattern().Match(f).Groups[1].Value);

    [GeneratedRegex(@"\): (?:error|warning) (FMJ\d{3}): ")]
    private static partial Regex CodePattern();

    private static IReadOnlyList<string> Yaml(string text)
    {
        var findings = new FindingList();
        YamlDocumentReader.Read("Tenants/x.yaml", text, findings);
        return Demo.Lines(findings.Items);
    }

    private static IReadOnlyList<string> Edited(string tenant, string[] edits) => Demo.Check(tenant, Demo.TenantText(tenant).Edits(edits));

    private static IReadOnlyList<string> Adatum(params string[] edits) => Edited("adatum", edits);

    private static IReadOnlyList<string> Contoso(params string[] edits) => Edited("contoso", edits);

    private static IReadOnlyList<string> Fabrikam(params string[] edits) => Edited("fabrikam", edits);

    private static IReadOnlyList<string> FabrikamWithDemo(string network) =>
        Demo.Check("fabrikam", Demo.TenantText("fabrikam").ReplaceOnce("  web_server: true\n", "  web_server: true\n" + network), Demo.Tenant("adatum"), Demo.Tenant("contoso"));

    private static IReadOnlyList<string> LoadAs(string path)
    {
        var findings = new FindingList();
        TenantLoader.Load(path, Demo.TenantText("adatum"), findings);
        return Demo.Lines(findings.Items);
    }

    private static IReadOnlyList<string> Folder(string path)
    {
        var findings = new FindingList();
        TenantFolder.Load(path, findings);
        return Demo.Lines(findings.Items);
    }

    private static IReadOnlyList<string> OnCluster(string cluster, IReadOnlySet<string> known)
    {
        var adatum = Demo.Tenant("adatum", Demo.TenantText("adatum").ReplaceOnce("cluster: dev", $"cluster: {cluster}"));
        return Demo.Lines(Demo.Plan(Demo.Cluster(), known, adatum).Findings);
    }

    private static IReadOnlyList<string> OnStack(string from, string to) =>
        Demo.Lines(Demo.Plan(Demo.Cluster(Demo.StackText.ReplaceOnce(from, to)), Dev, Demo.AllTenants()).Findings);

    private static IReadOnlyList<string> WithDemo(string initech) => Demo.Check("initech", initech, Demo.AllTenants());

    private static IReadOnlyList<string> CopyOfAdatum(string path, string name)
    {
        var findings = new FindingList();
        var copy = TenantLoader.Load(path, Demo.TenantText("adatum").Edits("name: adatum", $"name: {name}", "number: 11", "number: 14"), findings)!;
        return Demo.Lines(Demo.Plan(Demo.Tenant("adatum"), copy).Findings);
    }
}
