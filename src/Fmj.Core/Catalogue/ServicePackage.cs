namespace Fmj.Core.Catalogue;

/// <summary>A package a tenant buys: its allocation, whether it includes HA, and its monthly price.</summary>
public sealed record ServicePackage(string Name, ResourceAllocation Allocation, bool HighAvailability, decimal MonthlyPrice)
{
    /// <summary>The package name for a custom engagement, whose allocation and price are in the tenant file.</summary>
    public const string Custom = "custom";

    public bool IsCustom => Name == Custom;

    /// <summary>The package's backups, from the catalogue; null for a custom engagement (see <see cref="CustomDefaults"/>).</summary>
    public BackupPolicy? Backup { get; init; }

    /// <summary>How often HA guests replicate to the tenant's partner node; null without HA or for a custom engagement.</summary>
    public string? ReplicationSchedule { get; init; }
}
