using Fmj.Core.Checks;
using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests.Checks;

/// <summary>
/// What a name may look like, as dense tables per rule, and hostile values refused in every tenant field that ends up in
/// a Proxmox id, an ACL path, a dataset, a realm or a command line.
/// </summary>
public class NameRulesTests
{
    [Theory]
    [InlineData("ab", true)]
    [InlineData("adatum", true)]
    [InlineData("a1", true)]
    [InlineData("fab-rikam", true)]
    [InlineData("a-1-b", true)]
    [InlineData("abcdefghijklmnopqrst", true)]
    [InlineData("abcdefghijklmnopqrstu", false)]
    [InlineData("a", false)]
    [InlineData("", false)]
    [InlineData("Adatum", false)]
    [InlineData("ADATUM", false)]
    [InlineData("-adatum", false)]
    [InlineData("adatum-", false)]
    [InlineData("1adatum", false)]
    [InlineData("ad_atum", false)]
    [InlineData("ad.atum", false)]
    [InlineData("ad atum", false)]
    [InlineData("$(reboot)", false)]
    [InlineData("a;b", false)]
    [InlineData("a\"b", false)]
    [InlineData("a'b", false)]
    [InlineData("a`b", false)]
    [InlineData("a\\b", false)]
    [InlineData("a/b", false)]
    [InlineData("a\nb", false)]
    [InlineData("adatum\n", false)]
    [InlineData("adatüm", false)]
    public void IsTenantName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsTenantName(value));

    [Theory]
    [InlineData("a", true)]
    [InlineData("0", true)]
    [InlineData("app01", true)]
    [InlineData("db-01", true)]
    [InlineData("1st", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("", false)]
    [InlineData("-app", false)]
    [InlineData("app-", false)]
    [InlineData("App01", false)]
    [InlineData("app_01", false)]
    [InlineData("app.01", false)]
    [InlineData("app 01", false)]
    [InlineData("app;reboot", false)]
    [InlineData("$(reboot)", false)]
    [InlineData("app01\n", false)]
    [InlineData("\napp01", false)]
    public void IsDnsLabel_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDnsLabel(value));

    [Theory]
    [InlineData("corp.adatum.com", true)]
    [InlineData("adatum.com", true)]
    [InlineData("a.b", true)]
    [InlineData("Corp.Adatum.COM", true)]
    [InlineData("xn--bcher-kva.example", true)]
    [InlineData("a-b.c-d.com", true)]
    [InlineData("1.example", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", false)]
    [InlineData("adatum", false)]
    [InlineData("", false)]
    [InlineData(".com", false)]
    [InlineData("adatum.com.", false)]
    [InlineData("adatum..com", false)]
    [InlineData("-a.com", false)]
    [InlineData("a-.com", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("a_b.com", false)]
    [InlineData("a b.com", false)]
    [InlineData("a;b.com", false)]
    [InlineData("$(reboot).com", false)]
    [InlineData("adatum.com\n", false)]
    [InlineData("adatum.com/x", false)]
    public void IsDomainName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDomainName(value));

    [Fact]
    public void IsDomainName_Over253Characters_IsRefused()
    {
        var label = new string('a', 60);
        var name = string.Join('.', label, label, label, label, "com");

        Assert.Equal((253, true), (("abcde." + name).Length, NameRules.IsDomainName("abcde." + name)));
        Assert.Equal((254, false), (("abcdef." + name).Length, NameRules.IsDomainName("abcdef." + name)));
    }

    [Theory]
    [InlineData("ldap1", true)]
    [InlineData("ldap1.contoso.com", true)]
    [InlineData("LDAP1.contoso.com", true)]
    [InlineData("LDAP1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("ldap://ldap1", false)]
    [InlineData("ldap1:636", false)]
    public void IsHostName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsHostName(value));

    [Theory]
    [InlineData("OU=Staff,DC=corp,DC=adatum,DC=com", true)]
    [InlineData("CN=svc-proxmox,OU=Service Accounts,DC=contoso,DC=com", true)]
    [InlineData("DC=com", true)]
    [InlineData("cn=a.b_c-d,dc=x", true)]
    [InlineData("uid=jdoe,ou=people,o=example", true)]
    [InlineData("", false)]
    [InlineData("People", false)]
    [InlineData("DC=", false)]
    [InlineData("=x", false)]
    [InlineData("1CN=x", false)]
    [InlineData("-OU=x", false)]
    [InlineData("OU=Staff,,DC=com", false)]
    [InlineData("OU=Staff,DC=com,", false)]
    [InlineData("OU=Staff, DC=com", false)]
    [InlineData("OU=Staff ,DC=com", false)]
    [InlineData("OU= Staff,DC=com", false)]
    [InlineData("CN=a\\,b,DC=com", false)]
    [InlineData("CN=\"x\",DC=com", false)]
    [InlineData("CN='x',DC=com", false)]
    [InlineData("CN=a;b,DC=com", false)]
    [InlineData("CN=a+b,DC=com", false)]
    [InlineData("CN=$(reboot),DC=com", false)]
    [InlineData("CN=`id`,DC=com", false)]
    [InlineData("CN=a\nb,DC=com", false)]
    [InlineData("OU=Staff,DC=com\n", false)]
    [InlineData("CN=(objectClass=*)", false)]
    public void IsDistinguishedName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDistinguishedName(value));

    [Theory]
    [InlineData("ADATUM", true)]
    [InlineData("A", true)]
    [InlineData("1CORP", true)]
    [InlineData("ADATUM-EU", true)]
    [InlineData("ADATUMCORPORATI", true)]
    [InlineData("ADATUMCORPORATIO", false)]
    [InlineData("", false)]
    [InlineData("adatum", false)]
    [InlineData("Adatum", false)]
    [InlineData("-ADATUM", false)]
    [InlineData("ADATUM_EU", false)]
    [InlineData("ADATUM EU", false)]
    [InlineData("ADATUM.EU", false)]
    [InlineData("AD;TUM", false)]
    [InlineData("ADATUM\n", false)]
    public void IsNetbiosName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsNetbiosName(value));

    [Theory]
    [InlineData("FMJ-Admins", true)]
    [InlineData("PVE-Admins", true)]
    [InlineData("sAMAccountName", true)]
    [InlineData("uid", true)]
    [InlineData("a", true)]
    [InlineData("Domain.Admins_1", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("", false)]
    [InlineData("-admins", false)]
    [InlineData(".admins", false)]
    [InlineData("FMJ Admins", false)]
    [InlineData("FMJ;Admins", false)]
    [InlineData("FMJ,Admins", false)]
    [InlineData("$(reboot)", false)]
    [InlineData("a\"b", false)]
    [InlineData("Admins\n", false)]
    public void IsDirectoryName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDirectoryName(value));

    [Theory]
    [InlineData("Adatum Corporation", true)]
    [InlineData("Contoso Ltd", true)]
    [InlineData("Fabrikam Inc (EU)", true)]
    [InlineData("A", true)]
    [InlineData("x_y-z.", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("", false)]
    [InlineData(" Adatum", false)]
    [InlineData("(Adatum)", false)]
    [InlineData("Adatum & Co", false)]
    [InlineData("Adatum, Inc.", false)]
    [InlineData("Adatum's", false)]
    [InlineData("Adatum \"Corp\"", false)]
    [InlineData("$(reboot)", false)]
    [InlineData("a;b", false)]
    [InlineData("a`b`", false)]
    [InlineData("Café", false)]
    [InlineData("Ad\natum", false)]
    [InlineData("Adatum\n", false)]
    public void IsDisplayText_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDisplayText(value));

    [Theory]
    [InlineData("debian-13", true)]
    [InlineData("debian-13-lxc", true)]
    [InlineData("windows-server-2025", true)]
    [InlineData("a.b_c", true)]
    [InlineData("9", true)]
    [InlineData("", false)]
    [InlineData("Debian", false)]
    [InlineData("-x", false)]
    [InlineData("a b", false)]
    [InlineData("a;b", false)]
    [InlineData("a/b", false)]
    [InlineData("debian-13\n", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    public void IsTemplateName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsTemplateName(value));

    [Theory]
    [InlineData("vmbr1", true)]
    [InlineData("vmbr0", true)]
    [InlineData("br", true)]
    [InlineData("abcdefghijklmno", true)]
    [InlineData("abcdefghijklmnop", false)]
    [InlineData("vmbr-1", false)]
    [InlineData("Vmbr1", false)]
    [InlineData("1vmbr", false)]
    [InlineData("vmbr1;reboot", false)]
    [InlineData("vmbr1\n", false)]
    public void IsBridgeName_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsBridgeName(value));

    [Theory]
    [InlineData("tank", true)]
    [InlineData("tank/tenants", true)]
    [InlineData("rpool/data/tenants", true)]
    [InlineData("tank/t-1_a.b:c", true)]
    [InlineData("", false)]
    [InlineData("/tank", false)]
    [InlineData("tank/", false)]
    [InlineData("tank//x", false)]
    [InlineData("-tank", false)]
    [InlineData("tank/../etc", false)]
    [InlineData("tank/ten ants", false)]
    [InlineData("tank;rm -rf /", false)]
    [InlineData("tank/$(reboot)", false)]
    [InlineData("tank/tenants\n", false)]
    public void IsDatasetPath_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsDatasetPath(value));

    [Theory]
    [InlineData("local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst", true)]
    [InlineData("cephfs:vztmpl/a.tar.gz", true)]
    [InlineData("debian.tar.zst", false)]
    [InlineData("local:iso/x.iso", false)]
    [InlineData("local:vztmpl/../x.tar.zst", false)]
    [InlineData("local:vztmpl/x y.tar.zst", false)]
    [InlineData("local:vztmpl/x.tar.zst;reboot", false)]
    [InlineData("Local:vztmpl/x.tar.zst", false)]
    [InlineData("local:vztmpl/x.tar.zst\n", false)]
    public void IsContainerTemplateFile_Value_MatchesTheRule(string value, bool expected) => Assert.Equal(expected, NameRules.IsContainerTemplateFile(value));

    /// <summary>A tenant field: the demo file and line it is edited in, where its value starts, and the finding it gives.</summary>
    private sealed record Field(string Tenant, string Line, int Row, int Column, string Code, string Message, string Hint);

    private const string DnsLabelHint = "use 1 to 63 characters: lowercase letters, digits and '-', not starting or ending with '-'; with the tenant prefix the guest name must stay within 63 characters.";
    private const string DomainHint = "use two or more dot-separated labels of letters, digits and '-', such as corp.adatum.com.";
    private const string DirectoryHint = "use 1 to 40 characters: letters, digits, '.', '_' and '-', starting with a letter or digit.";
    private const string DnHint = "use comma-separated attr=value pairs whose values use letters, digits, spaces, '.', '_' and '-', such as OU=Staff,DC=corp,DC=adatum,DC=com.";

    private static readonly Dictionary<string, Field> Fields = new()
    {
        ["tenant name"] = new("adatum", "name: adatum", 2, 7, "FMJ110", "tenant name '{0}' is not allowed.", "use 2 to 20 characters: lowercase letters, digits and '-', starting with a letter and not ending with '-'."),
        ["display name"] = new("adatum", "display_name: Adatum Corporation", 3, 15, "FMJ113", "display name '{0}' has characters Proxmox labels do not accept.", "use 1 to 64 characters: letters, digits, spaces and . ( ) _ -."),
        ["machine name"] = new("adatum", "    name: app01", 24, 11, "FMJ110", "machine name '{0}' is not allowed.", DnsLabelHint),
        ["AD domain"] = new("adatum", "    domain: corp.adatum.com", 10, 13, "FMJ111", "domain '{0}' is not a valid domain name.", DomainHint),
        ["NetBIOS name"] = new("adatum", "    netbios_name: ADATUM", 11, 19, "FMJ110", "NetBIOS name '{0}' is not allowed.", "use 1 to 15 characters: uppercase letters, digits and '-', starting with a letter or digit."),
        ["AD admin group"] = new("adatum", "    admin_group: FMJ-Admins", 13, 18, "FMJ110", "'{0}' is not allowed here.", DirectoryHint),
        ["LDAP server"] = new("contoso", "      - ldap1.contoso.com", 13, 9, "FMJ111", "LDAP server '{0}' is not a host name or IPv4 address.", "write the server's DNS name, such as ldap1.contoso.com, or its address."),
        ["base DN"] = new("contoso", "    base_dn: OU=People,DC=contoso,DC=com", 17, 14, "FMJ112", "'{0}' is not a distinguished name FMJ accepts.", DnHint),
        ["bind DN"] = new("contoso", "    bind_dn: CN=svc-proxmox,OU=Service Accounts,DC=contoso,DC=com", 18, 14, "FMJ112", "'{0}' is not a distinguished name FMJ accepts.", DnHint),
        ["group DN"] = new("contoso", "    group_dn: OU=Groups,DC=contoso,DC=com", 20, 15, "FMJ112", "'{0}' is not a distinguished name FMJ accepts.", DnHint),
        ["user attribute"] = new("contoso", "    user_attribute: uid", 19, 21, "FMJ110", "'{0}' is not allowed here.", DirectoryHint),
        ["LDAP admin group"] = new("contoso", "    admin_group: PVE-Admins", 21, 18, "FMJ110", "'{0}' is not allowed here.", DirectoryHint),
        ["LDAP domain"] = new("contoso", "    domain: contoso.com", 22, 13, "FMJ111", "domain '{0}' is not a valid domain name.", DomainHint),
        ["DNS domain"] = new("fabrikam", "    domain: fabrikam.com", 11, 13, "FMJ111", "domain '{0}' is not a valid domain name.", DomainHint),
    };

    /// <summary>Values that break out of a command line, a path or a label: refused everywhere.</summary>
    private static readonly string[] Hostile = ["$(reboot)", "a;b", "\"quoted\"", "'quoted'", "`id`", "a\nb", "-lead", "a|b", "a&&b", "a>b"];

    private static readonly string[] HostileDn = ["OU=$(reboot),DC=com", "OU=a;b,DC=com", "OU=\"q\",DC=com", "OU='q',DC=com", "OU=`id`,DC=com", "OU=a\nb,DC=com", "OU=a\\,b,DC=com", "OU=People, DC=com", "People", "-OU=x"];

    /// <summary>Per field: the hostile values, plus what is wrong only there (case, length, spaces, a trailing newline).</summary>
    public static TheoryData<string, string> HostileValues
    {
        get
        {
            var data = new TheoryData<string, string>();
            void Add(string name, params string[] values)
            {
                foreach (var value in values)
                {
                    data.Add(name, value);
                }
            }

            Add("tenant name", [.. Hostile, "a b", "Adatum", "abcdefghijklmnopqrstu", "a", "adatum\n"]);
            Add("display name", [.. Hostile, "Adatum & Co", "Adatum Corporation\n", new string('x', 65)]);
            Add("machine name", [.. Hostile, "a b", "App01", "app01\n", new string('x', 64), new string('x', 57)]);
            Add("AD domain", [.. Hostile, "a b.com", "adatum", "10.0.0.1", "corp.adatum.com\n"]);
            Add("NetBIOS name", [.. Hostile, "ADATUM CORP", "adatum", "ADATUMCORPORATION", "ADATUM\n"]);
            Add("AD admin group", [.. Hostile, "FMJ Admins", "FMJ-Admins\n", new string('x', 41)]);
            Add("LDAP server", [.. Hostile, "ldap 1.contoso.com", "ldap://ldap1.contoso.com", "ldap1.contoso.com\n"]);
            Add("base DN", [.. HostileDn, "OU=People,DC=contoso,DC=com\n"]);
            Add("bind DN", [.. HostileDn, "CN=svc-proxmox,DC=contoso,DC=com\n"]);
            Add("group DN", [.. HostileDn, "OU=Groups,DC=contoso,DC=com\n"]);
            Add("user attribute", [.. Hostile, "sAMAccount Name", "uid\n"]);
            Add("LDAP admin group", [.. Hostile, "PVE Admins", "PVE-Admins\n"]);
            Add("LDAP domain", [.. Hostile, "contoso", "contoso.com\n"]);
            Add("DNS domain", [.. Hostile, "fabrikam", "fabrikam.com\n"]);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Check_HostileValueInField_IsRefusedWithOneFinding(string field, string value)
    {
        var f = Fields[field];
        var key = f.Line.Contains(": ", StringComparison.Ordinal) ? f.Line[..(f.Line.IndexOf(": ", StringComparison.Ordinal) + 2)] : f.Line[..(f.Line.IndexOf("- ", StringComparison.Ordinal) + 2)];
        var text = Demo.TenantText(f.Tenant).ReplaceOnce(f.Line, key + Quoted(value));
        // The tenant name must also be the file's name, or FMJ007 would refuse it first.
        var file = field == "tenant name" ? value : f.Tenant;

        var findings = Demo.Check(file, text);

        var expected = $"Tenants/{file}.yaml({f.Row},{f.Column}): error {f.Code}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, f.Message, value)} Fix: {f.Hint}";
        Assert.Equal([expected.Replace("\n", "\\n", StringComparison.Ordinal)], findings);
    }

    [Fact]
    public void Check_NewlineInValue_StaysOnOneLineOfOutput()
    {
        // A refused value is quoted in the finding; a newline in it must not start a line of its own (a CI command, say).
        var text = Demo.TenantText("adatum").ReplaceOnce("display_name: Adatum Corporation", "display_name: \"Adatum\\n::error file=x::pwned\"");

        var finding = Assert.Single(Demo.Check("adatum", text));

        Assert.Equal("Tenants/adatum.yaml(3,15): error FMJ113: display name 'Adatum\\n::error file=x::pwned' has characters Proxmox labels do not accept. Fix: use 1 to 64 characters: letters, digits, spaces and . ( ) _ -.", finding);
        Assert.DoesNotContain('\n', finding);
    }

    [Fact]
    public void Check_MachineNameOfABaseService_IsRefused()
    {
        var text = Demo.TenantText("adatum").ReplaceOnce("    name: app01", "    name: dc1");

        Assert.Equal(
            ["Tenants/adatum.yaml(24,11): error FMJ120: machine name 'dc1' is taken by a base service. Fix: choose a name other than dc1, dc2, dns, vpn, web."],
            Demo.Check("adatum", text));
    }

    [Fact]
    public void Check_MachineNameFillingThe63CharacterGuestName_IsAllowed()
    {
        var text = Demo.TenantText("adatum").ReplaceOnce("    name: app01", "    name: " + new string('x', 56));

        Assert.Empty(Demo.Check("adatum", text));
    }

    [Fact]
    public void Check_LdapServerGivenByAddress_IsAllowed()
    {
        var text = Demo.TenantText("contoso").ReplaceOnce("      - ldap1.contoso.com", "      - 192.0.2.10");

        Assert.Empty(Demo.Check("contoso", text));
    }

    /// <summary>The value as a YAML double-quoted scalar, so quotes, backticks and newlines reach the checks unchanged.</summary>
    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
