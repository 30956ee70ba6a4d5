using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Core.Checks;

/// <summary>
/// What a tenant's platform services need: a confirmed retirement before data may go, two nodes for HA and
/// replication, and a reverse proxy on the cluster for the tenant's proxy account.
/// </summary>
public static class PlatformServiceRules
{
    public static void Check(ClusterSpec cluster, TenantDocument document, ServicePackage? package, TenantAddressing? addressing, FindingList findings)
    {
        CheckRetirement(document, findings);
        var tenant = document.Spec;
        if (package is { HighAvailability: true } && addressing is { Nodes.Count: < 2 })
        {
            findings.Error(
                FindingCodes.InvalidValue,
                document.At("nodes"),
                $"package '{package.Name}' includes HA, which needs tenant '{tenant.Name}' on two nodes (its guests replicate to the second), but it has only {string.Join(", ", addressing.Nodes)}.",
                tenant.Nodes.Count > 0 ? "list two nodes under 'nodes'." : $"add a second node to cluster '{cluster.Name}', or choose a package without HA.");
        }

        if (tenant.Services.ReverseProxy && tenant.State != TenantState.Retired && cluster.ReverseProxy is null)
        {
            findings.Error(
                FindingCodes.InvalidValue,
                document.At("services.reverse_proxy"),
                $"tenant '{tenant.Name}' gets a reverse-proxy account, but cluster '{cluster.Name}' names no reverse proxy.",
                "set 'fmj:reverseProxy' in the stack file, or 'services.reverse_proxy: false' in the tenant file.");
        }
    }

    private static void CheckRetirement(TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        if (tenant.State == TenantState.Retired && tenant.RetireConfirm is null)
        {
            findings.Error(
                FindingCodes.MissingValue,
                document.At("state"),
                $"tenant '{tenant.Name}' is retired, which lets its data be deleted, but 'retire_confirm' is missing.",
                $"add 'retire_confirm: {tenant.Name}' to confirm, or set 'state: offboarding' to keep the data.");
        }
        else if (tenant.RetireConfirm is not null && tenant.State != TenantState.Retired)
        {
            findings.Error(
                FindingCodes.InvalidValue,
                document.At("retire_confirm"),
                $"'retire_confirm' is given but tenant '{tenant.Name}' is {tenant.State.ToString().ToLowerInvariant()}; a standing confirmation would let a one-line change delete its data.",
                "remove 'retire_confirm' until the tenant is retired.");
        }
        else if (tenant.RetireConfirm is { } confirmed && confirmed != tenant.Name)
        {
            findings.Error(
                FindingCodes.InvalidValue,
                document.At("retire_confirm"),
                $"'retire_confirm' is '{confirmed}', but the tenant is '{tenant.Name}'.",
                $"write the tenant's own name: retire_confirm: {tenant.Name}");
        }
    }
}
