using Fmj.Core.Catalogue;
using Fmj.Core.Checks;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>
/// Check, then plan, every tenant of one cluster. The same code runs in <c>fmj validate</c>/<c>fmj plan</c> and in
/// the Pulumi program, so what a pull request shows is what <c>pulumi up</c> declares.
/// </summary>
public static class FleetPlanner
{
    private static (TenantDocument Tenant, TenantPlan? Plan, FindingList Findings) CheckAndPlan(
        ClusterSpec spec,
        PackageCatalogue catalogue,
        TenantDocument tenant,
        IReadOnlySet<string> knownClusters)
    {
        var findings = new FindingList();
        if (tenant.Spec.Cluster == spec.Name)
        {
            return (tenant, PlanTenant(spec, catalogue, tenant, findings), findings);
        }

        // Another cluster's tenant is that stack's business, as long as that stack exists.
        if (!knownClusters.Contains(tenant.Spec.Cluster))
        {
            findings.Error(FindingCodes.UnknownCluster, tenant.At("cluster"), $"cluster '{tenant.Spec.Cluster}' has no stack (known: {string.Join(", ", knownClusters.Order(StringComparer.Ordinal))}).", "name the cluster of an existing stack, or add a Pulumi.<stack>.yaml for the new cluster.");
        }

        return (tenant, null, findings);
    }

    /// <summary>Checks one tenant on its own (no cross-tenant rules) and plans it when it passes.</summary>
    public static TenantPlan? PlanTenant(ClusterSpec cluster, PackageCatalogue catalogue, TenantDocument tenant, FindingList findings) =>
        TenantRules.Check(cluster, catalogue, tenant, findings) is var (package, addressing)
            ? TenantPlanner.Plan(cluster, catalogue, tenant.Spec, package, addressing)
            : null;

    /// <summary>
    /// Returns the plan when there is no error (warnings are allowed), and always the capacity the valid tenants
    /// commit; every finding goes to <paramref name="findings"/>. Tenants of other clusters are left alone, as long
    /// as their cluster is known.
    /// </summary>
    public static FleetResult Plan(
        ClusterDocument cluster,
        PackageCatalogue catalogue,
        IReadOnlyList<TenantDocument> tenants,
        IReadOnlySet<string> knownClusters,
        FindingList findings)
    {
        var spec = cluster.Spec;
        FleetRules.CheckIdentity(tenants, findings);

        // Each tenant is checked and planned on its own (that is what keeps plans stable), so tenants run in parallel;
        // their findings are merged back in file order, so the output is the same as a sequential run.
        var results = tenants
            .AsParallel()
            .AsOrdered()
            .Select(tenant => CheckAndPlan(spec, catalogue, tenant, knownClusters))
            .ToList();

        var planned = new List<(TenantDocument Document, TenantPlan Plan)>(results.Count);
        foreach (var (tenant, tenantPlan, tenantFindings) in results)
        {
            findings.AddRange(tenantFindings.Items);
            if (tenantPlan is not null)
            {
                planned.Add((tenant, tenantPlan));
            }
        }

        FleetRules.CheckPlans(planned, findings);
        var plans = planned.Select(p => p.Plan).OrderBy(p => p.Number).ToList();
        var capacity = CapacityRules.Report(spec, plans);
        CapacityRules.Check(capacity, cluster.At("fmj:capacity"), findings);

        var plan = findings.HasErrors
            ? null
            : new ClusterPlan(spec.Name, catalogue.Version, spec.PveMajorVersion, TenantRole.For(spec.PveMajorVersion), plans, capacity);
        return new FleetResult(plan, capacity);
    }
}

/// <summary>The plan (null when anything is wrong) and the capacity committed by the tenants that passed their checks.</summary>
public sealed record FleetResult(ClusterPlan? Plan, CapacityReport Capacity);
