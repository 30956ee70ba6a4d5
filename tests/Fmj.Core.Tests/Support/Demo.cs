using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;

namespace Fmj.Core.Tests.Support;

/// <summary>The checked-in dev stack and demonstration tenants, and helpers to load edited copies of them.</summary>
public static class Demo
{
    public static readonly string[] TenantNames = ["adatum", "contoso", "fabrikam"];

    public static string StackText => File.ReadAllText(Repository.PathOf("Pulumi.dev.yaml"));

    public static string TenantText(string name) => File.ReadAllText(Path.Combine(Repository.TenantsFolder, $"{name}.yaml"));

    public static ClusterDocument Cluster() => Cluster(StackText);

    /// <summary>The dev stack without its network gear (SDN alone), for edits of the nodes that the switch trunks would follow.</summary>
    public static string SdnStackText
    {
        get
        {
            // fmj:network and the comment lines above it close the file: cut them.
            var lines = StackText.Split('\n').ToList();
            var start = lines.FindIndex(l => l.StartsWith("  fmj:network:", StringComparison.Ordinal));
            while (start > 0 && lines[start - 1].TrimStart().StartsWith('#'))
            {
                start--;
            }

            return string.Join('\n', lines.Take(start)) + "\n";
        }
    }

    /// <summary>Loads (edited) stack text as Pulumi.dev.yaml; throws when it has findings.</summary>
    public static ClusterDocument Cluster(string stackText)
    {
        var findings = new FindingList();
        return StackFileLoader.Load("Pulumi.dev.yaml", stackText, findings) ?? throw new InvalidOperationException(string.Join("\n", findings.Items));
    }

    /// <summary>Loads stack text as Pulumi.dev.yaml and returns its findings in compiler format.</summary>
    public static IReadOnlyList<string> StackFindings(string stackText)
    {
        var findings = new FindingList();
        StackFileLoader.Load("Pulumi.dev.yaml", stackText, findings);
        return Lines(findings.Items);
    }

    /// <summary>Loads tenant text as if it were the file Tenants/<paramref name="name"/>.yaml.</summary>
    public static (TenantDocument? Document, IReadOnlyList<Finding> Findings) Load(string name, string text)
    {
        var findings = new FindingList();
        var document = TenantLoader.Load($"Tenants/{name}.yaml", text, findings);
        return (document, findings.Items);
    }

    /// <summary>Loads tenant text as Tenants/<paramref name="name"/>.yaml and returns its findings in compiler format.</summary>
    public static IReadOnlyList<string> LoadFindings(string name, string text) => Lines(Load(name, text).Findings);

    public static TenantDocument Tenant(string name, string? text = null)
    {
        var (document, findings) = Load(name, text ?? TenantText(name));
        return document ?? throw new InvalidOperationException(string.Join("\n", findings));
    }

    /// <summary>Checks and plans the given tenants on the dev cluster.</summary>
    public static (FleetResult Result, IReadOnlyList<Finding> Findings) Plan(params TenantDocument[] tenants) =>
        Plan(Cluster(), new HashSet<string> { "dev" }, tenants);

    /// <summary>Checks and plans the given tenants on <paramref name="cluster"/>, knowing the stacks of <paramref name="knownClusters"/>.</summary>
    public static (FleetResult Result, IReadOnlyList<Finding> Findings) Plan(ClusterDocument cluster, IReadOnlySet<string> knownClusters, params TenantDocument[] tenants)
    {
        var findings = new FindingList();
        var result = FleetPlanner.Plan(cluster, PackageCatalogue.Default, tenants, knownClusters, findings);
        return (result, findings.Items);
    }

    /// <summary>The findings, in compiler format, of checking and planning the given tenants on the dev cluster.</summary>
    public static IReadOnlyList<string> PlanFindings(params TenantDocument[] tenants) => Lines(Plan(tenants).Findings);

    /// <summary>
    /// The findings, in compiler format, of loading <paramref name="text"/> as Tenants/<paramref name="name"/>.yaml and,
    /// when it loads, checking and planning it on the dev cluster together with <paramref name="others"/>.
    /// </summary>
    public static IReadOnlyList<string> Check(string name, string text, params TenantDocument[] others)
    {
        var (document, findings) = Load(name, text);
        return document is null ? Lines(findings) : PlanFindings([.. others, document]);
    }

    public static TenantDocument[] AllTenants() => [.. TenantNames.Select(n => Tenant(n))];

    /// <summary>A small valid tenant: bronze, a DNS-only identity, no web server, no machines.</summary>
    public static string MinimalTenantText(string name, int number, string package = "bronze") => $"""
        name: {name}
        display_name: {char.ToUpperInvariant(name[0])}{name[1..]} Ltd
        number: {number}
        cluster: dev
        package: {package}
        identity:
          dns:
            domain: {name}.com

        """;

    /// <summary>
    /// Tenant 'initech' with explicit VLAN tags and subnets away from every demo tenant's, so that only its number can
    /// clash with another tenant; its VPN, when wanted, is its only guest.
    /// </summary>
    public static string ExplicitTenantText(int number, bool vpn) => $"""
        name: initech
        display_name: Initech Ltd
        number: {number}
        cluster: dev
        package: bronze
        identity:
          ldap:
            servers: [ldap.initech.com]
            base_dn: DC=initech,DC=com
            bind_dn: CN=pve,DC=initech,DC=com
        services:
          vpn: {(vpn ? "true" : "false")}
        network:
          public:
            vlan: 2900
            cidr: 198.18.100.0/27
          private:
            vlan: 3900
            cidr: 10.66.200.0/24

        """;

    public static IReadOnlyList<string> Lines(IEnumerable<Finding> findings) => [.. findings.Select(f => f.ToCompilerFormat())];
}
