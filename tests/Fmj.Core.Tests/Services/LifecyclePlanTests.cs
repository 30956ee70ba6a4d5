using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using static Fmj.Core.Tests.Services.PlanSupport;

namespace Fmj.Core.Tests.Services;

/// <summary>Offboarding revokes access and stops guests but keeps the data; only a confirmed retirement lets it go.</summary>
public class LifecyclePlanTests
{
    private static TenantPlan Adatum(TenantState state) => Plan("adatum", state switch
    {
        TenantState.Active => text => text,
        TenantState.Offboarding => Replace("package: silver\n", "package: silver\nstate: offboarding\n"),
        _ => Replace("package: silver\n", "package: silver\nstate: retired\nretire_confirm: adatum\n"),
    });

    public static TheoryData<TenantState, bool, bool, bool, bool, bool> States() => new()
    {
        // state, access granted, guests running, data protected, backup job (enabled when running), proxy account
        { TenantState.Active, true, true, true, true, true },
        { TenantState.Offboarding, false, false, true, true, true },
        { TenantState.Retired, false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void TenantLifecycle_State_DecidesEveryConsequence(TenantState state, bool access, bool running, bool protectsData, bool backupJob, bool proxy)
    {
        Assert.Equal(access, TenantLifecycle.GrantsAccess(state));
        Assert.Equal(running, TenantLifecycle.RunsGuests(state));
        Assert.Equal(protectsData, TenantLifecycle.ProtectsData(state));
        Assert.Equal(backupJob, TenantLifecycle.KeepsBackupJob(state));
        Assert.Equal(proxy, TenantLifecycle.KeepsProxyAccount(state));
        Assert.Equal(running ? "started" : "stopped", TenantLifecycle.HaState(state));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Plan_Adatum_FollowsItsState(TenantState state, bool access, bool running, bool protectsData, bool backupJob, bool proxy)
    {
        var plan = Adatum(state);

        Assert.Equal(state, plan.State);
        Assert.Equal(access, plan.Access.Realm is not null);
        Assert.Equal(access ? 3 : 0, plan.Access.Acls.Count);
        Assert.Equal("FMJ-Admins-adatum", plan.Access.AdminGroup.Id);
        Assert.All(plan.Guests, g => Assert.Equal((running, protectsData), (g.Running, g.Protected)));
        Assert.All(plan.Guests, g => Assert.Equal(protectsData && g.Role == GuestRole.DomainController, g.ProxmoxProtection));
        Assert.Equal(protectsData, plan.Storage.Protected);
        Assert.Equal(backupJob, plan.Backup is not null);
        Assert.Equal(running, plan.Backup?.Enabled ?? false);
        Assert.Equal(proxy, plan.ReverseProxy is not null);

        // What does not hold data stays declared in every state until the tenant file goes.
        Assert.Equal(6, plan.Guests.Count);
        Assert.Equal(6, plan.HighAvailability!.Replications.Count);
        Assert.Equal(6, plan.Firewall!.Guests.Count);
    }

    [Fact]
    public void Plan_OffboardingTenantWithDirectory_NeedsNoBindPassword() =>
        Assert.Null(Adatum(TenantState.Offboarding).Access.Realm);
}
