using System.Text.RegularExpressions;

namespace Fmj.Core.Checks;

/// <summary>
/// What a name may look like. Every value that ends up in a Proxmox id, an ACL path, a ZFS dataset or a command
/// line passes one of these first; the patterns allow no quote, space, '$', ';', '`', '\' or newline where that
/// could break out of a command or a path. Patterns end in \z, never $: in .NET '$' also matches before a final
/// newline, which let "app01\n" pass as a machine name.
/// </summary>
public static partial class NameRules
{
    /// <summary>Tenant names end up in pool, storage, realm and group ids, dataset paths and guest names.</summary>
    public static bool IsTenantName(string value) => TenantName().IsMatch(value);

    public const string TenantNameRule = "2 to 20 characters: lowercase letters, digits and '-', starting with a letter and not ending with '-'";

    /// <summary>A host name label (RFC 1123), lowercase.</summary>
    public static bool IsDnsLabel(string value) => DnsLabel().IsMatch(value);

    public const string DnsLabelRule = "1 to 63 characters: lowercase letters, digits and '-', not starting or ending with '-'";

    public static bool IsDomainName(string value) =>
        value.Length <= 253 && DomainName().IsMatch(value) && !value.Split('.')[^1].All(char.IsAsciiDigit);

    public const string DomainNameRule = "two or more dot-separated labels of letters, digits and '-', such as corp.adatum.com";

    public static bool IsHostName(string value) => IsDomainName(value) || IsDnsLabel(value);

    /// <summary>An LDAP distinguished name restricted to characters that need no escaping anywhere.</summary>
    public static bool IsDistinguishedName(string value) => value.Length <= 512 && DistinguishedName().IsMatch(value);

    public const string DistinguishedNameRule = "comma-separated attr=value pairs whose values use letters, digits, spaces, '.', '_' and '-', such as OU=Staff,DC=corp,DC=adatum,DC=com";

    public static bool IsNetbiosName(string value) => NetbiosName().IsMatch(value);

    public const string NetbiosNameRule = "1 to 15 characters: uppercase letters, digits and '-', starting with a letter or digit";

    /// <summary>A directory group or attribute name.</summary>
    public static bool IsDirectoryName(string value) => DirectoryName().IsMatch(value);

    public const string DirectoryNameRule = "1 to 40 characters: letters, digits, '.', '_' and '-', starting with a letter or digit";

    /// <summary>Free text shown in Proxmox (VNet alias, comments): what the VNet alias accepts.</summary>
    public static bool IsDisplayText(string value) => DisplayText().IsMatch(value);

    public const string DisplayTextRule = "1 to 64 characters: letters, digits, spaces and . ( ) _ -";

    public static bool IsTemplateName(string value) => TemplateName().IsMatch(value);

    public const string TemplateNameRule = "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit";

    /// <summary>A Linux interface name: at most 15 characters.</summary>
    public static bool IsBridgeName(string value) => BridgeName().IsMatch(value);

    public static bool IsDatasetPath(string value) => value.Length <= 200 && DatasetPath().IsMatch(value);

    public const string DatasetPathRule = "slash-separated names of letters, digits, '_', '.', ':' and '-', such as tank/tenants";

    /// <summary>A container template volume id such as <c>local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst</c>.</summary>
    public static bool IsContainerTemplateFile(string value) => ContainerTemplateFile().IsMatch(value);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,18}[a-z0-9]\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TenantName();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]*=[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9._-])?(,[A-Za-z][A-Za-z0-9-]*=[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9._-])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex DistinguishedName();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,14}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NetbiosName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DirectoryName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 .()_-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DisplayText();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateName();

    [GeneratedRegex("^[a-z][a-z0-9]{0,14}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex BridgeName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]*(/[A-Za-z0-9][A-Za-z0-9_.:-]*)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatasetPath();

    [GeneratedRegex(@"^[a-z][a-z0-9_.-]*:vztmpl/[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerTemplateFile();
}
