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
    /// <summary>
    /// Checks and plans one tenant of <paramref name="spec"/>'s cluster on its own, with no cross-tenant rule; a tenant
    /// of another cluster only needs that cluster to be known. Tenants are independent here, so callers may run this
    /// on every core, each tenant as soon as its file is read.
    /// </summary>
    public static TenantOutcome CheckAndPlan(ClusterSpec spec, PackageCatalogue catalogue, TenantDocument tenant, IReadOnlySet<string> knownClusters)
    {
        var findings = new FindingList();
        if (tenant.Spec.Cluster == spec.Name)
        {
            return new TenantOutcome(tenant, PlanTenant(spec, catalogue, tenant, findings), findings.Items);
        }

        // Another cluster's tenant is that stack's business, as long as that stack exists.
        if (!knownClusters.Contains(tenant.Spec.Cluster))
        {
            findings.Error(FindingCodes.UnknownCluster, tenant.At("cluster"), $"cluster '{tenant.Spec.Cluster}' has no stack (known: {string.Join(", ", knownClusters.Order(StringComparer.Ordinal))}).", "name the cluster of an existing stack, or add a Pulumi.<stack>.yaml for the new cluster.");
        }

        return new TenantOutcome(tenant, null, findings.Items);
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
        // Each tenant is checked and planned on its own (that is what keeps plans stable), so tenants run in parallel.
        var outcomes = tenants
            .AsParallel()
            .AsOrdered()
            .Select(tenant => CheckAndPlan(cluster.Spec, catalogue, tenant, knownClusters))
            .ToList();
        return Plan(cluster, catalogue, outcomes, findings);
    }

    /// <summary>
    /// The fleet from its tenants' outcomes (<see cref="CheckAndPlan"/> against this cluster, in file order): the rules
    /// across tenants, the capacity, and the plan. Findings come out in the same order whichever way the outcomes
    /// were made: tenant identity first, then each tenant's own in file order, then the rules across plans.
    /// </summary>
    public static FleetResult Plan(ClusterDocument cluster, PackageCatalogue catalogue, IReadOnlyList<TenantOutcome> outcomes, FindingList findings)
    {
        var spec = cluster.Spec;
        var planned = new List<(TenantDocument Document, TenantPlan Plan)>(outcomes.Count);
        foreach (var (tenant, tenantPlan, _) in outcomes)
        {
            if (tenantPlan is not null)
            {
                planned.Add((tenant, tenantPlan));
            }
        }

        // The rules across tenants only read documents and plans, so the longest runs beside the others; each writes
        // its own list, and the lists are merged in a fixed order.
        var acrossPlans = new FindingList();
        var planRules = Task.Run(() => FleetRules.CheckPlans(planned, acrossPlans));
        var identity = new FindingList();
        FleetRules.CheckIdentity([.. outcomes.Select(o => o.Document)], identity);
        var plans = planned.Select(p => p.Plan).OrderBy(p => p.Number).ToList();
        var capacity = CapacityRules.Report(spec, plans);
        planRules.GetAwaiter().GetResult();

        findings.AddRange(identity.Items);
        foreach (var outcome in outcomes)
        {
            findings.AddRange(outcome.Findings);
        }

        findings.AddRange(acrossPlans.Items);
        CapacityRules.Check(capacity, cluster.At("fmj:capacity"), findings);

        var plan = findings.HasErrors
            ? null
            : new ClusterPlan(spec.Name, catalogue.Version, spec.PveMajorVersion, TenantRole.For(spec.PveMajorVersion), plans, capacity);
        return new FleetResult(plan, capacity);
    }
}

/// <summary>The plan (null when anything is wrong) and the capacity committed by the tenants that passed their checks.</summary>
public sealed record FleetResult(ClusterPlan? Plan, CapacityReport Capacity);
