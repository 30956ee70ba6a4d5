using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Fmj.Core.Yaml;

namespace Fmj.Core;

/// <summary>The outcome of checking and planning one stack: every finding, and the plan when there was no error.</summary>
public sealed record WorkspaceResult(IReadOnlyList<Finding> Findings, ClusterDocument? Cluster, IReadOnlyList<TenantDocument> Tenants, ClusterPlan? Plan, CapacityReport? Capacity)
{
    public int ErrorCount => Findings.Count(f => f.IsError);

    public int WarningCount => Findings.Count(f => !f.IsError);
}

/// <summary>
/// The files of a checkout: the stack file of one cluster, the tenants folder, and the catalogue. What `fmj` runs
/// offline; the Pulumi program runs the same <see cref="FleetPlanner"/> on the cluster it reads from Pulumi config.
/// </summary>
public static class Workspace
{
    public static WorkspaceResult Run(string projectDirectory, string stack, string tenantsDirectory, PackageCatalogue? catalogue = null)
    {
        var findings = new FindingList();
        var stackPath = Path.Combine(projectDirectory, StackFileLoader.FileName(stack));
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), stackPath);
        var cluster = StackFileLoader.Load(display, YamlFile.ReadText(stackPath), findings);
        if (cluster is null)
        {
            return new WorkspaceResult(findings.Items, null, TenantFolder.Load(tenantsDirectory, findings), null, null);
        }

        // Each tenant is checked and planned as soon as its file is loaded, while later files are still being parsed;
        // only the rules across tenants wait for every file. The findings come out as from FleetPlanner.Plan over the
        // loaded documents.
        catalogue ??= PackageCatalogue.Default;
        var known = StackFileLoader.KnownClusters(projectDirectory);
        var outcomes = TenantFolder.Load(tenantsDirectory, findings, tenant => FleetPlanner.CheckAndPlan(cluster.Spec, catalogue, tenant, known));
        var fleet = FleetPlanner.Plan(cluster, catalogue, outcomes, findings);
        return new WorkspaceResult(findings.Items, cluster, [.. outcomes.Select(o => o.Document)], fleet.Plan, fleet.Capacity);
    }
}
