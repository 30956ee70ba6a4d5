using Fmj.Core.Catalogue;
using Fmj.Core.Checks;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Billing.Invoicing;

/// <summary>The billing view of a cluster's tenant files: the package price, or a custom engagement's agreed price.</summary>
public static class TenantAccounts
{
    /// <summary>The tenants on <paramref name="cluster"/>; a tenant whose package cannot be resolved is a finding, not an account.</summary>
    public static IReadOnlyList<TenantAccount> For(string cluster, PackageCatalogue catalogue, IEnumerable<TenantDocument> tenants, FindingList findings) =>
        [.. tenants
            .Where(t => t.Spec.Cluster == cluster)
            .Select(t => (Tenant: t.Spec, Package: TenantRules.ResolvePackage(catalogue, t, findings)))
            .Where(t => t.Package is not null)
            .Select(t => new TenantAccount(t.Tenant.Name, t.Tenant.DisplayName, t.Package!.Name, t.Package.MonthlyPrice))];
}
