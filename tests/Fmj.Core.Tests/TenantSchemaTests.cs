using System.Text.Json;
using System.Text.Json.Nodes;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;
using Fmj.Core.Tests.Support;
using Fmj.Core.Yaml;
using Json.Schema;

namespace Fmj.Core.Tests;

/// <summary>
/// Keeps Tenants/tenant.schema.json (what editors check while typing) and TenantLoader (what fmj and Pulumi accept)
/// in agreement: the demonstration files pass both, and every bad variant fails both.
/// </summary>
public class TenantSchemaTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=tenant.schema.json";

    private static readonly string SchemaPath = Repository.PathOf("Tenants", "tenant.schema.json");

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    [Fact]
    public void Schema_AgainstDraft202012MetaSchema_IsValid()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Schema_EveryProperty_HasDescription()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var properties = new List<string>();
        var undescribed = new List<string>();
        Walk(schema, "#");

        Assert.Empty(undescribed);
        Assert.True(properties.Count >= 50, $"only {properties.Count} properties found");

        void Walk(JsonNode? node, string path)
        {
            if (node is JsonObject obj)
            {
                // 'if' only tests values (package: custom); it defines no property an editor would describe.
                foreach (var (key, value) in obj.Where(p => p.Key != "if"))
                {
                    if (key == "properties" && value is JsonObject props)
                    {
                        foreach (var (name, property) in props)
                        {
                            properties.Add($"{path}/properties/{name}");
                            if (string.IsNullOrWhiteSpace(property?["description"]?.GetValue<string>()))
                            {
                                undescribed.Add($"{path}/properties/{name}");
                            }
                        }
                    }

                    Walk(value, $"{path}/{key}");
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}");
                }
            }
        }
    }

    [Fact]
    public void Schema_TopLevelProperties_AreTheLoadersKeys()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;

        var keys = schema["properties"]!.AsObject().Select(p => p.Key);

        Assert.Equal(TenantLoader.TopLevelKeys, keys);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void TenantFiles_FirstLine_ReferencesSchema()
    {
        var files = Directory.GetFiles(Repository.TenantsFolder, "*.yaml").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Demo.TenantNames, files.Select(Path.GetFileNameWithoutExtension));
        Assert.All(files, file => Assert.Equal(SchemaLine, File.ReadLines(file).First()));
    }

    [Theory]
    [InlineData("adatum")]
    [InlineData("contoso")]
    [InlineData("fabrikam")]
    public void DemoTenant_SchemaAndLoader_BothAccept(string name)
    {
        var text = Demo.TenantText(name);

        var (valid, errors) = ValidateWithSchema(name, text);
        var (document, findings) = Demo.Load(name, text);

        Assert.True(valid, errors);
        Assert.Empty(findings);
        Assert.NotNull(document);
    }

    /// <summary>Legitimate edits of the demonstration files: empty optional values, minimal sections, quoted text.</summary>
    public static TheoryData<string, string, string, string> GoodVariants => new()
    {
        { "no services section", "adatum", "services:\n  web_server: true\n  vpn: true\n  reverse_proxy: true\n", "" },
        { "empty optional text", "adatum", "    admin_group: FMJ-Admins\n", "    admin_group:\n" },
        { "empty optional flag and number", "adatum", "    directory_live: true\n    sync_revision: 1\n", "    directory_live: ~\n    sync_revision:\n" },
        { "empty services", "fabrikam", "services:\n  web_server: true\n", "services:\n" },
        { "empty network and nodes", "fabrikam", "services:\n", "network:\nnodes:\nservices:\n" },
        { "explicit nodes", "fabrikam", "services:\n", "nodes: [pve1, pve2]\nservices:\n" },
        { "minimal ldap", "contoso", "    port: 636\n    mode: ldaps\n", "" },
        { "empty ldap mode", "contoso", "    mode: ldaps\n", "    mode:\n" },
        { "empty machine ha", "contoso", "    ha: true\n", "    ha:\n" },
        { "quoted text", "adatum", "name: adatum\ndisplay_name: Adatum Corporation\n", "name: \"adatum\"\ndisplay_name: 'Adatum Corporation'\n" },
        { "custom package", "adatum", "package: silver\n", "package: custom\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 300\n  ha: true\n  monthly_price: 25\n" },
        { "byte order mark", "fabrikam", "# yaml-language-server", "\uFEFF# yaml-language-server" },
        { "boundary numbers", "adatum", "number: 11\n", "number: 9999\n" },
        { "flow style machine", "fabrikam", "  - number: 2\n    name: build01\n    kind: container\n    subnet: private\n    vcpu: 1\n    memory_mb: 2048\n    disk_gb: 50\n    template: debian-13-lxc\n", "  - {number: 89, name: b, kind: vm, subnet: public, vcpu: 512, memory_mb: 16, disk_gb: 1, template: t, ha: false}\n" },
    };

    [Theory]
    [MemberData(nameof(GoodVariants))]
    public void GoodVariant_SchemaAndLoader_BothAccept(string description, string name, string find, string replace)
    {
        var text = Edit(Demo.TenantText(name), find, replace);

        var (valid, errors) = ValidateWithSchema(name, text);
        var (document, findings) = Demo.Load(name, text);

        Assert.True(valid, $"{description}: {errors}");
        Assert.Empty(findings);
        Assert.NotNull(document);
    }

    /// <summary>Bad edits of the demonstration files, and the first finding the loader gives for each.</summary>
    public static TheoryData<string, string, string, string> BadVariants => new()
    {
        // Unknown keys, at every level.
        { "adatum", "cluster: dev\n", "cluster: dev\nowner: alice\n", "Tenants/adatum.yaml(6,1): error FMJ002: unknown key 'owner' at the top level. Fix: remove it; the keys allowed here are: name, display_name, number, cluster, package, custom, identity, services, network, nodes, machines, state, retire_confirm." },
        { "adatum", "    template: debian-13\n", "    template: debian-13\n    cpu: 2\n", "Tenants/adatum.yaml(31,5): error FMJ002: unknown key 'cpu' in 'machines[0]'. Fix: did you mean 'vcpu'? The keys allowed here are: number, name, kind, subnet, vcpu, memory_mb, disk_gb, template, ha." },
        { "adatum", "    netbios_name: ADATUM\n", "    netbios_name: ADATUM\n    site: hq\n", "Tenants/adatum.yaml(12,5): error FMJ002: unknown key 'site' in 'identity.active_directory'. Fix: remove it; the keys allowed here are: domain, netbios_name, domain_controllers, admin_group, directory_live, sync_revision." },
        { "fabrikam", "  web_server: true\n", "  web_server: true\n  mail: true\n", "Tenants/fabrikam.yaml(15,3): error FMJ002: unknown key 'mail' in 'services'. Fix: remove it; the keys allowed here are: web_server, vpn, reverse_proxy." },
        { "contoso", "    cidr: 10.67.12.0/24\n", "    cidr: 10.67.12.0/24\n    gateway: 10.67.12.1\n", "Tenants/contoso.yaml(34,5): error FMJ002: unknown key 'gateway' in 'network.private'. Fix: remove it; the keys allowed here are: vlan, cidr." },
        { "contoso", "  private:\n", "  dmz:\n    vlan: 2600\n  private:\n", "Tenants/contoso.yaml(32,3): error FMJ002: unknown key 'dmz' in 'network'. Fix: remove it; the keys allowed here are: public, private." },

        // Wrong types.
        { "adatum", "    vcpu: 2\n", "    vcpu: four\n", "Tenants/adatum.yaml(27,11): error FMJ004: 'machines[0].vcpu' must be a whole number, but is the text 'four'. Fix: write a number without quotes or units, for example vcpu: 1." },
        { "adatum", "number: 11\n", "number: \"11\"\n", "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the text '11'. Fix: write a number without quotes or units, for example number: 1." },
        { "adatum", "number: 11\n", "number: 1.5\n", "Tenants/adatum.yaml(4,9): error FMJ004: 'number' must be a whole number, but is the number 1.5. Fix: write a number without quotes or units, for example number: 1." },
        { "adatum", "name: adatum\n", "name: 42\n", "Tenants/adatum.yaml(2,7): error FMJ004: 'name' must be text, but is the number 42. Fix: put the value in quotes: name: \"42\"." },
        { "contoso", "    ha: true\n", "    ha: \"yes\"\n", "Tenants/contoso.yaml(44,9): error FMJ004: 'machines[0].ha' must be true or false, but is the text 'yes'. Fix: write ha: true or ha: false, without quotes." },
        { "contoso", "    ha: true\n", "    ha: yes\n", "Tenants/contoso.yaml(44,9): error FMJ004: 'machines[0].ha' must be true or false, but is the text 'yes'. Fix: write ha: true or ha: false, without quotes." },
        { "contoso", "    port: 636\n", "    port: \"636\"\n", "Tenants/contoso.yaml(15,11): error FMJ004: 'identity.ldap.port' must be a whole number, but is the text '636'. Fix: write a number without quotes or units, for example port: 1." },
        { "contoso", "    vlan: 2512\n", "    vlan: [2512]\n", "Tenants/contoso.yaml(31,11): error FMJ004: 'network.public.vlan' must be a whole number, but is a list. Fix: write a single value after 'vlan:'." },
        { "fabrikam", "services:\n", "nodes: pve1\nservices:\n", "Tenants/fabrikam.yaml(13,8): error FMJ004: 'nodes' must be a list (the nodes that host the tenant), but is the text 'pve1'. Fix: write each item on its own line starting with '- ', or as [a, b]." },
        { "fabrikam", "services:\n", "nodes: [pve1, 2]\nservices:\n", "Tenants/fabrikam.yaml(13,15): error FMJ004: 'nodes[1]' must be text, but is the number 2. Fix: put the value in quotes." },
        { "fabrikam", "machines:\n", "machines:\n  - shop02\n", "Tenants/fabrikam.yaml(17,5): error FMJ004: 'machines[0]' must be a mapping of keys and values (a machine), but is the text 'shop02'. Fix: write 'machines[0]' as indented 'key: value' lines." },
        { "fabrikam", "    domain: fabrikam.com\n", "    domain: [fabrikam.com]\n", "Tenants/fabrikam.yaml(11,13): error FMJ004: 'identity.dns.domain' must be text, but is a list. Fix: write a single value after 'domain:'." },
        { "adatum", "services:\n  web_server: true\n  vpn: true\n  reverse_proxy: true\n", "services: all\n", "Tenants/adatum.yaml(17,11): error FMJ004: 'services' must be a mapping of keys and values (the base services wanted), but is the text 'all'. Fix: write 'services' as indented 'key: value' lines." },

        // Missing values.
        { "adatum", "display_name: Adatum Corporation\n", "", "Tenants/adatum.yaml(2,1): error FMJ005: 'display_name' is missing: text. Fix: add 'display_name:' at the top level." },
        { "adatum", "display_name: Adatum Corporation\n", "display_name:\n", "Tenants/adatum.yaml(3,14): error FMJ005: 'display_name' has no value: it needs text. Fix: write the value after 'display_name:'." },
        { "adatum", "    disk_gb: 100\n", "", "Tenants/adatum.yaml(23,5): error FMJ005: 'machines[0].disk_gb' is missing: a whole number. Fix: add 'disk_gb:' under 'machines[0]'." },
        { "adatum", "    netbios_name: ADATUM\n", "", "Tenants/adatum.yaml(10,5): error FMJ005: 'identity.active_directory.netbios_name' is missing: text. Fix: add 'netbios_name:' under 'identity.active_directory'." },
        { "contoso", "    bind_dn: CN=svc-proxmox,OU=Service Accounts,DC=contoso,DC=com\n", "", "Tenants/contoso.yaml(12,5): error FMJ005: 'identity.ldap.bind_dn' is missing: text. Fix: add 'bind_dn:' under 'identity.ldap'." },
        { "fabrikam", "identity:\n  dns:\n    domain: fabrikam.com\n", "", "Tenants/fabrikam.yaml(2,1): error FMJ005: 'identity' is missing: one of active_directory, ldap or dns. Fix: add 'identity:' at the top level." },

        // Identity: exactly one option.
        { "fabrikam", "identity:\n  dns:\n    domain: fabrikam.com\n", "identity: {}\n", "Tenants/fabrikam.yaml(9,11): error FMJ005: 'identity' names none of active_directory, ldap or dns. Fix: keep exactly one of active_directory:, ldap: or dns: under identity." },
        { "fabrikam", "    domain: fabrikam.com\n", "    domain: fabrikam.com\n  active_directory:\n    domain: corp.fabrikam.com\n    netbios_name: FABRIKAM\n", "Tenants/fabrikam.yaml(10,3): error FMJ006: 'identity' names active_directory and dns; a tenant has exactly one. Fix: keep exactly one of active_directory:, ldap: or dns: under identity." },
        { "fabrikam", "    domain: fabrikam.com\n", "", "Tenants/fabrikam.yaml(10,7): error FMJ005: 'identity.dns' has no value: it needs a plain DNS server. Fix: write the value after 'dns:'." },
        { "fabrikam", "  dns:\n    domain: fabrikam.com\n", "  dns: fabrikam.com\n", "Tenants/fabrikam.yaml(10,8): error FMJ004: 'identity.dns' must be a mapping of keys and values (a plain DNS server), but is the text 'fabrikam.com'. Fix: write 'identity.dns' as indented 'key: value' lines." },
        { "contoso", "  ldap:\n", "  ldap:\n  ldap:\n", "Tenants/contoso.yaml(12,3): error FMJ003: 'ldap' appears twice in this mapping (first at line 11). Fix: keep one 'ldap' and delete the other." },

        // Custom engagements.
        { "adatum", "package: silver\n", "package: custom\ncustom:\n", "Tenants/adatum.yaml(6,10): error FMJ102: 'package' is custom but there is no 'custom' section with the agreed allocation. Fix: add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price." },
        { "adatum", "package: silver\n", "package: custom\ncustom: ~\n", "Tenants/adatum.yaml(6,10): error FMJ102: 'package' is custom but there is no 'custom' section with the agreed allocation. Fix: add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price." },
        { "adatum", "package: silver\n", "package: silver\ncustom:\n", "Tenants/adatum.yaml(7,8): error FMJ102: 'custom' is given but the package is 'silver'. Fix: remove 'custom:', or set 'package: custom'." },
        { "adatum", "package: silver\n", "package: custom\n", "Tenants/adatum.yaml(6,10): error FMJ102: 'package' is custom but there is no 'custom' section with the agreed allocation. Fix: add 'custom:' with vcpu, memory_gb, storage_gb, ha and monthly_price." },
        { "adatum", "package: silver\n", "package: silver\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 300\n  ha: true\n  monthly_price: 25\n", "Tenants/adatum.yaml(8,3): error FMJ102: 'custom' is given but the package is 'silver'. Fix: remove 'custom:', or set 'package: custom'." },
        { "adatum", "package: silver\n", "package: custom\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 300\n  ha: true\n", "Tenants/adatum.yaml(8,3): error FMJ005: 'custom.monthly_price' is missing: a number. Fix: add 'monthly_price:' under 'custom'." },
        { "adatum", "package: silver\n", "package: custom\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 300\n  ha: true\n  monthly_price: -1\n", "Tenants/adatum.yaml(12,18): error FMJ006: 'custom.monthly_price' is -1, below 0. Fix: choose a value of at least 0." },

        // Out of range and not one of the choices.
        { "adatum", "number: 11\n", "number: 10000\n", "Tenants/adatum.yaml(4,9): error FMJ006: 'number' is 10000, outside 1..9999. Fix: choose a value from 1 to 9999." },
        { "adatum", "number: 11\n", "number: 0\n", "Tenants/adatum.yaml(4,9): error FMJ006: 'number' is 0, outside 1..9999. Fix: choose a value from 1 to 9999." },
        { "adatum", "    memory_mb: 4096\n", "    memory_mb: 8\n", "Tenants/adatum.yaml(28,16): error FMJ006: 'machines[0].memory_mb' is 8, outside 16..4194304. Fix: choose a value from 16 to 4194304." },
        { "adatum", "    domain_controllers: 2\n", "    domain_controllers: 3\n", "Tenants/adatum.yaml(12,25): error FMJ006: 'identity.active_directory.domain_controllers' is 3, outside 1..2. Fix: choose a value from 1 to 2." },
        { "adatum", "    sync_revision: 1\n", "    sync_revision: 0\n", "Tenants/adatum.yaml(15,20): error FMJ006: 'identity.active_directory.sync_revision' is 0, outside 1..2147483647. Fix: choose a value from 1 to 2147483647." },
        { "adatum", "  - number: 2\n", "  - number: 90\n", "Tenants/adatum.yaml(32,13): error FMJ006: 'machines[1].number' is 90, outside 1..89. Fix: choose a value from 1 to 89." },
        { "adatum", "    vcpu: 2\n", "    vcpu: 99999999999\n", "Tenants/adatum.yaml(27,11): error FMJ006: 'machines[0].vcpu' is 99999999999, outside 1..512. Fix: choose a value from 1 to 512." },
        { "contoso", "    vlan: 2512\n", "    vlan: 4095\n", "Tenants/contoso.yaml(31,11): error FMJ006: 'network.public.vlan' is 4095, outside 2..4094. Fix: choose a value from 2 to 4094." },
        { "contoso", "    port: 636\n", "    port: 65536\n", "Tenants/contoso.yaml(15,11): error FMJ006: 'identity.ldap.port' is 65536, outside 1..65535. Fix: choose a value from 1 to 65535." },
        { "contoso", "    mode: ldaps\n", "    mode: tls\n", "Tenants/contoso.yaml(16,11): error FMJ006: 'identity.ldap.mode' is 'tls', which is not one of: ldaps, ldap+starttls, ldap. Fix: write one of: ldaps, ldap+starttls, ldap." },
        { "contoso", "      - ldap2.contoso.com\n", "      - ldap2.contoso.com\n      - ldap3.contoso.com\n", "Tenants/contoso.yaml(13,7): error FMJ006: 'identity.ldap.servers' lists 3 servers; Proxmox takes one or two. Fix: list the primary server and at most one fallback." },
        { "contoso", "    servers:\n      - ldap1.contoso.com\n      - ldap2.contoso.com\n", "    servers: []\n", "Tenants/contoso.yaml(12,14): error FMJ006: 'identity.ldap.servers' lists 0 servers; Proxmox takes one or two. Fix: list the primary server and at most one fallback." },
        { "adatum", "    kind: vm\n", "    kind: \"vm\\nreboot\"\n", "Tenants/adatum.yaml(25,11): error FMJ006: 'machines[0].kind' is 'vm\\nreboot', which is not one of: vm, container. Fix: write one of: vm, container." },
        { "adatum", "    kind: vm\n", "    kind: lxc\n", "Tenants/adatum.yaml(25,11): error FMJ006: 'machines[0].kind' is 'lxc', which is not one of: vm, container. Fix: write one of: vm, container." },
        { "contoso", "    subnet: public\n", "    subnet: dmz\n", "Tenants/contoso.yaml(56,13): error FMJ006: 'machines[2].subnet' is 'dmz', which is not one of: public, private. Fix: write one of: public, private." },

        // Broken YAML (an editor flags it before the schema), and a document that is not a tenant at all.
        { "adatum", "display_name: Adatum Corporation\n", " display_name: Adatum Corporation\n", "Tenants/adatum.yaml(3,14): error FMJ001: this ':' ends a value that began on an earlier line: this line is indented too far, or a line above lacks its ':'. Fix: give every key its ':' and line each key up with the keys around it, using spaces; put a value that contains ': ' in quotes." },
        { "adatum", "name: adatum\n", " name: adatum\n", "Tenants/adatum.yaml(3,1): error FMJ001: a line is indented less than the first key of the file. Fix: start every top-level key in the first column, using spaces." },
        { "adatum", "cluster: dev\n", "cluster: |dev\n", "Tenants/adatum.yaml(5,10): error FMJ001: a '|' or '>' starts a block of text, but something other than a comment follows it on its line. Fix: put a value that starts with '|' or '>' in quotes." },
        { "adatum", "cluster: dev\n", "%cluster: dev\n", "Tenants/adatum.yaml(5,1): error FMJ001: a line starts with '%', which YAML reads as a directive. Fix: put a value that starts with '%' in quotes." },
        { "adatum", "cluster: dev\n", "cluster: \"dev\nnodes: x\"\n", "Tenants/adatum.yaml(5,10): error FMJ001: a quoted value goes on to a line that is not indented. Fix: close the quote on the same line, or indent the lines that continue it." },
        { "adatum", "    domain: corp.adatum.com\n", "\tdomain: corp.adatum.com\n", "Tenants/adatum.yaml(10,1): error FMJ001: a tab is used for indentation. Fix: indent with spaces, never tabs." },
        { "adatum", "name: adatum\n", "...\nname: adatum\n", "Tenants/adatum.yaml(2,1): error FMJ001: a '...' (end of document) line comes before the document. Fix: remove the '...' line." },
        { "adatum", "cluster: dev\n", "cluster: [dev\n", "Tenants/adatum.yaml(6,1): error FMJ001: a '[' or '{' above this line is not closed. Fix: close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes." },
        { "adatum", "cluster: dev\n", "cluster: {name: dev\n", "Tenants/adatum.yaml(6,1): error FMJ001: a '[' or '{' above this line is not closed. Fix: close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes." },
        { "adatum", "\nidentity:\n", "\n{\nidentity:\n", "Tenants/adatum.yaml(9,1): error FMJ001: a '[' or '{' above this line is not closed. Fix: close the list with ']' or the mapping with '}', or put a value that starts with '[' or '{' in quotes." },
        { "fabrikam", "name: fabrikam\n", "- name: fabrikam\n", "Tenants/fabrikam.yaml(3,1): error FMJ001: a list item is not indented like the others. Fix: start every item of a list with '- ' at the same indentation." },
    };

    [Theory]
    [MemberData(nameof(BadVariants))]
    public void BadVariant_SchemaAndLoader_BothReject(string name, string find, string replace, string firstError)
    {
        var text = Edit(Demo.TenantText(name), find, replace);

        var (valid, _) = ValidateWithSchema(name, text);
        var (document, findings) = Demo.Load(name, text);

        Assert.False(valid, "the schema accepts the variant");
        Assert.Null(document);
        Assert.Equal(firstError, findings.First(f => f.IsError).ToCompilerFormat());
    }

    [Fact]
    public void BadVariants_Count_IsAtLeastFifteen()
    {
        Assert.True(BadVariants.Count >= 15, $"only {BadVariants.Count} bad variants");
    }

    /// <summary>Validates tenant text the way an editor does: YAML read by the project's reader, then JSON Schema.</summary>
    private static (bool Valid, string Errors) ValidateWithSchema(string name, string text)
    {
        var findings = new FindingList();
        var root = YamlDocumentReader.Read($"Tenants/{name}.yaml", text, findings);
        if (root is null)
        {
            return (false, string.Join("\n", findings.Items));
        }

        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(root));
        var result = Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return (result.IsValid, Describe(result));
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>Replaces the one occurrence of <paramref name="find"/>, so a table row can never silently do nothing.</summary>
    private static string Edit(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the file");
        Assert.True(text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' occurs more than once");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
