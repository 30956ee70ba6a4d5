using Fmj.Core.Checks;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Catalogue;

/// <summary>Reads the backup and replication settings the catalogue (and a custom engagement's tenant file) give.</summary>
public static class PlatformServicesReader
{
    public static readonly string[] BackupKeys = ["schedule", "keep_daily", "keep_weekly", "keep_monthly"];

    /// <summary>The replication schedule when nothing gives one: every 15 minutes, Proxmox's own default.</summary>
    public const string DefaultReplicationSchedule = "*/15";

    /// <summary>A complete backup policy, as the catalogue gives it.</summary>
    public static BackupPolicy? Backup(YamlObjectReader? reader) =>
        BackupOverride(reader, required: true) is { Schedule: { } schedule, KeepDaily: { } daily, KeepWeekly: { } weekly, KeepMonthly: { } monthly }
            ? new BackupPolicy(schedule, daily, weekly, monthly)
            : null;

    /// <summary>Backup settings where each key may be left out (<paramref name="required"/> false) to keep the default.</summary>
    public static BackupPolicyOverride? BackupOverride(YamlObjectReader? reader, bool required)
    {
        if (reader is null)
        {
            return null;
        }

        var before = reader.Findings.Items.Count;
        var schedule = Schedule(reader, "schedule", required);
        // At least one backup is always kept: a policy that keeps nothing would prune every backup it makes.
        var daily = reader.WholeNumber("keep_daily", required, min: 1, max: 3660);
        var weekly = reader.WholeNumber("keep_weekly", required, min: 0, max: 520);
        var monthly = reader.WholeNumber("keep_monthly", required, min: 0, max: 1200);
        reader.Finish(BackupKeys);
        return reader.Findings.Items.Skip(before).Any(f => f.IsError) ? null : new BackupPolicyOverride(schedule, daily, weekly, monthly);
    }

    /// <summary>A package's replication schedule: only packages with HA replicate, every 15 minutes unless the catalogue says otherwise.</summary>
    public static string? ReplicationSchedule(YamlObjectReader package, bool? highAvailability)
    {
        var schedule = Schedule(package, "replication_schedule", required: false);
        if (schedule is not null && highAvailability == false)
        {
            package.Findings.Error(FindingCodes.InvalidValue, package.PositionOf("replication_schedule"), $"'{package.PathOf("replication_schedule")}' is given but the package has no HA, and only HA guests are replicated.", "remove 'replication_schedule', or set 'ha: true'.");
            return null;
        }

        return highAvailability == true ? schedule ?? DefaultReplicationSchedule : null;
    }

    public static string? Schedule(YamlObjectReader reader, string key, bool required)
    {
        var value = reader.Text(key, required);
        if (value is not null && !NameRules.IsCalendarEvent(value))
        {
            reader.Findings.Error(FindingCodes.InvalidValue, reader.PositionOf(key), $"'{reader.PathOf(key)}' is '{value}', which is not a schedule FMJ accepts.", $"write {NameRules.CalendarEventRule}, in quotes.");
            return null;
        }

        return value;
    }
}
