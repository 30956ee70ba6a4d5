using System.Globalization;
using CsCheck;
using Fmj.Core.Diagnostics;
using Fmj.Core.Generation;

namespace Fmj.Core.Tests.Properties;

/// <summary>
/// A tenant owns the VMIDs from + number × blockSize up to the next block, whatever block size the cluster uses and
/// whatever machine numbers the tenant picks: a guest beyond the block would take a VMID of the next tenant.
/// </summary>
public class VmidBlockProperties
{
    private static readonly Gen<(int BlockSize, int Tenant, int Machine)> Cases =
        Gen.Select(Gen.Int[20, 200], Gen.Int[1, 1500], Gen.Int[1, 89]);

    [Fact]
    public void Check_AnyBlockSizeAndMachineNumber_AcceptsOnlyVmidsInsideTheBlock()
    {
        Cases.Sample((blockSize, number, machine) =>
        {
            var cluster = GeneratedFleet.LoadCluster(FleetGenerator.StackYaml().Replace("blockSize: 100", $"blockSize: {blockSize}", StringComparison.Ordinal));
            var tenant = GeneratedFleet.Load($"tenant{number}", TenantWithMachine(number, machine));

            var (plan, findings) = GeneratedFleet.Check([tenant], cluster);

            var fits = 10 + machine < blockSize;
            if (fits)
            {
                Assert.Empty(findings);
                PlanInvariants.AssertIsolated(cluster.Spec, plan!);
            }
            else
            {
                Assert.Null(plan);
                var finding = Assert.Single(findings);
                Assert.Equal(FindingCodes.OutOfRange, finding.Code);
                Assert.Equal(tenant.At("machines[0].number"), finding.Position);
            }
        }, iter: 300);
    }

    private static string TenantWithMachine(int number, int machine) => string.Create(CultureInfo.InvariantCulture, $"""
        name: tenant{number}
        display_name: Tenant {number}
        number: {number}
        cluster: {FleetGenerator.ClusterName}
        package: platinum
        identity:
          active_directory:
            domain: corp.tenant{number}.example
            netbios_name: T{number}
            domain_controllers: 2
        services:
          web_server: true
        machines:
          - number: {machine}
            name: app{machine}
            kind: vm
            subnet: private
            vcpu: 2
            memory_mb: 2048
            disk_gb: 20
            template: debian-13

        """);
}
