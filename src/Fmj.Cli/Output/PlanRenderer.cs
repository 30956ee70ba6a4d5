using System.Globalization;
using Fmj.Core.Planning;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Fmj.Cli.Output;

/// <summary>The plan and the capacity report as plain tables, readable in a terminal and in a CI log.</summary>
public static partial class PlanRenderer
{
    public static void Write(ClusterPlan plan, TextWriter writer)
    {
        var console = Console(writer);
        console.WriteLine($"Cluster {plan.Cluster} (PVE {plan.PveMajorVersion}), catalogue {plan.CatalogueVersion}: {plan.Tenants.Count} tenant(s).");
        console.WriteLine($"Tenant role {plan.TenantRole.RoleId}: {string.Join(", ", plan.TenantRole.Privileges)}");
        foreach (var tenant in plan.Tenants)
        {
            console.WriteLine();
            WriteTenant(console, tenant);
        }
    }

    public static void WriteCapacity(string stack, CapacityReport capacity, TextWriter writer)
    {
        var console = Console(writer);
        console.WriteLine($"Capacity of stack {stack}: committed = tenant allocations + base environments; warning above {capacity.WarnPercent}%.");
        var table = NewTable("Resource", "Committed", "Physical", "Overcommit", "Limit", "Used");
        foreach (var line in capacity.Lines)
        {
            var state = line.Committed > line.Limit ? " OVER" : line.Percent > capacity.WarnPercent ? " WARN" : "";
            table.AddRow(Cells(line.Resource, Number(line.Committed), Number(line.Physical), $"x{Number(line.Overcommit)}", Number(line.Limit), $"{line.Percent:0.0}%{state}"));
        }

        console.Write(table);
    }

    private static void WriteTenant(IAnsiConsole console, TenantPlan tenant)
    {
        var package = tenant.Package;
        console.WriteLine($"Tenant {tenant.Name}: {tenant.DisplayName} (number {tenant.Number}), package {package.Name}, {(package.HighAvailability ? "HA" : "no HA")}, {package.MonthlyPrice.ToString("0.00", CultureInfo.InvariantCulture)} a month; nodes {string.Join(", ", tenant.Nodes)}");

        var quota = NewTable("Quota", "Used", "Allowed", "Left");
        quota.AddRow(Cells("vCPU", $"{package.Used.Vcpu}", $"{package.Allowed.Vcpu}", $"{package.Allowed.Vcpu - package.Used.Vcpu}"));
        quota.AddRow(Cells("RAM", Gb(package.Used.MemoryMb / 1024m), Gb(package.Allowed.MemoryGb), Gb((package.Allowed.MemoryMb - package.Used.MemoryMb) / 1024m)));
        quota.AddRow(Cells("Disk", Gb(package.Used.DiskGb), Gb(package.Allowed.StorageGb), Gb(package.Allowed.StorageGb - package.Used.DiskGb)));
        quota.AddRow(Cells("HA", tenant.Guests.Any(g => g.CountsAgainstPackage && g.HighAvailability) ? "yes" : "no", package.HighAvailability ? "yes" : "no", ""));
        console.Write(quota);

        var network = tenant.Network;
        var objects = NewTable("Object", "Id", "Details");
        objects.AddRow(Cells("SDN zone (VLAN)", network.Zone.Id, $"bridge {network.Zone.Bridge}, nodes {string.Join(", ", network.Zone.Nodes)}, IPAM {network.Zone.Ipam}"));
        foreach (var vnet in new[] { network.Public, network.Private })
        {
            objects.AddRow(Cells("VNet", vnet.Id, $"tag {vnet.Tag}, subnet {vnet.Subnet.Cidr}, gateway {vnet.Subnet.Gateway}"));
        }

        var storage = tenant.Storage;
        objects.AddRow(Cells("ZFS dataset", storage.Dataset, $"quota {storage.QuotaGb} GB on {string.Join(", ", storage.Nodes)}"));
        objects.AddRow(Cells("Storage", storage.StorageId, $"zfspool, {string.Join(" + ", storage.Contents)}, thin, blocksize {storage.BlockSize}"));
        objects.AddRow(Cells("Pool", tenant.Pool.Id, tenant.Pool.Comment));
        if (tenant.Access.Realm is { } realm)
        {
            var sync = realm.Sync is { } s ? $"sync revision {s.Revision}" : "no sync until the directory is live";
            objects.AddRow(Cells("Realm", realm.Id, $"{realm.Directory} via LDAP, {realm.Mode} {realm.Server1}{(realm.Server2 is null ? "" : ", " + realm.Server2)}:{realm.Port}, user attribute {realm.UserAttribute}, bind password from secret fmj:{realm.BindPasswordSecret}, {sync}"));
        }

        objects.AddRow(Cells("Group", tenant.Access.AdminGroup.Id, tenant.Access.AdminGroup.Comment));
        foreach (var acl in tenant.Access.Acls)
        {
            objects.AddRow(Cells("ACL", acl.Path, $"{acl.RoleId} for {acl.GroupId}{(acl.Propagate ? ", propagated" : "")}"));
        }

        AddServiceRows(objects, tenant);
        console.Write(objects);
        UplinkRenderer.Write(console, tenant);

        var guests = NewTable("VMID", "Name", "Kind", "Node", "vCPU", "RAM", "Disk", "Addresses", "HA", "Counts", "Template");
        foreach (var guest in tenant.Guests)
        {
            guests.AddRow(Cells(
                $"{guest.VmId}",
                guest.Name + GuestFlags(guest),
                guest.Kind == Fmj.Core.Catalogue.GuestKind.Vm ? "vm" : "ct",
                guest.Node,
                $"{guest.Vcpu}",
                Gb(guest.MemoryMb / 1024m),
                Gb(guest.DiskGb),
                string.Join(" ", guest.Nics.Select(n => $"{n.Bridge}:{n.Address}")),
                guest.HighAvailability ? "yes" : "no",
                guest.CountsAgainstPackage ? "package" : "base",
                guest.Template.Name));
        }

        console.Write(guests);
    }

    private static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        // Wide enough for the guest table in a CI log; a terminal gets the same layout, so output is stable.
        console.Profile.Width = 200;
        return console;
    }

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    private static IRenderable[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Gb(decimal value) => $"{Number(value)} GB";
}
