using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Metering;

/// <summary>Turns a guest's RRD rows into the samples worth storing. Pure: the same rows and watermark give the same samples.</summary>
public static class SampleConversion
{
    /// <summary>The step of the week and month timeframes in PVE 9's RRD format, for an answer with a single row.</summary>
    public const int DefaultStepSeconds = 1800;

    /// <summary>
    /// The rows that start at or after <paramref name="from"/> (the end of what is already stored) and whose step
    /// has ended by <paramref name="now"/>; a step still in progress would be stored half-full and then never
    /// corrected, because the store keeps the first row it gets for a timestamp. Rows with no allocation at all are
    /// times before the guest existed. A negative traffic rate (a counter reset in a DERIVE source without a minimum)
    /// counts as no traffic, never as a credit.
    /// </summary>
    public static IReadOnlyList<UsageSample> FromRrd(int vmId, IReadOnlyList<RrdRow> rows, long? from, long now)
    {
        var ordered = rows.OrderBy(r => r.Time).ToList();
        var step = Step(ordered);
        var samples = new List<UsageSample>(ordered.Count);
        foreach (var row in ordered)
        {
            if ((from is { } start && row.Time < start) || row.Time + step > now || row is { MaxCpu: null, MaxMem: null, MaxDisk: null })
            {
                continue;
            }

            samples.Add(new UsageSample(vmId, row.Time, step, row.MaxCpu, row.Cpu, row.MaxMem, row.Mem, row.MaxDisk, NonNegative(row.NetIn), NonNegative(row.NetOut)));
        }

        return samples;
    }

    /// <summary>The spacing of the rows: the smallest gap between two consecutive timestamps.</summary>
    public static int Step(IReadOnlyList<RrdRow> ordered)
    {
        var step = long.MaxValue;
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].Time - ordered[i - 1].Time;
            if (gap > 0 && gap < step)
            {
                step = gap;
            }
        }

        return step == long.MaxValue ? DefaultStepSeconds : (int)step;
    }

    private static double? NonNegative(double? rate) => rate < 0 ? 0 : rate;
}
