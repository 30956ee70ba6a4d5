namespace Fmj.Core.Catalogue;

/// <summary>
/// When a tenant's guests are backed up (a Proxmox calendar event such as <c>21:30</c>) and how many backups the
/// backup storage keeps: the last one of each of <see cref="KeepDaily"/> days, <see cref="KeepWeekly"/> weeks and
/// <see cref="KeepMonthly"/> months. Zero keeps none for that period.
/// </summary>
public sealed record BackupPolicy(string Schedule, int KeepDaily, int KeepWeekly, int KeepMonthly);

/// <summary>What a custom engagement's tenant file may say about its backups; whatever it leaves out comes from the catalogue.</summary>
public sealed record BackupPolicyOverride(string? Schedule, int? KeepDaily, int? KeepWeekly, int? KeepMonthly)
{
    public BackupPolicy Over(BackupPolicy defaults) => new(
        Schedule ?? defaults.Schedule,
        KeepDaily ?? defaults.KeepDaily,
        KeepWeekly ?? defaults.KeepWeekly,
        KeepMonthly ?? defaults.KeepMonthly);
}

/// <summary>The backup policy and the replication schedule of custom engagements whose tenant file gives none.</summary>
public sealed record CustomDefaults(BackupPolicy Backup, string ReplicationSchedule);
