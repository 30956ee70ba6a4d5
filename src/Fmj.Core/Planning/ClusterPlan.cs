namespace Fmj.Core.Planning;

/// <summary>Everything one stack declares for its cluster: the platform role and every tenant's objects.</summary>
public sealed record ClusterPlan(
    string Cluster,
    string CatalogueVersion,
    int PveMajorVersion,
    TenantRolePlan TenantRole,
    IReadOnlyList<TenantPlan> Tenants,
    CapacityReport Capacity);

/// <summary>The one custom role every tenant's administrators hold on their own pool: operate, never create or resize.</summary>
public sealed record TenantRolePlan(string RoleId, IReadOnlyList<string> Privileges);
