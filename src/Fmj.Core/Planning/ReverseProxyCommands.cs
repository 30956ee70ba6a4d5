using Fmj.Core.Clusters;

namespace Fmj.Core.Planning;

/// <summary>
/// The commands that keep a tenant's account on the shared reverse proxy: a system user without a login shell in
/// the group <see cref="TenantsGroup"/> (which the proxy host's sshd confines to SFTP in its own directory), a
/// root-owned directory per tenant and, inside it, the only directory the account may write. Create and update
/// ensure that state and can run any number of times; delete archives the tenant's configuration, removes the
/// user and reloads the proxy so the tenant's sites stop. Every value is quoted, although the checks already
/// allow nothing a shell would interpret.
/// </summary>
public sealed record ReverseProxyCommands(string Create, string Update, string Delete)
{
    /// <summary>The group every tenant account is in; created once, never removed by a tenant's delete.</summary>
    public const string TenantsGroup = "fmj-proxy-tenants";

    /// <summary>Where a retired tenant's proxy configuration is archived.</summary>
    public const string ArchiveRoot = "/var/backups/fmj-proxy";

    /// <summary>The parent of every tenant's directory; the proxy's main configuration includes <c>&lt;root&gt;/*/conf/*</c>.</summary>
    public static string Root(ReverseProxyKind kind) => kind switch
    {
        ReverseProxyKind.Caddy => "/etc/caddy/tenants",
        ReverseProxyKind.Nginx => "/etc/nginx/tenants",
        ReverseProxyKind.Traefik => "/etc/traefik/tenants",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string TenantDirectory(ReverseProxyKind kind, string tenant) => $"{Root(kind)}/{tenant}";

    public static string ConfigDirectory(ReverseProxyKind kind, string tenant) => $"{TenantDirectory(kind, tenant)}/conf";

    public static ReverseProxyCommands For(ReverseProxyKind kind, string sshUser, string account, string tenant)
    {
        // Root runs the commands as they are; any other user through passwordless sudo, failing rather than prompting.
        var sudo = sshUser == "root" ? "" : "sudo -n ";
        var user = ShellQuote.Quote(account);
        var group = ShellQuote.Quote(TenantsGroup);
        var home = ShellQuote.Quote(TenantDirectory(kind, tenant));
        // Each command is built in one expression rather than joined from a list of lines, so a plan allocates
        // little besides the final text.
        var ensure =
            $"set -eu; " +
            $"getent group {group} >/dev/null || {sudo}groupadd --system {group}; " +
            $"id -u {user} >/dev/null 2>&1 || {sudo}useradd --system --user-group --groups {group} --home-dir {home} --no-create-home --shell /usr/sbin/nologin {user}; " +
            $"{sudo}install -d -o root -g root -m 0755 {ShellQuote.Quote(Root(kind))} {home}; " +
            $"{sudo}install -d -o {user} -g {user} -m 0755 {ShellQuote.Quote(ConfigDirectory(kind, tenant))}";

        var archive = ShellQuote.Quote(ArchiveRoot);
        var archived = ShellQuote.Quote($"{ArchiveRoot}/{tenant}-") + "\"$(date +%Y%m%d%H%M%S)\"";
        var delete =
            $"set -eu; " +
            $"if [ -d {home} ]; then {sudo}install -d -o root -g root -m 0700 {archive}; {sudo}mv {home} {archived}; fi; " +
            $"if id -u {user} >/dev/null 2>&1; then {sudo}userdel {user}; fi" +
            (Reload(kind, sudo) is { } reload ? $"; {reload}" : "");
        return new ReverseProxyCommands(ensure, ensure, delete);
    }

    /// <summary>Caddy and nginx reload their configuration; Traefik's file provider watches the directory itself.</summary>
    private static string? Reload(ReverseProxyKind kind, string sudo) => kind switch
    {
        ReverseProxyKind.Caddy => $"{sudo}systemctl reload caddy",
        ReverseProxyKind.Nginx => $"{sudo}nginx -t && {sudo}systemctl reload nginx",
        _ => null,
    };
}
