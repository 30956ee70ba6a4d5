namespace Fmj.Core.Catalogue;

/// <summary>Usage-based billing rates, in the catalogue currency.</summary>
public sealed record UsageRates(decimal VcpuHour, decimal MemoryGbHour, decimal StorageGbMonth, decimal TrafficGb);
