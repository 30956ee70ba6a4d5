using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Collection;

/// <summary>
/// What a collection did for one guest: how many new samples it stored, how much time the RRD could no longer
/// reach back to (collect more often than the month the RRD keeps), or why it failed.
/// </summary>
public sealed record GuestOutcome(
    int VmId,
    string Type,
    string? Name,
    string? Pool,
    string? Tenant,
    int Stored,
    long MissedSeconds,
    ProxmoxApiException? Failure)
{
    public bool Succeeded => Failure is null;
}
