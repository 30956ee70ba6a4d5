namespace Fmj.Billing.Generation;

/// <summary>A guest to generate samples for: its pool and allocation, in the API's units (bytes).</summary>
public sealed record GeneratedGuest(int VmId, string? Pool, int Vcpu, long MemoryBytes, long DiskBytes);
