using Fmj.Billing.Invoicing;
using Fmj.Billing.Metering;

namespace Fmj.Billing.Generation;

/// <summary>
/// A deterministic month of RRD-like samples: 30-minute steps, utilisation and traffic from a hash of
/// (seed, VMID, time) so any sample can be made without the ones before it. One guest in five is stopped for two
/// days mid-month, with no CPU, memory or traffic figures, and no traffic in the step it starts again, as Proxmox
/// records a stop and a counter reset. For golden invoices, `fmj usage generate` and the benchmark.
/// </summary>
public static class UsageGenerator
{
    public const int StepSeconds = 1800;

    /// <summary>Samples in (time, VMID) order, the store's key order, so a bulk load appends.</summary>
    public static IEnumerable<(string? Pool, UsageSample Sample)> Month(IReadOnlyList<GeneratedGuest> guests, BillingMonth month, ulong seed)
    {
        var ordered = guests.OrderBy(g => g.VmId).ToArray();
        for (var time = month.From; time < month.To; time += StepSeconds)
        {
            foreach (var guest in ordered)
            {
                yield return (guest.Pool, Sample(guest, time, month, seed));
            }
        }
    }

    public static long Count(int guests, BillingMonth month) => guests * (month.Seconds / StepSeconds);

    public static UsageSample Sample(GeneratedGuest guest, long time, BillingMonth month, ulong seed)
    {
        var (stopFrom, stopTo) = StoppedWindow(guest.VmId, month, seed);
        if (time >= stopFrom && time < stopTo)
        {
            return new UsageSample(guest.VmId, time, StepSeconds, guest.Vcpu, null, guest.MemoryBytes, null, guest.DiskBytes, null, null);
        }

        var h = Hash(seed, (ulong)guest.VmId, (ulong)time);
        var cpu = 0.05 + (0.5 * Unit(h, 0));
        var mem = Math.Round(guest.MemoryBytes * (0.4 + (0.5 * Unit(h, 1))));
        var restarted = time == stopTo;
        double? netIn = restarted ? null : Math.Round(100_000 * Unit(h, 2), 3);
        double? netOut = restarted ? null : Math.Round(50_000 * Unit(h, 3), 3);
        return new UsageSample(guest.VmId, time, StepSeconds, guest.Vcpu, Math.Round(cpu, 6), guest.MemoryBytes, mem, guest.DiskBytes, netIn, netOut);
    }

    /// <summary>One guest in five stops for two days from a day between the 5th and the 20th; the others never do.</summary>
    public static (long From, long To) StoppedWindow(int vmId, BillingMonth month, ulong seed)
    {
        var h = Hash(seed, (ulong)vmId, 0);
        if (h % 5 != 0)
        {
            return (0, 0);
        }

        var from = month.From + ((4 + (long)(h / 5 % 16)) * 86_400);
        return (from, from + (2 * 86_400));
    }

    /// <summary>A 16-bit slice of the hash as a fraction in [0, 1).</summary>
    private static double Unit(ulong hash, int slice) => ((hash >> (slice * 16)) & 0xFFFF) / 65536.0;

    /// <summary>SplitMix64 over the three inputs: stable across .NET versions, unlike <see cref="Random"/>'s algorithms.</summary>
    private static ulong Hash(ulong a, ulong b, ulong c)
    {
        var x = Mix(a ^ Mix(b ^ Mix(c)));
        return x;

        static ulong Mix(ulong z)
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
