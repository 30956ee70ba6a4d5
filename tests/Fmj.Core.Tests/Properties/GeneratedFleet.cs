using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Generation;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;

namespace Fmj.Core.Tests.Properties;

/// <summary>
/// Tenants written by <see cref="FleetGenerator"/> on its roomy 'bench' cluster, loaded through the real loaders,
/// and planned through the real <see cref="FleetPlanner"/>. Everything here is immutable, so CsCheck may call it
/// from several threads at once.
/// </summary>
internal static class GeneratedFleet
{
    public static ClusterDocument Cluster { get; } = LoadCluster(FleetGenerator.StackYaml());

    public static IReadOnlySet<string> KnownClusters { get; } = new HashSet<string>(StringComparer.Ordinal) { FleetGenerator.ClusterName };

    public static ClusterDocument LoadCluster(string stackYaml)
    {
        var findings = new FindingList();
        return StackFileLoader.Load($"Pulumi.{FleetGenerator.ClusterName}.yaml", stackYaml, findings)
            ?? throw new InvalidOperationException("The generated stack file does not load:\n" + string.Join("\n", findings.Items));
    }

    /// <summary>The generated tenant <paramref name="number"/>, as if read from Tenants/tenant&lt;number&gt;.yaml.</summary>
    public static TenantDocument Tenant(int number, int seed) => Load(FleetGenerator.TenantName(number), FleetGenerator.TenantYaml(number, seed));

    public static TenantDocument Load(string name, string text)
    {
        var findings = new FindingList();
        return TenantLoader.Load($"Tenants/{name}.yaml", text, findings)
            ?? throw new InvalidOperationException($"Tenant '{name}' does not load:\n" + string.Join("\n", findings.Items) + "\n" + text);
    }

    /// <summary>Checks and plans the tenants; returns the findings and the plan (null when there is an error).</summary>
    public static (ClusterPlan? Plan, IReadOnlyList<Finding> Findings) Check(IEnumerable<TenantDocument> tenants, ClusterDocument? cluster = null)
    {
        var findings = new FindingList();
        var result = FleetPlanner.Plan(cluster ?? Cluster, PackageCatalogue.Default, [.. tenants], KnownClusters, findings);
        return (result.Plan, findings.Items);
    }

    /// <summary>Plans tenants that must be valid: any finding at all fails the test with every finding listed.</summary>
    public static ClusterPlan Plan(IEnumerable<TenantDocument> tenants, ClusterDocument? cluster = null)
    {
        var documents = tenants.ToList();
        var (plan, findings) = Check(documents, cluster);
        if (plan is null || findings.Count > 0)
        {
            Assert.Fail($"Generated tenants {string.Join(", ", documents.Select(d => d.Spec.Number))} do not plan cleanly:\n{string.Join("\n", findings)}");
        }

        return plan!;
    }

    public static string PlanOf(ClusterPlan plan, int number) => PlanJson.Serialize(plan.Tenants.Single(t => t.Number == number));
}
