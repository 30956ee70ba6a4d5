namespace Fmj.Billing.Storage;

/// <summary>A guest as last seen, with the end of what is stored for it (its watermark), in Unix seconds.</summary>
public sealed record StoredGuest(int VmId, string Type, string? Name, string? Node, string? Pool, long? CollectedUntil);
