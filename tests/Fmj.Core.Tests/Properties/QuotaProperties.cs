using System.Globalization;
using System.Text;
using CsCheck;
using Fmj.Core.Diagnostics;
using Fmj.Core.Generation;

namespace Fmj.Core.Tests.Properties;

/// <summary>
/// Model-based: the checks refuse a tenant's machines for vCPU (FMJ103), RAM (FMJ104) or disk (FMJ105) exactly when
/// their sum exceeds the package, computed here from the business's own figures, and point at the machine that
/// tipped the sum over.
/// </summary>
public class QuotaProperties
{
    /// <summary>The packages as the business sells them: vCPU, GB of RAM, GB of storage, HA.</summary>
    private static readonly Dictionary<string, Allocation> Catalogue = new(StringComparer.Ordinal)
    {
        ["bronze"] = new(2, 4, 100, Ha: false),
        ["silver"] = new(4, 8, 250, Ha: true),
        ["gold"] = new(8, 16, 1000, Ha: true),
        ["platinum"] = new(16, 32, 2500, Ha: true),
    };

    private static readonly Gen<Machine> Machines =
        Gen.Select(Gen.Int[1, 4], Gen.OneOf(512, 1024, 1536, 2048, 4096, 8192), Gen.OneOf(10, 20, 25, 50, 100, 250, 500), Gen.Bool, Gen.Bool, Gen.Bool,
            (vcpu, memory, disk, container, isPublic, ha) => new Machine(vcpu, memory, disk, container, isPublic, ha));

    /// <summary>
    /// A catalogue package, or a custom allocation within a couple of units of the machines' sums so that the
    /// boundary (a sum exactly at the allocation must pass) comes up often.
    /// </summary>
    private static readonly Gen<Tenant> Tenants =
        Gen.Select(Machines.Array[0, 6], Gen.OneOf("bronze", "silver", "gold", "platinum", "custom"), Gen.Int[-2, 2], Gen.Int[-2, 2], Gen.Int[-50, 50], Gen.Bool)
            .Select((machines, package, dv, dm, dd, ha) => package == "custom"
                ? new Tenant(package, new Allocation(
                    Math.Max(1, machines.Sum(m => m.Vcpu) + dv),
                    Math.Max(1, (machines.Sum(m => m.MemoryMb) / 1024) + dm),
                    Math.Max(1, machines.Sum(m => m.DiskGb) + dd),
                    ha), machines)
                : new Tenant(package, Catalogue[package], machines));

    [Fact]
    public void Check_MachinesAgainstPackage_RefusesExactlyWhenASumExceedsTheAllocation()
    {
        Tenants.Sample(tenant =>
        {
            var (text, keyLines) = Write(tenant);
            var document = GeneratedFleet.Load("quota", text);

            var (plan, findings) = GeneratedFleet.Check([document]);

            var allowed = tenant.Allocation;
            var expected = new List<(string Code, int Machine, string Key)>();
            Expect("FMJ103", "vcpu", allowed.Vcpu, m => m.Vcpu);
            Expect("FMJ104", "memory_mb", allowed.MemoryGb * 1024L, m => m.MemoryMb);
            Expect("FMJ105", "disk_gb", allowed.StorageGb, m => m.DiskGb);

            var errors = findings.Where(f => f.IsError).ToList();
            Assert.Equal(expected.Select(e => e.Code), errors.Select(f => f.Code.Id));
            Assert.Equal(expected.Count == 0, plan is not null);
            foreach (var (error, (_, machine, key)) in errors.Zip(expected))
            {
                var (line, column) = keyLines[(machine, key)];
                Assert.Equal(new SourcePosition("Tenants/quota.yaml", line, column), error.Position);
            }

            if (plan is not null)
            {
                var used = plan.Tenants.Single().Package.Used;
                Assert.Equal((tenant.Machines.Sum(m => m.Vcpu), tenant.Machines.Sum(m => m.MemoryMb), tenant.Machines.Sum(m => m.DiskGb)), (used.Vcpu, used.MemoryMb, used.DiskGb));
            }

            void Expect(string code, string key, long limit, Func<Machine, int> size)
            {
                // The machine to point at is the first whose running sum passes the limit.
                var sum = 0L;
                for (var i = 0; i < tenant.Machines.Length; i++)
                {
                    sum += size(tenant.Machines[i]);
                    if (sum > limit)
                    {
                        expected.Add((code, i, key));
                        return;
                    }
                }
            }
        }, iter: 500);
    }

    /// <summary>The tenant file, and the line and column of each machine's vcpu, memory_mb and disk_gb values.</summary>
    private static (string Text, Dictionary<(int Machine, string Key), (int Line, int Column)> Keys) Write(Tenant tenant)
    {
        var lines = new List<string>
        {
            "name: quota",
            "display_name: Quota Ltd",
            "number: 7",
            $"cluster: {FleetGenerator.ClusterName}",
            $"package: {tenant.Package}",
        };
        var a = tenant.Allocation;
        if (tenant.Package == "custom")
        {
            lines.AddRange(["custom:", $"  vcpu: {a.Vcpu}", $"  memory_gb: {a.MemoryGb}", $"  storage_gb: {a.StorageGb}", $"  ha: {Flag(a.Ha)}", "  monthly_price: 99.50"]);
        }

        lines.AddRange(["identity:", "  dns:", "    domain: quota.example", "machines:" + (tenant.Machines.Length == 0 ? " []" : "")]);
        var keys = new Dictionary<(int, string), (int, int)>();
        for (var i = 0; i < tenant.Machines.Length; i++)
        {
            var m = tenant.Machines[i];
            lines.AddRange([$"  - number: {i + 1}", $"    name: m{i + 1}", $"    kind: {(m.Container ? "container" : "vm")}", $"    subnet: {(m.Public ? "public" : "private")}"]);
            Key("vcpu", m.Vcpu);
            Key("memory_mb", m.MemoryMb);
            Key("disk_gb", m.DiskGb);
            lines.AddRange([$"    template: {(m.Container ? "debian-13-lxc" : "debian-13")}", $"    ha: {Flag(m.Ha && a.Ha)}"]);

            void Key(string key, int value)
            {
                lines.Add($"    {key}: {value.ToString(CultureInfo.InvariantCulture)}");
                keys[(i, key)] = (lines.Count, $"    {key}: ".Length + 1);
            }
        }

        var text = new StringBuilder();
        lines.ForEach(line => text.Append(line).Append('\n'));
        return (text.ToString(), keys);

        static string Flag(bool value) => value ? "true" : "false";
    }

    public sealed record Allocation(int Vcpu, int MemoryGb, int StorageGb, bool Ha);

    public sealed record Machine(int Vcpu, int MemoryMb, int DiskGb, bool Container, bool Public, bool Ha);

    public sealed record Tenant(string Package, Allocation Allocation, Machine[] Machines);
}
