using System.Globalization;

namespace Fmj.Core.Planning;

/// <summary>
/// The commands that keep a tenant's ZFS dataset on a node: create if missing, set the quota, and a delete that
/// only ever removes an empty dataset — `zfs destroy` without -r refuses while any volume or snapshot exists.
/// </summary>
public sealed record DatasetCommands(string Create, string Update, string Delete)
{
    public static DatasetCommands For(string dataset, int quotaGb)
    {
        var name = ShellQuote.Quote(dataset);
        var quota = ShellQuote.Quote(string.Create(CultureInfo.InvariantCulture, $"quota={quotaGb}G"));
        return new DatasetCommands(
            Create: $"set -eu; if zfs list -H -o name {name} >/dev/null 2>&1; then zfs set {quota} {name}; else zfs create -p -o {quota} {name}; fi",
            Update: $"set -eu; zfs set {quota} {name}",
            Delete: $"set -eu; zfs destroy {name} || {{ echo 'FMJ keeps {dataset}: it still holds volumes or snapshots; offboard the tenant first' >&2; exit 1; }}");
    }
}
