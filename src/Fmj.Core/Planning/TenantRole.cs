namespace Fmj.Core.Planning;

/// <summary>
/// The tenant operator role. Tenants operate and reconfigure their guests but never create, clone, migrate or
/// resize them: Proxmox has no CPU or RAM quota, so sizing stays with FMJ. Privilege names differ between PVE 8
/// and 9, and PVE refuses a role with a name it does not know.
/// </summary>
public static class TenantRole
{
    public const string Id = "FmjTenantOperator";

    /// <summary>Never granted to a tenant, on any version.</summary>
    public static readonly IReadOnlyList<string> Forbidden =
    [
        "VM.Allocate", "VM.Clone", "VM.Migrate", "VM.Replicate", "VM.Config.CPU", "VM.Config.Memory", "VM.Monitor",
        "Permissions.Modify", "Pool.Allocate", "Datastore.Allocate", "SDN.Allocate", "Realm.Allocate", "User.Modify",
        "Sys.Audit", "Sys.Console", "Sys.Modify", "Sys.PowerMgmt", "Sys.Syslog",
    ];

    private static readonly string[] Common =
    [
        "Datastore.AllocateSpace", "Datastore.Audit", "Pool.Audit", "SDN.Audit", "SDN.Use", "VM.Audit", "VM.Backup",
        "VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Config.Disk", "VM.Config.Network", "VM.Config.Options",
        "VM.Console", "VM.PowerMgmt", "VM.Snapshot", "VM.Snapshot.Rollback",
    ];

    // PVE 9 split guest-agent access out of VM.Monitor; reading guest agent status is harmless and useful.
    private static readonly string[] Pve9Only = ["VM.GuestAgent.Audit"];

    public static TenantRolePlan For(int pveMajorVersion) => new(
        Id,
        [.. (pveMajorVersion >= 9 ? Common.Concat(Pve9Only) : Common).Order(StringComparer.Ordinal)]);
}
