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

    public static ClusterDocument Cluster()
    {
        var findings = new FindingList();
        return StackFileLoader.Load("Pulumi.dev.yaml", StackText, findings) ?? throw new InvalidOperationException(string.Join("\n", findings.Items));
    }

    /// <summary>Loads tenant text as if it were the file Tenants/<paramref name="name"/>.yaml.</summary>
    public static (TenantDocument? Document, IReadOnlyList<Finding> Findings) Load(string name, string text)
    {
        var findings = new FindingList();
        var document = TenantLoader.Load($"Tenants/{name}.yaml", text, findings);
        return (document, findings.Items);
    }

    public static TenantDocument Tenant(string name, string? text = null)
    {
        var (document, findings) = Load(name, text ?? TenantText(name));
        return document ?? throw new InvalidOperationException(string.Join("\n", findings));
    }

    /// <summary>Checks and plans the given tenants on the dev cluster.</summary>
    public static (FleetResult Result, IReadOnlyList<Finding> Findings) Plan(params TenantDocument[] tenants)
    {
        var findings = new FindingList();
        var result = FleetPlanner.Plan(Cluster(), PackageCatalogue.Default, tenants, new HashSet<string> { "dev" }, findings);
        return (result, findings.Items);
    }

    public static TenantDocument[] AllTenants() => [.. TenantNames.Select(n => Tenant(n))];
}
