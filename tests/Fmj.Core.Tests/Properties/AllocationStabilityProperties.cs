using CsCheck;

namespace Fmj.Core.Tests.Properties;

/// <summary>
/// "Adding, removing or editing one tenant never changes another tenant's allocations": a tenant's whole plan is
/// the same whether it is planned alone or among any other generated tenants.
/// </summary>
public class AllocationStabilityProperties
{
    /// <summary>
    /// Distinct tenant numbers: the first is the tenant under test, the second the one removed or edited, the last
    /// a newcomer that is not in the fleet. Then the fleet's seed and the edited tenant's new seed.
    /// </summary>
    private static readonly Gen<(int[] Numbers, int Seed, int EditSeed)> Fleets =
        Gen.Select(Gen.Int[1, 1500].ArrayUnique[3, 10], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000])
            .Where((_, seed, editSeed) => seed != editSeed);

    [Fact]
    public void Plan_TenantAloneOrWithinAnyFleet_IsIdentical()
    {
        Fleets.Sample((numbers, seed, editSeed) =>
        {
            var subject = numbers[0];
            var other = numbers[1];
            var newcomer = numbers[^1];
            var fleet = numbers[..^1].Select(n => GeneratedFleet.Tenant(n, seed)).ToList();
            var subjectDocument = fleet[0];

            var alone = GeneratedFleet.PlanOf(GeneratedFleet.Plan([subjectDocument]), subject);
            var variants = new (string Name, IEnumerable<Fmj.Core.Tenants.TenantDocument> Tenants)[]
            {
                ("within the fleet", fleet),
                ("within the fleet, in reverse order", Enumerable.Reverse(fleet)),
                ($"within the fleet without tenant {other}", fleet.Where(d => d.Spec.Number != other)),
                ($"within the fleet with tenant {other} edited", fleet.Select(d => d.Spec.Number == other ? GeneratedFleet.Tenant(other, editSeed) : d)),
                ($"within the fleet with tenant {newcomer} added", fleet.Append(GeneratedFleet.Tenant(newcomer, seed))),
            };
            foreach (var (name, tenants) in variants)
            {
                var planned = GeneratedFleet.PlanOf(GeneratedFleet.Plan(tenants), subject);
                Assert.True(alone == planned, $"tenant {subject}'s plan {name} differs from its plan alone.");
            }
        }, iter: 100);
    }
}
