namespace Fmj.Billing.Proxmox;

/// <summary>
/// Which <c>rrddata</c> timeframe to ask for. Only week and month: both are 30-minute steps in PVE 9's RRD format, so
/// rows from either land on the same timestamps and the store's key catches any overlap. Hour and day are 1-minute
/// steps, which would overlap 30-minute rows without sharing their timestamps.
/// </summary>
public static class RrdTimeframe
{
    public const string Week = "week";

    public const string Month = "month";

    /// <summary>What a week of 30-minute rows safely covers, leaving an hour for a collection's own duration.</summary>
    public static readonly TimeSpan WeekReach = TimeSpan.FromDays(7) - TimeSpan.FromHours(1);

    /// <summary>The timeframe that reaches back to the guest's watermark: week when it is recent enough, else month.</summary>
    public static string For(DateTimeOffset now, long? watermark) =>
        watermark is { } time && now - DateTimeOffset.FromUnixTimeSeconds(time) <= WeekReach ? Week : Month;
}
