using Fmj.Core.Addressing;
using Fmj.Core.Catalogue;
using Fmj.Core.Clusters;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Core.Checks;

/// <summary>The rules one tenant must satisfy on its own: package, quotas, HA, names, templates and addresses.</summary>
public static class TenantRules
{
    /// <summary>Names the base services use; a machine of the tenant's own cannot take one.</summary>
    public static readonly IReadOnlySet<string> ReservedMachineNames = new HashSet<string>(StringComparer.Ordinal) { "web", "vpn", "dc1", "dc2", "dns" };

    /// <summary>Checks the tenant and, when it passes, returns its package and addressing for the planner.</summary>
    public static (ServicePackage Package, TenantAddressing Addressing)? Check(ClusterSpec cluster, PackageCatalogue catalogue, TenantDocument document, FindingList findings)
    {
        var before = findings.Items.Count;
        var tenant = document.Spec;
        CheckNames(document, findings);
        var package = ResolvePackage(catalogue, document, findings);
        if (package is not null)
        {
            CheckAllocation(document, package, findings);
            CheckHighAvailability(document, package, findings);
        }

        CheckMachines(cluster, catalogue, document, findings);
        var addressing = AddressingRules.Resolve(cluster, document, findings);
        if (addressing is not null)
        {
            CheckHosts(cluster, document, addressing, findings);
        }

        PlatformServiceRules.Check(cluster, document, package, addressing, findings);

        var failed = findings.Items.Skip(before).Any(f => f.IsError);
        return failed || package is null || addressing is null ? null : (package, addressing);
    }

    public static ServicePackage? ResolvePackage(PackageCatalogue catalogue, TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        if (tenant.Package == ServicePackage.Custom)
        {
            return tenant.Custom is { } custom
                ? new ServicePackage(ServicePackage.Custom, custom.Allocation, custom.HighAvailability, custom.MonthlyPrice)
                : null;
        }

        if (catalogue.Packages.TryGetValue(tenant.Package, out var package))
        {
            return package;
        }

        findings.Error(FindingCodes.UnknownPackage, document.At("package"), $"package '{tenant.Package}' is not in catalogue {catalogue.Version}.", $"use one of: {string.Join(", ", catalogue.Packages.Keys.Append(ServicePackage.Custom))}.");
        return null;
    }

    private static void CheckAllocation(TenantDocument document, ServicePackage package, FindingList findings)
    {
        var tenant = document.Spec;
        var machines = tenant.Machines;
        var allowed = package.Allocation;
        // The unit names vCPU already ("5 vCPU"); RAM and disk say which resource their GB are ("10 GB of RAM").
        Over(FindingCodes.VcpuOverPackage, "", machines.Sum(m => m.Vcpu), allowed.Vcpu, m => m.Vcpu, v => $"{v} vCPU", "vcpu");
        Over(FindingCodes.MemoryOverPackage, " of RAM", machines.Sum(m => (long)m.MemoryMb), allowed.MemoryMb, m => m.MemoryMb, Gigabytes, "memory_mb");
        Over(FindingCodes.DiskOverPackage, " of disk", machines.Sum(m => (long)m.DiskGb), allowed.StorageGb, m => m.DiskGb, v => $"{v} GB", "disk_gb");

        void Over(FindingCode code, string ofResource, long used, long limit, Func<MachineSpec, long> size, Func<long, string> format, string key)
        {
            if (used <= limit)
            {
                return;
            }

            // Point at the machine that tipped the sum over the package, where the fix most likely belongs.
            var sum = 0L;
            var index = 0;
            for (; index < machines.Count && (sum += size(machines[index])) <= limit; index++)
            {
            }

            var parts = string.Join(" + ", machines.Select(m => $"{m.Name} {format(size(m))}"));
            findings.Error(
                code,
                document.At($"machines[{Math.Min(index, machines.Count - 1)}].{key}"),
                $"tenant '{tenant.Name}' uses {format(used)}{ofResource} but package '{package.Name}' allows {format(limit)} ({parts}).",
                $"shrink or remove machines by {format(used - limit)}{ofResource}, or move the tenant to a larger package.");
        }
    }

    private static string Gigabytes(long megabytes) =>
        megabytes % 1024 == 0 ? $"{megabytes / 1024} GB" : $"{megabytes / 1024m:0.##} GB";

    private static void CheckHighAvailability(TenantDocument document, ServicePackage package, FindingList findings)
    {
        if (package.HighAvailability)
        {
            return;
        }

        var machines = document.Spec.Machines;
        for (var i = 0; i < machines.Count; i++)
        {
            if (machines[i].HighAvailability)
            {
                findings.Error(FindingCodes.HaNotInPackage, document.At($"machines[{i}].ha"), $"machine '{machines[i].Name}' asks for HA, but package '{package.Name}' has no HA.", "remove 'ha: true', or move the tenant to a package with HA (silver or above).");
            }
        }
    }

    private static void CheckNames(TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        if (!NameRules.IsTenantName(tenant.Name))
        {
            findings.Error(FindingCodes.UnsafeName, document.At("name"), $"tenant name '{tenant.Name}' is not allowed.", $"use {NameRules.TenantNameRule}.");
        }

        if (!NameRules.IsDisplayText(tenant.DisplayName))
        {
            findings.Error(FindingCodes.UnsafeText, document.At("display_name"), $"display name '{tenant.DisplayName}' has characters Proxmox labels do not accept.", $"use {NameRules.DisplayTextRule}.");
        }

        switch (tenant.Identity)
        {
            case ActiveDirectoryIdentity ad:
                Domain(ad.DomainName, "identity.active_directory.domain");
                if (!NameRules.IsNetbiosName(ad.NetbiosName))
                {
                    findings.Error(FindingCodes.UnsafeName, document.At("identity.active_directory.netbios_name"), $"NetBIOS name '{ad.NetbiosName}' is not allowed.", $"use {NameRules.NetbiosNameRule}.");
                }

                Directory(ad.AdminGroup, "identity.active_directory.admin_group");
                break;
            case ExistingLdapIdentity ldap:
                for (var i = 0; i < ldap.Servers.Count; i++)
                {
                    if (!NameRules.IsHostName(ldap.Servers[i]) && !Ipv4Network.TryParseAddress(ldap.Servers[i], out _))
                    {
                        findings.Error(FindingCodes.UnsafeDomain, document.At($"identity.ldap.servers[{i}]"), $"LDAP server '{ldap.Servers[i]}' is not a host name or IPv4 address.", "write the server's DNS name, such as ldap1.contoso.com, or its address.");
                    }
                }

                Dn(ldap.BaseDn, "identity.ldap.base_dn");
                Dn(ldap.BindDn, "identity.ldap.bind_dn");
                if (ldap.GroupDn is not null)
                {
                    Dn(ldap.GroupDn, "identity.ldap.group_dn");
                }

                Directory(ldap.UserAttribute, "identity.ldap.user_attribute");
                Directory(ldap.AdminGroup, "identity.ldap.admin_group");
                if (ldap.DomainName is not null)
                {
                    Domain(ldap.DomainName, "identity.ldap.domain");
                }

                break;
            case DnsOnlyIdentity dns:
                Domain(dns.DomainName, "identity.dns.domain");
                break;
        }

        void Domain(string value, string path)
        {
            if (!NameRules.IsDomainName(value))
            {
                findings.Error(FindingCodes.UnsafeDomain, document.At(path), $"domain '{value}' is not a valid domain name.", $"use {NameRules.DomainNameRule}.");
            }
        }

        void Dn(string value, string path)
        {
            if (!NameRules.IsDistinguishedName(value))
            {
                findings.Error(FindingCodes.UnsafeDn, document.At(path), $"'{value}' is not a distinguished name FMJ accepts.", $"use {NameRules.DistinguishedNameRule}.");
            }
        }

        void Directory(string value, string path)
        {
            if (!NameRules.IsDirectoryName(value))
            {
                findings.Error(FindingCodes.UnsafeName, document.At(path), $"'{value}' is not allowed here.", $"use {NameRules.DirectoryNameRule}.");
            }
        }
    }

    private static void CheckMachines(ClusterSpec cluster, PackageCatalogue catalogue, TenantDocument document, FindingList findings)
    {
        var tenant = document.Spec;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < tenant.Machines.Count; i++)
        {
            var machine = tenant.Machines[i];
            if (!NameRules.IsDnsLabel(machine.Name) || $"{tenant.Name}-{machine.Name}".Length > 63)
            {
                findings.Error(FindingCodes.UnsafeName, document.At($"machines[{i}].name"), $"machine name '{machine.Name}' is not allowed.", $"use {NameRules.DnsLabelRule}; with the tenant prefix the guest name must stay within 63 characters.");
            }
            else if (ReservedMachineNames.Contains(machine.Name))
            {
                findings.Error(FindingCodes.DuplicateMachine, document.At($"machines[{i}].name"), $"machine name '{machine.Name}' is taken by a base service.", $"choose a name other than {string.Join(", ", ReservedMachineNames.Order(StringComparer.Ordinal))}.");
            }

            if (names.TryGetValue(machine.Name, out var first))
            {
                findings.Error(FindingCodes.DuplicateMachine, document.At($"machines[{i}].name"), $"machine name '{machine.Name}' is used twice (first at machines[{first}]).", "give every machine its own name.");
            }
            else
            {
                names.Add(machine.Name, i);
            }

            if (numbers.TryGetValue(machine.Number, out var firstNumber))
            {
                findings.Error(FindingCodes.DuplicateMachine, document.At($"machines[{i}].number"), $"machine number {machine.Number} is used twice (first by '{tenant.Machines[firstNumber].Name}').", $"give '{machine.Name}' an unused number; numbers are permanent, so never reuse one of a removed machine.");
            }
            else
            {
                numbers.Add(machine.Number, i);
            }

            Template(machine.Template, machine.Kind, $"machines[{i}].template");
        }

        var sizes = catalogue.BaseEnvironment;
        if (tenant.Services.WebServer)
        {
            Template(sizes.WebServer.Template, sizes.WebServer.Kind, "services.web_server");
        }

        if (tenant.Services.Vpn)
        {
            Template(sizes.Vpn.Template, sizes.Vpn.Kind, "services.vpn");
        }

        if (tenant.Identity is ActiveDirectoryIdentity)
        {
            Template(sizes.DomainController.Template, sizes.DomainController.Kind, "identity.active_directory");
        }
        else if (tenant.Identity is DnsOnlyIdentity)
        {
            Template(sizes.DnsServer.Template, sizes.DnsServer.Kind, "identity.dns");
        }

        void Template(string name, GuestKind kind, string path)
        {
            if (!cluster.Templates.TryGetValue(name, out var template))
            {
                findings.Error(FindingCodes.UnknownTemplate, document.At(path), $"template '{name}' is not defined on cluster '{cluster.Name}'.", $"use one of: {string.Join(", ", cluster.Templates.Keys.Order(StringComparer.Ordinal))}, or add it to 'fmj:templates' in the stack file.");
            }
            else if (template.Kind != kind)
            {
                var wanted = kind == GuestKind.Vm ? "a VM" : "a container";
                findings.Error(FindingCodes.TemplateKindMismatch, document.At(path), $"template '{name}' is a {template.Kind.ToString().ToLowerInvariant()} template, but {wanted} is made from it.", $"use a {(kind == GuestKind.Vm ? "vm" : "container")} template, or change the machine's kind.");
            }
        }
    }

    private static void CheckHosts(ClusterSpec cluster, TenantDocument document, TenantAddressing addressing, FindingList findings)
    {
        var tenant = document.Spec;
        CheckSubnetHoldsBase(addressing.PublicSubnet, "public", HostOffsets.VpnPublic);
        CheckSubnetHoldsBase(addressing.PrivateSubnet, "private", HostOffsets.VpnPrivate);
        for (var i = 0; i < tenant.Machines.Count; i++)
        {
            var machine = tenant.Machines[i];
            var subnet = machine.Subnet == SubnetRole.Public ? addressing.PublicSubnet : addressing.PrivateSubnet;
            var offset = HostOffsets.OwnMachine(machine.Number);
            if (subnet.Host(offset) is null)
            {
                var role = machine.Subnet.ToString().ToLowerInvariant();
                var highest = (long)subnet.HostCount - HostOffsets.OwnMachine(0);
                findings.Error(
                    FindingCodes.AddressDoesNotFit,
                    document.At($"machines[{i}].number"),
                    $"machine '{machine.Name}' (number {machine.Number}) would take host {offset} of the {role} subnet {subnet}, which has {subnet.HostCount} hosts.",
                    highest >= 1
                        ? $"use a machine number of at most {highest} on the {role} subnet, or give the tenant a larger {role} subnet."
                        : $"the {role} subnet has no room for the tenant's own machines: give the tenant a larger {role} subnet (a /27 holds machines 1 to 20).");
            }

            // The machine's VMID must stay inside the tenant's block, or it takes a VMID of the next tenant's.
            var slot = GuestSlots.OwnMachine(machine.Number);
            if (slot >= cluster.Vmids.BlockSize)
            {
                findings.Error(FindingCodes.OutOfRange, document.At($"machines[{i}].number"), $"machine '{machine.Name}' (number {machine.Number}) would take VMID {addressing.Vmid(slot)}, beyond the tenant's block of {cluster.Vmids.BlockSize} VMIDs from {addressing.VmidBase}.", $"use a machine number of at most {cluster.Vmids.BlockSize - 1 - GuestSlots.OwnMachineBase}; the cluster's block size cannot grow without moving every tenant's VMIDs.");
            }
        }

        void CheckSubnetHoldsBase(Ipv4Network subnet, string role, int highestBaseHost)
        {
            if (subnet.Host(highestBaseHost) is null)
            {
                findings.Error(FindingCodes.AddressDoesNotFit, document.At($"network.{role}.cidr"), $"the {role} subnet {subnet} is too small for the gateway and the base services.", "use a /29 or larger.");
            }
        }
    }
}
