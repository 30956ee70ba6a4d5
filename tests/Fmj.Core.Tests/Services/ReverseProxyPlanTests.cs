using Fmj.Core.Clusters;
using Fmj.Core.Planning;
using static Fmj.Core.Tests.Services.PlanSupport;

namespace Fmj.Core.Tests.Services;

/// <summary>The tenant's reverse-proxy account: golden command text per proxy kind, and quoting that holds.</summary>
public class ReverseProxyPlanTests
{
    [Fact]
    public void Plan_Adatum_AccountOnTheClustersProxy()
    {
        var proxy = Plan("adatum").ReverseProxy!;

        Assert.Equal(("tenant-adatum", ReverseProxyKind.Caddy, "/etc/caddy/tenants/adatum/conf"), (proxy.Account, proxy.Kind, proxy.ConfigDirectory));
        Assert.Equal(new ProxyConnectionPlan("10.10.0.20", 22, "fmj", null), proxy.Connection);
        Assert.Equal(["corp.adatum.com"], proxy.Domains);
        Assert.Equal(ReverseProxyCommands.For(ReverseProxyKind.Caddy, "fmj", "tenant-adatum", "adatum"), proxy.Commands);
    }

    [Fact]
    public void Plan_NoAccountWanted_NoAccount() =>
        Assert.Null(Plan("fabrikam", Replace("  web_server: true\n", "  web_server: true\n  reverse_proxy: false\n")).ReverseProxy);

    public static TheoryData<ReverseProxyKind, string, string, string> Golden() => new()
    {
        {
            ReverseProxyKind.Caddy, "root",
            "set -eu; getent group 'fmj-proxy-tenants' >/dev/null || groupadd --system 'fmj-proxy-tenants'; "
            + "id -u 'tenant-adatum' >/dev/null 2>&1 || useradd --system --user-group --groups 'fmj-proxy-tenants' --home-dir '/etc/caddy/tenants/adatum' --no-create-home --shell /usr/sbin/nologin 'tenant-adatum'; "
            + "install -d -o root -g root -m 0755 '/etc/caddy/tenants' '/etc/caddy/tenants/adatum'; "
            + "install -d -o 'tenant-adatum' -g 'tenant-adatum' -m 0755 '/etc/caddy/tenants/adatum/conf'",
            "set -eu; if [ -d '/etc/caddy/tenants/adatum' ]; then install -d -o root -g root -m 0700 '/var/backups/fmj-proxy'; mv '/etc/caddy/tenants/adatum' '/var/backups/fmj-proxy/adatum-'\"$(date +%Y%m%d%H%M%S)\"; fi; "
            + "if id -u 'tenant-adatum' >/dev/null 2>&1; then userdel 'tenant-adatum'; fi; systemctl reload caddy"
        },
        {
            ReverseProxyKind.Nginx, "fmj",
            "set -eu; getent group 'fmj-proxy-tenants' >/dev/null || sudo -n groupadd --system 'fmj-proxy-tenants'; "
            + "id -u 'tenant-adatum' >/dev/null 2>&1 || sudo -n useradd --system --user-group --groups 'fmj-proxy-tenants' --home-dir '/etc/nginx/tenants/adatum' --no-create-home --shell /usr/sbin/nologin 'tenant-adatum'; "
            + "sudo -n install -d -o root -g root -m 0755 '/etc/nginx/tenants' '/etc/nginx/tenants/adatum'; "
            + "sudo -n install -d -o 'tenant-adatum' -g 'tenant-adatum' -m 0755 '/etc/nginx/tenants/adatum/conf'",
            "set -eu; if [ -d '/etc/nginx/tenants/adatum' ]; then sudo -n install -d -o root -g root -m 0700 '/var/backups/fmj-proxy'; sudo -n mv '/etc/nginx/tenants/adatum' '/var/backups/fmj-proxy/adatum-'\"$(date +%Y%m%d%H%M%S)\"; fi; "
            + "if id -u 'tenant-adatum' >/dev/null 2>&1; then sudo -n userdel 'tenant-adatum'; fi; sudo -n nginx -t && sudo -n systemctl reload nginx"
        },
        {
            ReverseProxyKind.Traefik, "root",
            "set -eu; getent group 'fmj-proxy-tenants' >/dev/null || groupadd --system 'fmj-proxy-tenants'; "
            + "id -u 'tenant-adatum' >/dev/null 2>&1 || useradd --system --user-group --groups 'fmj-proxy-tenants' --home-dir '/etc/traefik/tenants/adatum' --no-create-home --shell /usr/sbin/nologin 'tenant-adatum'; "
            + "install -d -o root -g root -m 0755 '/etc/traefik/tenants' '/etc/traefik/tenants/adatum'; "
            + "install -d -o 'tenant-adatum' -g 'tenant-adatum' -m 0755 '/etc/traefik/tenants/adatum/conf'",
            "set -eu; if [ -d '/etc/traefik/tenants/adatum' ]; then install -d -o root -g root -m 0700 '/var/backups/fmj-proxy'; mv '/etc/traefik/tenants/adatum' '/var/backups/fmj-proxy/adatum-'\"$(date +%Y%m%d%H%M%S)\"; fi; "
            + "if id -u 'tenant-adatum' >/dev/null 2>&1; then userdel 'tenant-adatum'; fi"
        },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Commands_PerProxyKind_AreTheGoldenText(ReverseProxyKind kind, string sshUser, string ensure, string delete)
    {
        var commands = ReverseProxyCommands.For(kind, sshUser, "tenant-adatum", "adatum");

        Assert.Equal(ensure, commands.Create);
        Assert.Equal(ensure, commands.Update);
        Assert.Equal(delete, commands.Delete);
    }

    /// <summary>The checks refuse such names long before; the quoting alone must still keep a value one word.</summary>
    [Theory]
    [InlineData("x'; reboot; '")]
    [InlineData("$(reboot)")]
    [InlineData("a b\nreboot")]
    public void Commands_HostileValue_StaysOneQuotedWord(string hostile)
    {
        var commands = ReverseProxyCommands.For(ReverseProxyKind.Caddy, "root", hostile, hostile);

        Assert.Contains($"userdel {ShellQuote.Quote(hostile)}", commands.Delete, StringComparison.Ordinal);
        Assert.DoesNotContain($" {hostile}", commands.Create, StringComparison.Ordinal);
    }
}
