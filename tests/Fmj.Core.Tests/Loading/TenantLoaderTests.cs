using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Loading;

/// <summary>Loading tenant files strictly: every finding at the line and column of the value (or key) at fault.</summary>
public class TenantLoaderTests
{
    private const string Allowed = "name, display_name, number, cluster, package, custom, identity, services, network, nodes, machines, state, retire_confirm";
    private const string MachineKeys = "number, name, kind, subnet, vcpu, memory_mb, disk_gb, template, ha";

    [Theory]
    [InlineData("adatum")]
    [InlineData("contoso")]
    [InlineData("fabrikam")]
    public void Load_DemoTenant_HasNoFindings(string name)
    {
        var (document, findings) = Demo.Load(name, Demo.TenantText(name));

        Assert.Empty(findings);
        Assert.Equal(name, document!.Spec.Name);
    }

    /// <summary>Edits of Tenants/adatum.yaml (from, to) and the one finding each gives, in compiler format.</summary>
    public static TheoryData<string, string, string> EditedAdatum => new()
    {
        // Unknown keys: on the key, with a "did you mean" when one allowed key is close.
        { "services:\n", "service:\n", $"Tenants/adatum.yaml(17,1): error FMJ002: unknown key 'service' at the top level. Fix: did you mean 'services'? The keys allowed here are: {Allowed}." },
        { "    ha: true\n  - number: 2", "    HA: true\n  - number: 2", $"Tenants/adatum.yaml(31,5): error FMJ002: unknown key 'HA' in 'machines[0]'. Fix: did you mean 'ha'? The keys allowed here are: {MachineKeys}." },
        { "    sync_revision: 1\n", "    sync_revision: 1\n    password: hunter2\n", "Tenants/adatum.yaml(16,5): error FMJ002: unknown key 'password' in 'identity.active_directory'. Fix: remove it; the keys allowed here are: domain, netbios_name, domain_controllers, admin_group, directory_live, sync_revision." },
        { "  reverse_proxy: true\n", "  reverse_proxy: true\n  backups: true\n", "Tenants/adatum.yaml(21,3): error FMJ002: unknown key 'backups' in 'services'. Fix: remove it; the keys allowed here are: web_server, vpn, reverse_proxy." },

        // Duplicate keys: on the second occurrence.
        { "cluster: dev\n", "cluster: dev\nnumber: 12\n", "Tenants/adatum.yaml(6,1): error FMJ003: 'number' appears twice in this mapping (first at line 4). Fix: keep one 'number' and delete the other." },
        { "    vcpu: 2\n", "    vcpu: 2\n    vcpu: 4\n", "Tenants/adatum.yaml(28,5): error FMJ003: 'vcpu' appears twice in this mapping (first at line 27). Fix: keep one 'vcpu' and delete the other." },

        // Wrong types: on the value.
        { "number: 11", "number: eleven", "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the text 'eleven'. Fix: write a number without quotes or units, for example number: 1." },
        { "number: 11", "number: \"11\"", "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the text '11'. Fix: write a number without quotes or units, for example number: 1." },
        { "number: 11", "number: 11.5", "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the number 11.5. Fix: write a number without quotes or units, for example number: 1." },
        { "    disk_gb: 100\n", "    disk_gb: 100GB\n", "Tenants/adatum.yaml(29,14): error FMJ004: 'machines[0].disk_gb' must be a whole number, but is the text '100GB'. Fix: write a number without quotes or units, for example disk_gb: 1." },
        { "name: adatum", "name: 42", "Tenants/adatum.yaml(2,7): error FMJ004: 'name' must be text, but is the number 42. Fix: put the value in quotes: name: \"42\"." },
        { "  web_server: true", "  web_server: \"yes\"", "Tenants/adatum.yaml(18,15): error FMJ004: 'services.web_server' must be true or false, but is the text 'yes'. Fix: write web_server: true or web_server: false, without quotes." },
        { "  web_server: true", "  web_server: yes", "Tenants/adatum.yaml(18,15): error FMJ004: 'services.web_server' must be true or false, but is the text 'yes'. Fix: write web_server: true or web_server: false, without quotes." },
        { "services:\n  web_server: true\n  vpn: true\n  reverse_proxy: true\n", "services: all\n", "Tenants/adatum.yaml(17,11): error FMJ004: 'services' must be a mapping of keys and values (the base services wanted), but is the text 'all'. Fix: write 'services' as indented 'key: value' lines." },
        { "cluster: dev\n", "cluster: dev\nnodes: pve1\n", "Tenants/adatum.yaml(6,8): error FMJ004: 'nodes' must be a list (the nodes that host the tenant), but is the text 'pve1'. Fix: write each item on its own line starting with '- ', or as [a, b]." },
        { "cluster: dev\n", "cluster: dev\nnodes: [pve1, 2]\n", "Tenants/adatum.yaml(6,15): error FMJ004: 'nodes[1]' must be text, but is the number 2. Fix: put the value in quotes." },
        { "display_name: Adatum Corporation", "display_name: [Adatum]", "Tenants/adatum.yaml(3,15): error FMJ004: 'display_name' must be text, but is a list. Fix: write a single value after 'display_name:'." },
        { "  - number: 2\n", "  - db01\n  - number: 2\n", "Tenants/adatum.yaml(32,5): error FMJ004: 'machines[1]' must be a mapping of keys and values (a machine), but is the text 'db01'. Fix: write 'machines[1]' as indented 'key: value' lines." },

        // Missing values: an absent key on its mapping, an empty value on the value.
        { "cluster: dev\n", "", "Tenants/adatum.yaml(2,1): error FMJ005: 'cluster' is missing: text. Fix: add 'cluster:' at the top level." },
        { "    template: debian-13\n", "", "Tenants/adatum.yaml(23,5): error FMJ005: 'machines[0].template' is missing: text. Fix: add 'template:' under 'machines[0]'." },
        { "    domain: corp.adatum.com\n", "", "Tenants/adatum.yaml(10,5): error FMJ005: 'identity.active_directory.domain' is missing: text. Fix: add 'domain:' under 'identity.active_directory'." },
        { "number: 11", "number:", "Tenants/adatum.yaml(4,8): error FMJ005: 'number' has no value: it needs a whole number. Fix: write the value after 'number:'." },
        { "number: 11", "number: ~", "Tenants/adatum.yaml(4,9): error FMJ005: 'number' has no value: it needs a whole number. Fix: write the value after 'number:'." },

        // Values outside what is allowed: on the value.
        { "number: 11", "number: 0", "Tenants/adatum.yaml(4,9): error FMJ006: 'number' is 0, outside 1..9999. Fix: choose a value from 1 to 9999." },
        { "number: 11", "number: 10000", "Tenants/adatum.yaml(4,9): error FMJ006: 'number' is 10000, outside 1..9999. Fix: choose a value from 1 to 9999." },
        { "    kind: vm\n", "    kind: qemu\n", "Tenants/adatum.yaml(25,11): error FMJ006: 'machines[0].kind' is 'qemu', which is not one of: vm, container. Fix: write one of: vm, container." },
        { "    subnet: private\n    vcpu: 2\n", "    subnet: dmz\n    vcpu: 2\n", "Tenants/adatum.yaml(26,13): error FMJ006: 'machines[0].subnet' is 'dmz', which is not one of: public, private. Fix: write one of: public, private." },
        { "    domain_controllers: 2", "    domain_controllers: 3", "Tenants/adatum.yaml(12,25): error FMJ006: 'identity.active_directory.domain_controllers' is 3, outside 1..2. Fix: choose a value from 1 to 2." },
        { "  - number: 1\n", "  - number: 90\n", "Tenants/adatum.yaml(23,13): error FMJ006: 'machines[0].number' is 90, outside 1..89. Fix: choose a value from 1 to 89." },
        { "    memory_mb: 4096", "    memory_mb: 8", "Tenants/adatum.yaml(28,16): error FMJ006: 'machines[0].memory_mb' is 8, outside 16..4194304. Fix: choose a value from 16 to 4194304." },
    };

    [Theory]
    [MemberData(nameof(EditedAdatum))]
    public void Load_EditedAdatum_ReportsOneFindingAtTheValue(string from, string to, string expected)
    {
        var (document, findings) = Demo.Load("adatum", Demo.TenantText("adatum").ReplaceOnce(from, to));

        Assert.Equal([expected], Demo.Lines(findings));
        Assert.Null(document);
    }

    [Fact]
    public void Load_UnknownKeyMisspeltFromARequiredOne_ReportsMissingAndUnknown()
    {
        var text = Demo.TenantText("adatum").ReplaceOnce("display_name:", "dispaly_name:");

        Assert.Equal(
            [
                "Tenants/adatum.yaml(2,1): error FMJ005: 'display_name' is missing: text. Fix: add 'display_name:' at the top level.",
                $"Tenants/adatum.yaml(3,1): error FMJ002: unknown key 'dispaly_name' at the top level. Fix: did you mean 'display_name'? The keys allowed here are: {Allowed}.",
            ],
            Demo.LoadFindings("adatum", text));
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneInFileOrder()
    {
        var text = Demo.TenantText("adatum").Edits(
            "number: 11", "number: eleven",
            "  vpn: true", "  vpn: 1",
            "    disk_gb: 80", "    disk_gb: -1",
            "    ha: true\n  - number: 2", "    ha: true\n    colour: blue\n  - number: 2");

        Assert.Equal(
            [
                "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the text 'eleven'. Fix: write a number without quotes or units, for example number: 1.",
                "Tenants/adatum.yaml(19,8): error FMJ004: 'services.vpn' must be true or false, but is the number 1. Fix: write vpn: true or vpn: false, without quotes.",
                $"Tenants/adatum.yaml(32,5): error FMJ002: unknown key 'colour' in 'machines[0]'. Fix: remove it; the keys allowed here are: {MachineKeys}.",
                "Tenants/adatum.yaml(39,14): error FMJ006: 'machines[1].disk_gb' is -1, outside 1..1000000. Fix: choose a value from 1 to 1000000.",
            ],
            Demo.LoadFindings("adatum", text));
    }

    [Fact]
    public void Load_NameUnlikeFileName_ReportsFileNameMismatchOnName()
    {
        var findings = new FindingList();

        var document = TenantLoader.Load("Tenants/adatum-eu.yaml", Demo.TenantText("adatum"), findings);

        Assert.Null(document);
        Assert.Equal(["Tenants/adatum-eu.yaml(2,7): error FMJ007: the tenant is named 'adatum' but its file is 'adatum-eu.yaml'. Fix: rename the file to adatum.yaml, or fix 'name'."], Demo.Lines(findings.Items));
    }

    [Fact]
    public void Load_YmlExtension_MatchesTheNameLikeYaml()
    {
        var findings = new FindingList();

        var document = TenantLoader.Load("Tenants/adatum.yml", Demo.TenantText("adatum"), findings);

        Assert.Empty(findings.Items);
        Assert.NotNull(document);
    }

    [Fact]
    public void Load_CustomPackageWithoutCustomSection_ReportsCustomAllocationOnPackage()
    {
        var text = Demo.MinimalTenantText("initech", 40, package: "custom");

        Assert.Equal(
            ["Tenants/initech.yaml(5,10): error FMJ102: 'package' is custom but there is no 'custom' section with the agreed allocation. Fix: add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price."],
            Demo.LoadFindings("initech", text));
    }

    [Fact]
    public void Load_CustomPackageWithEmptyCustomSection_ReportsCustomAllocationOnPackage()
    {
        // An empty 'custom:' used to count as given: the tenant loaded with no allocation and vanished from the plan.
        var text = Demo.MinimalTenantText("initech", 40, package: "custom") + "custom:\n";

        Assert.Equal(
            ["Tenants/initech.yaml(5,10): error FMJ102: 'package' is custom but there is no 'custom' section with the agreed allocation. Fix: add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price."],
            Demo.LoadFindings("initech", text));
    }

    [Fact]
    public void Load_CataloguePackageWithCustomSection_ReportsCustomAllocationOnCustom()
    {
        var text = Demo.MinimalTenantText("initech", 40) + "custom:\n  vcpu: 6\n  memory_gb: 12\n  storage_gb: 300\n  ha: false\n  monthly_price: 33.50\n";

        Assert.Equal(
            ["Tenants/initech.yaml(10,3): error FMJ102: 'custom' is given but the package is 'bronze'. Fix: remove 'custom:', or set 'package: custom'."],
            Demo.LoadFindings("initech", text));
    }

    [Fact]
    public void Load_CustomSection_ReadsTheAgreedAllocationAndPriceAsDecimal()
    {
        var text = Demo.MinimalTenantText("initech", 40, package: "custom") + "custom:\n  vcpu: 6\n  memory_gb: 12\n  storage_gb: 300\n  ha: true\n  monthly_price: 33.10\n";

        var custom = Demo.Tenant("initech", text).Spec.Custom!;

        Assert.Equal(new ResourceAllocation(6, 12, 300), custom.Allocation);
        Assert.True(custom.HighAvailability);
        Assert.Equal(33.10m, custom.MonthlyPrice);
        Assert.Equal("33.10", custom.MonthlyPrice.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The identity section as written in a minimal tenant, and the one finding it gives.</summary>
    public static TheoryData<string, string> Identities => new()
    {
        { "identity: {}\n", "Tenants/initech.yaml(6,11): error FMJ005: 'identity' names none of active_directory, ldap or dns. Fix: keep exactly one of active_directory:, ldap: or dns: under identity." },
        { "identity:\n  dns:\n    domain: initech.com\n  ldap:\n    servers: [ldap.initech.com]\n    base_dn: DC=initech,DC=com\n    bind_dn: CN=pve,DC=initech,DC=com\n", "Tenants/initech.yaml(7,3): error FMJ006: 'identity' names ldap and dns; a tenant has exactly one. Fix: keep exactly one of active_directory:, ldap: or dns: under identity." },
        // An option with nothing under it used to throw a NullReferenceException.
        { "identity:\n  dns:\n", "Tenants/initech.yaml(7,7): error FMJ005: 'identity.dns' has no value: it needs a plain DNS server. Fix: write the value after 'dns:'." },
        { "identity:\n  active_directory:\nservices:\n  vpn: true\n", "Tenants/initech.yaml(7,20): error FMJ005: 'identity.active_directory' has no value: it needs the domain controller FMJ provisions. Fix: write the value after 'active_directory:'." },
        { "identity:\n  ldap: ~\n", "Tenants/initech.yaml(7,9): error FMJ005: 'identity.ldap' has no value: it needs the tenant's existing directory. Fix: write the value after 'ldap:'." },
        { "identity:\n  dns: yes\n", "Tenants/initech.yaml(7,8): error FMJ004: 'identity.dns' must be a mapping of keys and values (a plain DNS server), but is the text 'yes'. Fix: write 'identity.dns' as indented 'key: value' lines." },
        { "identity:\n  ldap:\n    servers: [a.initech.com, b.initech.com, c.initech.com]\n    base_dn: DC=initech,DC=com\n    bind_dn: CN=pve,DC=initech,DC=com\n", "Tenants/initech.yaml(8,14): error FMJ006: 'identity.ldap.servers' lists 3 servers; Proxmox takes one or two. Fix: list the primary server and at most one fallback." },
        { "identity:\n  ldap:\n    servers: []\n    base_dn: DC=initech,DC=com\n    bind_dn: CN=pve,DC=initech,DC=com\n", "Tenants/initech.yaml(8,14): error FMJ006: 'identity.ldap.servers' lists 0 servers; Proxmox takes one or two. Fix: list the primary server and at most one fallback." },
        { "identity:\n  ldap:\n    servers: [ldap.initech.com]\n    mode: ldapx\n    base_dn: DC=initech,DC=com\n    bind_dn: CN=pve,DC=initech,DC=com\n", "Tenants/initech.yaml(9,11): error FMJ006: 'identity.ldap.mode' is 'ldapx', which is not one of: ldaps, ldap+starttls, ldap. Fix: write one of: ldaps, ldap+starttls, ldap." },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void Load_IdentitySection_ReportsWhatIsWrongWithIt(string identity, string expected)
    {
        var text = Demo.MinimalTenantText("initech", 40).ReplaceOnce("identity:\n  dns:\n    domain: initech.com\n", identity);

        var (document, findings) = Demo.Load("initech", text);

        Assert.Equal([expected], Demo.Lines(findings));
        Assert.Null(document);
    }

    [Fact]
    public void Load_UnknownIdentityOption_ReportsTheKeyAndThatNoneIsGiven()
    {
        var text = Demo.MinimalTenantText("initech", 40).ReplaceOnce("  dns:\n    domain: initech.com\n", "  kerberos:\n    realm: INITECH.COM\n");

        Assert.Equal(
            [
                "Tenants/initech.yaml(7,3): error FMJ002: unknown key 'kerberos' in 'identity'. Fix: remove it; the keys allowed here are: active_directory, ldap, dns.",
                "Tenants/initech.yaml(7,3): error FMJ005: 'identity' names none of active_directory, ldap or dns. Fix: keep exactly one of active_directory:, ldap: or dns: under identity.",
            ],
            Demo.LoadFindings("initech", text));
    }

    [Fact]
    public void Load_OptionalValuesLeftOut_TakesTheDocumentedDefaults()
    {
        var ldap = Demo.MinimalTenantText("initech", 40).ReplaceOnce(
            "  dns:\n    domain: initech.com\n",
            "  ldap:\n    servers: [ldap.initech.com]\n    base_dn: DC=initech,DC=com\n    bind_dn: CN=pve,DC=initech,DC=com\n");

        var spec = Demo.Tenant("initech", ldap).Spec;

        Assert.Equal(new BaseServicesSpec(WebServer: false, Vpn: true, ReverseProxy: true), spec.Services);
        Assert.Equal(NetworkSpec.Derived, spec.Network);
        Assert.Empty(spec.Nodes);
        Assert.Empty(spec.Machines);
        var identity = Assert.IsType<ExistingLdapIdentity>(spec.Identity);
        Assert.Equal((636, "ldaps", "uid", "FMJ-Admins", (string?)null), (identity.Port, identity.Mode, identity.UserAttribute, identity.AdminGroup, identity.GroupDn));
        Assert.Equal(new DirectorySync(Live: true, Revision: 1), identity.Sync);
    }

    [Fact]
    public void Load_ActiveDirectoryDefaults_OneControllerNotYetLive()
    {
        var text = Demo.MinimalTenantText("initech", 40).ReplaceOnce(
            "  dns:\n    domain: initech.com\n",
            "  active_directory:\n    domain: corp.initech.com\n    netbios_name: INITECH\n");

        var identity = Assert.IsType<ActiveDirectoryIdentity>(Demo.Tenant("initech", text).Spec.Identity);

        Assert.Equal(new ActiveDirectoryIdentity("corp.initech.com", "INITECH", 1, "FMJ-Admins", new DirectorySync(Live: false, Revision: 1)), identity);
    }

    [Fact]
    public void LoadFolder_MissingFolder_ReportsUnreadableFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fmj-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var findings = new FindingList();

        var documents = TenantFolder.Load(folder, findings);

        Assert.Empty(documents);
        Assert.Equal(
            [$"{folder}(1,1): error FMJ008: the tenants folder '{folder}' does not exist. Fix: run from the repository root, or pass --tenants with the folder that holds the tenant files."],
            Demo.Lines(findings.Items));
    }

    [Fact]
    public void LoadFolder_DemoTenants_LoadsEveryFileInNameOrder()
    {
        var findings = new FindingList();

        var documents = TenantFolder.Load(Repository.TenantsFolder, findings);

        Assert.Empty(findings.Items);
        Assert.Equal(Demo.TenantNames, documents.Select(d => d.Spec.Name));
        Assert.Equal(Path.Combine(Repository.TenantsFolder, "adatum.yaml"), documents[0].Path);
    }

    [Fact]
    public void LoadFolder_FileThatCannotBeRead_ReportsItAndLoadsTheOthers()
    {
        var folder = Directory.CreateTempSubdirectory("fmj-tenants-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "adatum.yaml"), Demo.TenantText("adatum"));
            File.CreateSymbolicLink(Path.Combine(folder, "gone.yaml"), Path.Combine(folder, "no-such-target.yaml"));
            var findings = new FindingList();

            var documents = TenantFolder.Load(folder, findings);

            Assert.Equal(["adatum"], documents.Select(d => d.Spec.Name));
            var finding = Assert.Single(findings.Items);
            Assert.Equal((FindingCodes.UnreadableFile, Path.Combine(folder, "gone.yaml"), 1, 1), (finding.Code, finding.Position.File, finding.Position.Line, finding.Position.Column));
            Assert.StartsWith("the file cannot be read: ", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadFolder_OneBrokenFile_LoadsTheOthersAndReportsIt()
    {
        var folder = Directory.CreateTempSubdirectory("fmj-tenants-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "adatum.yaml"), Demo.TenantText("adatum"));
            File.WriteAllText(Path.Combine(folder, "broken.yaml"), "name: broken\nnumber: [\n");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a tenant");
            var findings = new FindingList();

            var documents = TenantFolder.Load(folder, findings);

            Assert.Equal(["adatum"], documents.Select(d => d.Spec.Name));
            var finding = Assert.Single(findings.Items);
            Assert.Equal((FindingCodes.YamlSyntax, Path.Combine(folder, "broken.yaml")), (finding.Code, finding.Position.File));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
