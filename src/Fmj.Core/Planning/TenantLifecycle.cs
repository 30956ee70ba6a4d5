using Fmj.Core.Tenants;

namespace Fmj.Core.Planning;

/// <summary>
/// What each tenant state means for the plan, in one place:
/// <list type="table">
/// <item><term>active</term><description>access granted, guests running, backups on, data protected, proxy account kept.</description></item>
/// <item><term>offboarding</term><description>access revoked (realm and ACLs gone), guests and HA stopped, backup job disabled (its backups kept as they are), data protected.</description></item>
/// <item><term>retired</term><description>as offboarding, and no backup job or proxy account; the data-holding resources lose their protection, so removing the tenant file afterwards deletes them.</description></item>
/// </list>
/// </summary>
public static class TenantLifecycle
{
    public static bool GrantsAccess(TenantState state) => state == TenantState.Active;

    public static bool RunsGuests(TenantState state) => state == TenantState.Active;

    public static bool ProtectsData(TenantState state) => state != TenantState.Retired;

    /// <summary>The backup job exists until retirement, and runs only while the tenant is active.</summary>
    public static bool KeepsBackupJob(TenantState state) => state != TenantState.Retired;

    /// <summary>The reverse-proxy account is removed at retirement.</summary>
    public static bool KeepsProxyAccount(TenantState state) => state != TenantState.Retired;

    /// <summary>The HA state every HA resource of the tenant asks for.</summary>
    public static string HaState(TenantState state) => RunsGuests(state) ? "started" : "stopped";
}
