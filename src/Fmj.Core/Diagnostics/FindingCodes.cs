namespace Fmj.Core.Diagnostics;

/// <summary>
/// Every finding code FMJ Infra reports. Codes are stable: never renumber one, retire it instead.
/// FMJ0xx reading files, FMJ1xx one tenant, FMJ2xx across tenants and addressing, FMJ3xx the cluster.
/// </summary>
public static class FindingCodes
{
    public static readonly FindingCode YamlSyntax = new("FMJ001", "The file is not valid YAML");
    public static readonly FindingCode UnknownKey = new("FMJ002", "A key the file format does not know");
    public static readonly FindingCode DuplicateKey = new("FMJ003", "The same key twice in one mapping");
    public static readonly FindingCode WrongType = new("FMJ004", "A value of the wrong type");
    public static readonly FindingCode MissingValue = new("FMJ005", "A required value is missing");
    public static readonly FindingCode InvalidValue = new("FMJ006", "A value outside what is allowed");
    public static readonly FindingCode FileNameMismatch = new("FMJ007", "The file name does not match the tenant name");
    public static readonly FindingCode UnreadableFile = new("FMJ008", "A file or folder cannot be read");

    public static readonly FindingCode UnknownPackage = new("FMJ101", "Unknown package");
    public static readonly FindingCode CustomAllocation = new("FMJ102", "Custom allocation missing or given for a catalogue package");
    public static readonly FindingCode VcpuOverPackage = new("FMJ103", "The tenant's machines use more vCPU than its package allows");
    public static readonly FindingCode MemoryOverPackage = new("FMJ104", "The tenant's machines use more RAM than its package allows");
    public static readonly FindingCode DiskOverPackage = new("FMJ105", "The tenant's machines use more disk than its package allows");
    public static readonly FindingCode HaNotInPackage = new("FMJ106", "HA asked for on a package without HA");
    public static readonly FindingCode UnsafeName = new("FMJ110", "A name unsafe for Proxmox or a command line");
    public static readonly FindingCode UnsafeDomain = new("FMJ111", "A domain or host name that is not valid");
    public static readonly FindingCode UnsafeDn = new("FMJ112", "An LDAP distinguished name that is not valid");
    public static readonly FindingCode UnsafeText = new("FMJ113", "Free text with characters that are not allowed");
    public static readonly FindingCode DuplicateMachine = new("FMJ120", "Two machines of one tenant share a name or number");
    public static readonly FindingCode UnknownCluster = new("FMJ130", "The tenant names a cluster that has no stack");
    public static readonly FindingCode UnknownTemplate = new("FMJ131", "Unknown template");
    public static readonly FindingCode TemplateKindMismatch = new("FMJ132", "A VM template for a container or the other way round");
    public static readonly FindingCode UnknownNode = new("FMJ133", "The tenant names a node the cluster does not have");

    public static readonly FindingCode DuplicateTenantNumber = new("FMJ201", "Two tenants share a tenant number");
    public static readonly FindingCode DuplicateTenantName = new("FMJ202", "Two tenants share a name");
    public static readonly FindingCode VlanClash = new("FMJ203", "Two subnets share a VLAN tag on the cluster bridge");
    public static readonly FindingCode VmidClash = new("FMJ204", "Two guests share a VMID");
    public static readonly FindingCode SubnetOverlap = new("FMJ205", "Subnets of two tenants overlap");
    public static readonly FindingCode SubnetReserved = new("FMJ206", "A subnet overlaps a range the cluster reserves");
    public static readonly FindingCode OutOfRange = new("FMJ207", "A derived VLAN, subnet or VMID falls outside the cluster's range");
    public static readonly FindingCode AddressDoesNotFit = new("FMJ208", "A machine's address does not fit its subnet");
    public static readonly FindingCode InvalidSubnet = new("FMJ209", "A subnet that is not a usable IPv4 network");

    public static readonly FindingCode CapacityExceeded = new("FMJ301", "Committed resources exceed the cluster's capacity");
    public static readonly FindingCode CapacityWarning = new("FMJ302", "Committed resources are above the cluster's warning threshold");
    public static readonly FindingCode InvalidCluster = new("FMJ303", "The cluster description is inconsistent");

    public static IReadOnlyList<FindingCode> All { get; } =
    [
        YamlSyntax, UnknownKey, DuplicateKey, WrongType, MissingValue, InvalidValue, FileNameMismatch, UnreadableFile,
        UnknownPackage, CustomAllocation, VcpuOverPackage, MemoryOverPackage, DiskOverPackage, HaNotInPackage,
        UnsafeName, UnsafeDomain, UnsafeDn, UnsafeText, DuplicateMachine,
        UnknownCluster, UnknownTemplate, TemplateKindMismatch, UnknownNode,
        DuplicateTenantNumber, DuplicateTenantName, VlanClash, VmidClash, SubnetOverlap, SubnetReserved,
        OutOfRange, AddressDoesNotFit, InvalidSubnet,
        CapacityExceeded, CapacityWarning, InvalidCluster,
    ];
}
