namespace Fmj.Core.Tenants;

/// <summary>
/// Where a tenant is in its life. Offboarding revokes access and stops the guests but keeps every byte; only
/// retired, confirmed in the file, lifts the protection that keeps the tenant's data from being deleted.
/// </summary>
public enum TenantState
{
    Active,
    Offboarding,
    Retired,
}
