namespace Fmj.Core.Tenants;

/// <summary>How the tenant's people sign in: exactly one of the three options every package offers.</summary>
public abstract record IdentitySpec
{
    /// <summary>The DNS domain guests search, when the tenant has one.</summary>
    public abstract string? Domain { get; }
}

/// <summary>An Active Directory domain controller (one or two) provisioned by FMJ, linked as an LDAP realm.</summary>
public sealed record ActiveDirectoryIdentity(
    string DomainName,
    string NetbiosName,
    int DomainControllers,
    string AdminGroup,
    DirectorySync Sync) : IdentitySpec
{
    public override string? Domain => DomainName;
}

/// <summary>The tenant's existing LDAP directory, linked as a realm. The bind password is a Pulumi secret, never in the file.</summary>
public sealed record ExistingLdapIdentity(
    IReadOnlyList<string> Servers,
    int Port,
    string Mode,
    string BaseDn,
    string BindDn,
    string UserAttribute,
    string? GroupDn,
    string AdminGroup,
    string? DomainName,
    DirectorySync Sync) : IdentitySpec
{
    public override string? Domain => DomainName;
}

/// <summary>No directory: a plain DNS server for the tenant's domain; its administrators are Proxmox users.</summary>
public sealed record DnsOnlyIdentity(string DomainName) : IdentitySpec
{
    public override string? Domain => DomainName;
}

/// <summary>
/// Realm sync runs only once the directory answers (a freshly cloned DC is not a directory yet). Bump
/// <see cref="Revision"/> to sync again.
/// </summary>
public sealed record DirectorySync(bool Live, int Revision);
