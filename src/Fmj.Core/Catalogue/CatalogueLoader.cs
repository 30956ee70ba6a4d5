using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Catalogue;

/// <summary>Reads the package catalogue strictly, with positions, like every other FMJ file.</summary>
public static class CatalogueLoader
{
    public static PackageCatalogue? Load(string file, string text, FindingList findings)
    {
        var root = YamlObjectReader.From(YamlDocumentReader.Read(file, text, findings), "", "the package catalogue", findings);
        if (root is null)
        {
            return null;
        }

        var version = root.Text("version", required: true);
        var currency = root.Text("currency", required: true);
        var packages = ReadPackages(root.Mapping("packages", required: true, "the packages on sale"), findings);
        var baseEnvironment = ReadBaseEnvironment(root.Mapping("base_environment", required: true, "the base services' sizes"));
        var rates = ReadRates(root.Mapping("usage_rates", required: true, "usage-based billing rates"));
        var customDefaults = ReadCustomDefaults(root.Mapping("custom_defaults", required: true, "the backups and replication of custom engagements"));
        root.Finish(["version", "currency", "packages", "custom_defaults", "base_environment", "usage_rates"]);

        if (version is null || currency is null || packages is null || baseEnvironment is null || rates is null || customDefaults is null || findings.HasErrors)
        {
            return null;
        }

        return new PackageCatalogue(version, currency, packages, baseEnvironment, rates) { CustomDefaults = customDefaults };
    }

    private static Dictionary<string, ServicePackage>? ReadPackages(YamlObjectReader? reader, FindingList findings)
    {
        if (reader is null)
        {
            return null;
        }

        var packages = new Dictionary<string, ServicePackage>(StringComparer.Ordinal);
        foreach (var name in reader.Keys())
        {
            if (name == ServicePackage.Custom)
            {
                findings.Error(FindingCodes.InvalidValue, reader.KeyPositionOf(name), "'custom' is reserved for engagements whose allocation is in the tenant file.", "rename the package.");
                continue;
            }

            var package = reader.Mapping(name, required: true, "a package");
            if (package is null)
            {
                continue;
            }

            var vcpu = package.WholeNumber("vcpu", required: true, min: 1);
            var memory = package.WholeNumber("memory_gb", required: true, min: 1);
            var storage = package.WholeNumber("storage_gb", required: true, min: 1);
            var ha = package.Flag("ha", required: true);
            var price = package.Number("monthly_price", required: true);
            var backup = PlatformServicesReader.Backup(package.Mapping("backup", required: true, "the package's backup schedule and retention"));
            var replication = PlatformServicesReader.ReplicationSchedule(package, ha);
            package.Finish(["vcpu", "memory_gb", "storage_gb", "ha", "monthly_price", "backup", "replication_schedule"]);
            if (vcpu is { } v && memory is { } m && storage is { } s && ha is { } h && price is { } p && backup is not null)
            {
                packages.Add(name, new ServicePackage(name, new ResourceAllocation(v, m, s), h, p) { Backup = backup, ReplicationSchedule = replication });
            }
        }

        return packages;
    }

    private static CustomDefaults? ReadCustomDefaults(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var backup = PlatformServicesReader.Backup(reader.Mapping("backup", required: true, "the backup schedule and retention of custom engagements"));
        var replication = PlatformServicesReader.Schedule(reader, "replication_schedule", required: true);
        reader.Finish(["backup", "replication_schedule"]);
        return backup is null || replication is null ? null : new CustomDefaults(backup, replication);
    }

    private static BaseEnvironment? ReadBaseEnvironment(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var web = ReadSize(reader.Mapping("web_server", required: true, "the web server's size"));
        var vpn = ReadSize(reader.Mapping("vpn", required: true, "the VPN's size"));
        var dc = ReadSize(reader.Mapping("domain_controller", required: true, "the domain controller's size"));
        var dns = ReadSize(reader.Mapping("dns_server", required: true, "the DNS server's size"));
        reader.Finish(["web_server", "vpn", "domain_controller", "dns_server"]);
        return web is null || vpn is null || dc is null || dns is null ? null : new BaseEnvironment(web, vpn, dc, dns);
    }

    private static BaseServiceSize? ReadSize(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var kind = reader.Choice("kind", required: true, "vm", "container");
        var template = reader.Text("template", required: true);
        var vcpu = reader.WholeNumber("vcpu", required: true, min: 1);
        var memory = reader.WholeNumber("memory_mb", required: true, min: 16);
        var disk = reader.WholeNumber("disk_gb", required: true, min: 1);
        reader.Finish(["kind", "template", "vcpu", "memory_mb", "disk_gb"]);
        return kind is null || template is null || vcpu is null || memory is null || disk is null
            ? null
            : new BaseServiceSize(kind == "vm" ? GuestKind.Vm : GuestKind.Container, template, vcpu.Value, memory.Value, disk.Value);
    }

    private static UsageRates? ReadRates(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var vcpu = reader.Number("vcpu_hour", required: true);
        var memory = reader.Number("memory_gb_hour", required: true);
        var storage = reader.Number("storage_gb_month", required: true);
        var traffic = reader.Number("traffic_gb", required: true);
        reader.Finish(["vcpu_hour", "memory_gb_hour", "storage_gb_month", "traffic_gb"]);
        return vcpu is null || memory is null || storage is null || traffic is null
            ? null
            : new UsageRates(vcpu.Value, memory.Value, storage.Value, traffic.Value);
    }
}
