using Fmj.Core.Catalogue;
using Fmj.Core.Checks;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tenants;

/// <summary>
/// Reads one tenant file strictly: unknown keys, duplicate keys, wrong types, missing values and broken YAML
/// each become a finding with file, line and column. Never throws on bad input.
/// </summary>
public static class TenantLoader
{
    public static readonly string[] TopLevelKeys = ["name", "display_name", "number", "cluster", "package", "custom", "identity", "services", "network", "nodes", "machines", "state", "retire_confirm"];

    public static TenantDocument? Load(string displayPath, string text, FindingList findings)
    {
        var before = findings.Items.Count;
        return Load(displayPath, text, YamlDocumentReader.Read(displayPath, text, findings), findings, before);
    }

    /// <summary>
    /// Loads a tenant from the tree <see cref="YamlDocumentReader"/> made of <paramref name="text"/>, for a caller that
    /// parses on one thread and loads on another. <paramref name="fileFindings"/> is this file's own list, already
    /// holding what the parse reported: an error there refuses the document, as in the other overload.
    /// </summary>
    internal static TenantDocument? Load(string displayPath, string text, YamlNode? root, FindingList fileFindings) =>
        Load(displayPath, text, root, fileFindings, before: 0);

    private static TenantDocument? Load(string displayPath, string text, YamlNode? root, FindingList findings, int before)
    {
        var reader = YamlObjectReader.From(root, "", "a tenant", findings);
        if (root is null || reader is null)
        {
            return null;
        }

        var name = reader.Text("name", required: true);
        var displayName = reader.Text("display_name", required: true);
        var number = reader.WholeNumber("number", required: true, min: 1, max: 9999);
        var cluster = reader.Text("cluster", required: true);
        var package = reader.Text("package", required: true);
        var custom = ReadCustom(reader.Mapping("custom", required: false, "the agreed allocation and price"));
        var identity = ReadIdentity(reader.Mapping("identity", required: true, "one of active_directory, ldap or dns"));
        var services = ReadServices(reader.Mapping("services", required: false, "the base services wanted"));
        var network = ReadNetwork(reader.Mapping("network", required: false, "explicit VLAN tags and CIDRs"));
        var nodes = reader.StringList("nodes", required: false, "the nodes that host the tenant") ?? [];
        var machines = reader.List("machines", required: false, "the tenant's own machines", (node, path) => ReadMachine(node, path, findings)) ?? [];
        var state = reader.Choice("state", required: false, "active", "offboarding", "retired");
        var retireConfirm = reader.Text("retire_confirm", required: false);
        reader.Finish(TopLevelKeys);

        // An empty 'custom:' is no allocation: with package custom it must be reported here, or the tenant would
        // load cleanly and then be left out of the plan without a word.
        var customGiven = package == ServicePackage.Custom
            ? reader.Node("custom") is not (null or YamlScalar { Kind: YamlScalarKind.Null })
            : reader.Has("custom");
        if (package is not null && (package == ServicePackage.Custom) != customGiven)
        {
            findings.Error(
                FindingCodes.CustomAllocation,
                reader.PositionOf(package == ServicePackage.Custom ? "package" : "custom"),
                package == ServicePackage.Custom ? "'package' is custom but there is no 'custom' section with the agreed allocation." : $"'custom' is given but the package is '{package}'.",
                package == ServicePackage.Custom ? "add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price." : "remove 'custom:', or set 'package: custom'.");
        }

        if (name is not null && !string.Equals(Path.GetFileNameWithoutExtension(displayPath), name, StringComparison.Ordinal))
        {
            // Suggest renaming the file only to a name that is allowed: never to '$(rm -rf /).yaml'.
            findings.Error(
                FindingCodes.FileNameMismatch,
                reader.PositionOf("name"),
                $"the tenant is named '{name}' but its file is '{Path.GetFileName(displayPath)}'.",
                NameRules.IsTenantName(name) ? $"rename the file to {name}.yaml, or fix 'name'." : $"set 'name' to the file's name; a tenant name is {NameRules.TenantNameRule}.");
        }

        if (findings.Items.Skip(before).Any(f => f.IsError)
            || name is null || displayName is null || number is null || cluster is null || package is null || identity is null || network is null)
        {
            return null;
        }

        var spec = new TenantSpec
        {
            Name = name,
            DisplayName = displayName,
            Number = number.Value,
            Cluster = cluster,
            Package = package,
            Custom = custom,
            Identity = identity,
            Services = services ?? new BaseServicesSpec(WebServer: false, Vpn: true, ReverseProxy: true),
            Network = network,
            Nodes = nodes,
            Machines = machines,
            State = state is null ? TenantState.Active : Enum.Parse<TenantState>(state, ignoreCase: true),
            RetireConfirm = retireConfirm,
        };
        return new TenantDocument(displayPath, spec, text);
    }

    private static CustomEngagement? ReadCustom(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var vcpu = reader.WholeNumber("vcpu", required: true, min: 1, max: 4096);
        var memory = reader.WholeNumber("memory_gb", required: true, min: 1, max: 65536);
        var storage = reader.WholeNumber("storage_gb", required: true, min: 1, max: 1_000_000);
        var ha = reader.Flag("ha", required: true);
        var price = reader.Number("monthly_price", required: true);
        var backup = PlatformServicesReader.BackupOverride(reader.Mapping("backup", required: false, "the agreed backup schedule and retention"), required: false);
        var replication = PlatformServicesReader.Schedule(reader, "replication_schedule", required: false);
        reader.Finish(["vcpu", "memory_gb", "storage_gb", "ha", "monthly_price", "backup", "replication_schedule"]);
        if (replication is not null && ha == false)
        {
            reader.Findings.Error(FindingCodes.InvalidValue, reader.PositionOf("replication_schedule"), "'custom.replication_schedule' is given but the engagement has no HA, and only HA guests are replicated.", "remove 'replication_schedule', or set 'ha: true'.");
        }

        return vcpu is null || memory is null || storage is null || ha is null || price is null
            ? null
            : new CustomEngagement(new ResourceAllocation(vcpu.Value, memory.Value, storage.Value), ha.Value, price.Value) { Backup = backup, ReplicationSchedule = replication };
    }

    private static IdentitySpec? ReadIdentity(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        string[] options = ["active_directory", "ldap", "dns"];
        var given = options.Where(reader.Has).ToList();
        // The one option given must hold a mapping: 'dns:' with nothing under it is reported, not skipped.
        var only = given.Count == 1 ? given[0] : null;
        var ad = reader.Mapping("active_directory", required: only == "active_directory", "the domain controller FMJ provisions");
        var ldap = reader.Mapping("ldap", required: only == "ldap", "the tenant's existing directory");
        var dns = reader.Mapping("dns", required: only == "dns", "a plain DNS server");
        reader.Finish(options);
        if (given.Count != 1)
        {
            reader.Findings.Error(
                given.Count == 0 ? FindingCodes.MissingValue : FindingCodes.InvalidValue,
                reader.Position,
                given.Count == 0 ? "'identity' names none of active_directory, ldap or dns." : $"'identity' names {string.Join(" and ", given)}; a tenant has exactly one.",
                "keep exactly one of active_directory:, ldap: or dns: under identity.");
            return null;
        }

        if ((given[0] switch { "active_directory" => ad, "ldap" => ldap, _ => dns }) is null)
        {
            // The option is there but empty or not a mapping: Mapping(required: true) reported it at the value.
            return null;
        }

        if (ad is not null)
        {
            var domain = ad.Text("domain", required: true);
            var netbios = ad.Text("netbios_name", required: true);
            var controllers = ad.WholeNumber("domain_controllers", required: false, min: 1, max: 2) ?? 1;
            var group = ad.Text("admin_group", required: false) ?? "FMJ-Admins";
            var sync = ReadSync(ad, liveByDefault: false);
            ad.Finish(["domain", "netbios_name", "domain_controllers", "admin_group", "directory_live", "sync_revision"]);
            return domain is null || netbios is null || sync is null ? null : new ActiveDirectoryIdentity(domain, netbios, controllers, group, sync);
        }

        if (ldap is not null)
        {
            var servers = ldap.StringList("servers", required: true, "one or two directory servers");
            var port = ldap.WholeNumber("port", required: false, min: 1, max: 65535) ?? 636;
            var mode = ldap.Choice("mode", required: false, "ldaps", "ldap+starttls", "ldap") ?? "ldaps";
            var baseDn = ldap.Text("base_dn", required: true);
            var bindDn = ldap.Text("bind_dn", required: true);
            var userAttribute = ldap.Text("user_attribute", required: false) ?? "uid";
            var groupDn = ldap.Text("group_dn", required: false);
            var group = ldap.Text("admin_group", required: false) ?? "FMJ-Admins";
            var domain = ldap.Text("domain", required: false);
            var sync = ReadSync(ldap, liveByDefault: true);
            ldap.Finish(["servers", "port", "mode", "base_dn", "bind_dn", "user_attribute", "group_dn", "admin_group", "domain", "directory_live", "sync_revision"]);
            if (servers is { Count: 0 or > 2 })
            {
                ldap.Findings.Error(FindingCodes.InvalidValue, ldap.PositionOf("servers"), $"'identity.ldap.servers' lists {servers.Count} servers; Proxmox takes one or two.", "list the primary server and at most one fallback.");
                return null;
            }

            return servers is null || baseDn is null || bindDn is null || sync is null
                ? null
                : new ExistingLdapIdentity(servers, port, mode, baseDn, bindDn, userAttribute, groupDn, group, domain, sync);
        }

        if (dns is null)
        {
            // The option is empty or not a mapping, which has been reported.
            return null;
        }

        var dnsDomain = dns.Text("domain", required: true);
        dns.Finish(["domain"]);
        return dnsDomain is null ? null : new DnsOnlyIdentity(dnsDomain);
    }


    private static DirectorySync? ReadSync(YamlObjectReader reader, bool liveByDefault)
    {
        var live = reader.Flag("directory_live", required: false) ?? liveByDefault;
        var revision = reader.WholeNumber("sync_revision", required: false, min: 1) ?? 1;
        return new DirectorySync(live, revision);
    }

    private static BaseServicesSpec? ReadServices(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var web = reader.Flag("web_server", required: false) ?? false;
        var vpn = reader.Flag("vpn", required: false) ?? true;
        var proxy = reader.Flag("reverse_proxy", required: false) ?? true;
        reader.Finish(["web_server", "vpn", "reverse_proxy"]);
        return new BaseServicesSpec(web, vpn, proxy);
    }

    private static NetworkSpec? ReadNetwork(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return NetworkSpec.Derived;
        }

        var pub = ReadSubnet(reader.Mapping("public", required: false, "the public subnet's VLAN tag and CIDR"));
        var prv = ReadSubnet(reader.Mapping("private", required: false, "the private subnet's VLAN tag and CIDR"));
        reader.Finish(["public", "private"]);
        return new NetworkSpec(pub, prv);
    }

    private static SubnetOverride? ReadSubnet(YamlObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var vlan = reader.WholeNumber("vlan", required: false, min: 2, max: 4094);
        var cidr = reader.Text("cidr", required: false);
        reader.Finish(["vlan", "cidr"]);
        return new SubnetOverride(vlan, cidr);
    }

    private static MachineSpec? ReadMachine(YamlNode node, string path, FindingList findings)
    {
        var reader = YamlObjectReader.From(node, path, "a machine", findings);
        if (reader is null)
        {
            return null;
        }

        var number = reader.WholeNumber("number", required: true, min: 1, max: 89);
        var name = reader.Text("name", required: true);
        var kind = reader.Choice("kind", required: true, "vm", "container");
        var subnet = reader.Choice("subnet", required: true, "public", "private");
        var vcpu = reader.WholeNumber("vcpu", required: true, min: 1, max: 512);
        var memory = reader.WholeNumber("memory_mb", required: true, min: 16, max: 4_194_304);
        var disk = reader.WholeNumber("disk_gb", required: true, min: 1, max: 1_000_000);
        var template = reader.Text("template", required: true);
        var ha = reader.Flag("ha", required: false) ?? false;
        reader.Finish(["number", "name", "kind", "subnet", "vcpu", "memory_mb", "disk_gb", "template", "ha"]);
        if (number is null || name is null || kind is null || subnet is null || vcpu is null || memory is null || disk is null || template is null)
        {
            return null;
        }

        return new MachineSpec
        {
            Number = number.Value,
            Name = name,
            Kind = kind == "vm" ? GuestKind.Vm : GuestKind.Container,
            Subnet = subnet == "public" ? SubnetRole.Public : SubnetRole.Private,
            Vcpu = vcpu.Value,
            MemoryMb = memory.Value,
            DiskGb = disk.Value,
            Template = template,
            HighAvailability = ha,
        };
    }
}
