using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>One tenant checked on its own: its findings, and its plan when it passed (null for another cluster's tenant).</summary>
public sealed record TenantOutcome(TenantDocument Document, TenantPlan? Plan, IReadOnlyList<Finding> Findings);
