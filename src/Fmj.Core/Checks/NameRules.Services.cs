using System.Text.RegularExpressions;

namespace Fmj.Core.Checks;

/// <summary>The values the platform services (backups, replication, HA, the reverse proxy) put into Proxmox or onto a command line.</summary>
public static partial class NameRules
{
    /// <summary>
    /// A Proxmox calendar event (backup and replication schedules), such as <c>21:30</c>, <c>mon..fri 02:00</c>,
    /// <c>2,14:00</c> or <c>*/15</c>: digits, letters, and the separators the format uses; Proxmox parses the rest.
    /// </summary>
    public static bool IsCalendarEvent(string value) => CalendarEvent().IsMatch(value);

    public const string CalendarEventRule = "a Proxmox calendar event such as 21:30, mon..fri 02:00, 2,14:00 or */15";

    /// <summary>A Proxmox storage id, such as the cluster's backup storage.</summary>
    public static bool IsStorageId(string value) => StorageId().IsMatch(value);

    public const string StorageIdRule = "a Proxmox storage id: lowercase letters, digits, '-', '_' and '.', starting with a letter, such as pbs-backup";

    /// <summary>An SSH host key in authorized_keys form (type and base64 key, no comment), to pin a host.</summary>
    public static bool IsSshHostKey(string value) => SshHostKey().IsMatch(value);

    public const string SshHostKeyRule = "the host's public key as 'type base64', such as ssh-ed25519 AAAAC3Nz... (from ssh-keyscan)";

    [GeneratedRegex(@"^[a-z0-9*][a-z0-9 :*/,.~-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarEvent();

    [GeneratedRegex(@"^[a-z][a-z0-9._-]{0,62}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex StorageId();

    [GeneratedRegex(@"^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SshHostKey();
}
