using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Planning;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Services;

/// <summary>Plans one demonstration tenant, optionally edited, on the dev cluster or a variant of it.</summary>
internal static class PlanSupport
{
    public static TenantPlan Plan(string tenant, Func<string, string>? edit = null, Func<ClusterSpec, ClusterSpec>? cluster = null)
    {
        var text = Demo.TenantText(tenant);
        var document = Demo.Tenant(tenant, edit is null ? text : edit(text));
        var spec = Demo.Cluster().Spec;
        var findings = new FindingList();
        var plan = FleetPlanner.PlanTenant(cluster is null ? spec : cluster(spec), PackageCatalogue.Default, document, findings);
        Assert.True(plan is not null, string.Join("\n", findings.Items));
        return plan;
    }

    /// <summary>Replaces text that must occur in the file.</summary>
    public static Func<string, string> Replace(string find, string replace) => text =>
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    };
}
