using Fmj.Core.Planning;
using Fmj.Core.Tenants;
using Spectre.Console;

namespace Fmj.Cli.Output;

/// <summary>The platform services of a tenant's plan: state, backups, HA and replication, firewall and the proxy account.</summary>
public static partial class PlanRenderer
{
    private static void AddServiceRows(Table objects, TenantPlan tenant)
    {
        objects.AddRow(Cells("State", tenant.State.ToString().ToLowerInvariant(), tenant.State switch
        {
            TenantState.Active => "access granted, guests running, data protected",
            TenantState.Offboarding => "access revoked, guests stopped, backups paused and kept, data protected",
            _ => "retired: access revoked, guests stopped, data no longer protected; removing the tenant file deletes it",
        }));

        if (tenant.ReverseProxy is { } proxy)
        {
            var connection = proxy.Connection;
            var domains = proxy.Domains.Count == 0 ? "" : $", domains {string.Join(", ", proxy.Domains)}";
            objects.AddRow(Cells("Reverse proxy", proxy.Account, $"{proxy.Kind.ToString().ToLowerInvariant()} on {connection.User}@{connection.Host}:{connection.Port}{(connection.HostKey is null ? "" : " (host key pinned)")}, writes {proxy.ConfigDirectory}{domains}"));
        }

        if (tenant.Backup is { } backup)
        {
            var retention = string.Join(", ", backup.Retention.Select(r => $"{r.Key} {r.Value}"));
            objects.AddRow(Cells("Backup job", backup.Id, $"pool {backup.Pool} to {backup.Storage} at {backup.Schedule}, {retention}, {backup.Mode}, {backup.Compress}{(backup.Enabled ? "" : ", disabled")}"));
        }

        if (tenant.HighAvailability is { } ha)
        {
            var failback = ha.Resources.Any(r => r.Failback == false) ? ", no failback" : "";
            objects.AddRow(Cells("HA resources", ha.Resources[0].State, string.Join(" ", ha.Resources.Select(r => r.ResourceId)) + failback));
            foreach (var rule in ha.Rules)
            {
                var details = rule.Nodes is { } nodes
                    ? $"{rule.Type}{(rule.Strict == true ? ", strict" : "")}, {Priorities(nodes)}"
                    : $"{rule.Type} {rule.Affinity}: {string.Join(" ", rule.Resources)}";
                objects.AddRow(Cells("HA rule", rule.Id, details));
            }

            if (ha.Group is { } group)
            {
                objects.AddRow(Cells("HA group", group.Id, $"{Priorities(group.Nodes)}{(group.Restricted ? ", restricted" : "")}{(group.NoFailback ? ", no failback" : "")}"));
            }

            foreach (var replication in ha.Replications)
            {
                objects.AddRow(Cells("Replication", replication.Id, $"{replication.GuestKey}: {replication.Source} to {replication.Target}, {replication.Type}, schedule {replication.Schedule}"));
            }
        }

        if (tenant.Firewall is { } firewall)
        {
            var entries = string.Join(" ", firewall.OtherTenants.Entries.Select(e => e.NoMatch ? $"except {e.Cidr}" : e.Cidr));
            objects.AddRow(Cells("Firewall IP set", firewall.OtherTenants.Name, entries));
            var rules = string.Join(", ", firewall.Group.Rules.Select(r => $"{r.Direction} {r.Action} {r.Source ?? r.Destination}"));
            var policies = string.Join("; ", firewall.Guests.Select(g => $"in {g.InputPolicy}, out {g.OutputPolicy}").Distinct());
            objects.AddRow(Cells("Security group", firewall.Group.Name, $"{rules}; first on all {firewall.Guests.Count} guests' firewalls{(policies.Length == 0 ? "" : $" ({policies})")}"));
        }
    }

    private static string Priorities(IReadOnlyDictionary<string, int> nodes) => string.Join(" ", nodes.Select(n => $"{n.Key}:{n.Value}"));

    private static string GuestFlags(GuestPlan guest)
    {
        var flags = new List<string>();
        if (guest.Protected)
        {
            flags.Add("protected");
        }

        if (guest.ProxmoxProtection)
        {
            flags.Add("PVE protection");
        }

        if (!guest.Running)
        {
            flags.Add("stopped");
        }

        return flags.Count == 0 ? "" : $" ({string.Join(", ", flags)})";
    }
}
