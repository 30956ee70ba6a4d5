using Fmj.Core.Catalogue;
using Fmj.Core.Planning;
using Pulumi;
using PVE = Pulumi.ProxmoxVE;

namespace FmjInfra.Components;

/// <param name="Guests">Every guest of the tenant, base services and its own machines, from the plan.</param>
/// <param name="Pool">The tenant's pool; VMs are created in it, containers join it by membership.</param>
/// <param name="Storage">The tenant's storage, which every disk lives on.</param>
/// <param name="SdnApplied">The SDN apply the guests' VNets need.</param>
public sealed record TenantMachinesArgs(IReadOnlyList<GuestPlan> Guests, PVE.PoolLegacy Pool, PVE.Storage.Zfspool Storage, Resource SdnApplied);

/// <summary>
/// The tenant's VMs (cloned from the cluster's templates, cloud-init addresses, guest agent) and unprivileged
/// containers, every disk on the tenant's storage. HA guests ignore node changes so a failover never replaces them.
/// Every guest holds tenant data and is protected until the tenant is retired; domain controllers also carry
/// Proxmox's own protection flag. An offboarding tenant's guests are stopped.
/// </summary>
public sealed class TenantMachines : ComponentResource
{
    public const string TypeToken = "fmj:tenant:TenantMachines";

    public TenantMachines(string name, TenantMachinesArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var vmids = new Dictionary<string, Output<int>>(StringComparer.Ordinal);
        var resources = new Dictionary<string, CustomResource>(StringComparer.Ordinal);
        foreach (var guest in args.Guests)
        {
            var resourceOptions = new CustomResourceOptions
            {
                Parent = this,
                // Arrays, here and in the other components: `DependsOn = { ... }` would rebuild the SDK's InputList
                // (an Output.Tuple and Apply) on every Add.
                DependsOn = new Resource[] { args.SdnApplied, args.Storage },
                Protect = guest.Protected,
                IgnoreChanges = guest.HighAvailability ? ["nodeName"] : [],
            };
            if (guest.Kind == GuestKind.Vm)
            {
                var vm = Vm($"{name}-{guest.Key}", guest, args, resourceOptions);
                (vmids[guest.Key], resources[guest.Key]) = (vm.VmId, vm);
            }
            else
            {
                var container = Container($"{name}-{guest.Key}", guest, args, resourceOptions);
                (vmids[guest.Key], resources[guest.Key]) = (container.VmId, container);
            }
        }

        VmIds = vmids;
        Guests = resources;
        RegisterOutputs(vmids.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
    }

    /// <summary>Guest key → VMID, as Proxmox reports it.</summary>
    public IReadOnlyDictionary<string, Output<int>> VmIds { get; }

    /// <summary>Guest key → the VM or container, for what must wait for a guest (HA, replication, its firewall).</summary>
    public IReadOnlyDictionary<string, CustomResource> Guests { get; }

    private static PVE.VmLegacy Vm(string resourceName, GuestPlan guest, TenantMachinesArgs args, CustomResourceOptions options)
    {
        var storage = args.Storage.ResourceId;
        var template = guest.Template;
        var vm = new PVE.VmLegacyArgs
        {
            Name = guest.Name,
            NodeName = guest.Node,
            VmId = guest.VmId,
            PoolId = args.Pool.PoolId,
            Clone = new PVE.Inputs.VmLegacyCloneArgs { VmId = template.VmId!.Value, Full = true, DatastoreId = storage, Retries = 3 },
            Cpu = new PVE.Inputs.VmLegacyCpuArgs { Cores = guest.Vcpu, Sockets = 1, Type = guest.CpuType },
            Memory = new PVE.Inputs.VmLegacyMemoryArgs { Dedicated = guest.MemoryMb },
            Disks = guest.Disks.Select(disk => new PVE.Inputs.VmLegacyDiskArgs
            {
                Interface = disk.Interface,
                DatastoreId = disk.DatastoreId,
                Size = disk.SizeGb,
                Discard = "on",
                Iothread = true,
                Ssd = true,
            }).ToArray(),
            NetworkDevices = guest.Nics.Select(nic => new PVE.Inputs.VmLegacyNetworkDeviceArgs { Bridge = nic.Bridge, Model = "virtio", Firewall = true }).ToArray(),
            Initialization = new PVE.Inputs.VmLegacyInitializationArgs
            {
                DatastoreId = storage,
                IpConfigs = guest.Nics.Select(nic =>
                {
                    var ipv4 = new PVE.Inputs.VmLegacyInitializationIpConfigIpv4Args { Address = nic.Address };
                    if (nic.Gateway is { } gateway)
                    {
                        ipv4.Gateway = gateway;
                    }

                    return new PVE.Inputs.VmLegacyInitializationIpConfigArgs { Ipv4 = ipv4 };
                }).ToArray(),
                Dns = VmDns(guest.Dns),
            },
            Agent = new PVE.Inputs.VmLegacyAgentArgs { Enabled = true },
            OperatingSystem = new PVE.Inputs.VmLegacyOperatingSystemArgs { Type = template.OsType },
            ScsiHardware = "virtio-scsi-single",
            Tags = guest.Tags.ToArray(),
            Protection = guest.ProxmoxProtection,
            // A node change in the plan migrates the VM instead of replacing it.
            Migrate = true,
            Started = guest.Running,
            OnBoot = guest.Running,
        };
        if (template.Uefi)
        {
            vm.Bios = "ovmf";
            vm.Machine = "q35";
            vm.EfiDisk = new PVE.Inputs.VmLegacyEfiDiskArgs { DatastoreId = storage, Type = "4m", PreEnrolledKeys = true };
            vm.TpmState = new PVE.Inputs.VmLegacyTpmStateArgs { DatastoreId = storage, Version = "v2.0" };
        }

        return new PVE.VmLegacy(resourceName, vm, options);
    }

    private static PVE.Inputs.VmLegacyInitializationDnsArgs VmDns(DnsPlan dns)
    {
        var args = new PVE.Inputs.VmLegacyInitializationDnsArgs { Servers = dns.Servers.ToArray() };
        if (dns.Domain is { } domain)
        {
            args.Domain = domain;
        }

        return args;
    }

    private static PVE.Inputs.ContainerLegacyInitializationDnsArgs ContainerDns(DnsPlan dns)
    {
        var args = new PVE.Inputs.ContainerLegacyInitializationDnsArgs { Servers = dns.Servers.ToArray() };
        if (dns.Domain is { } domain)
        {
            args.Domain = domain;
        }

        return args;
    }

    private static PVE.ContainerLegacy Container(string resourceName, GuestPlan guest, TenantMachinesArgs args, CustomResourceOptions options)
    {
        var container = new PVE.ContainerLegacy(resourceName, new PVE.ContainerLegacyArgs
        {
            NodeName = guest.Node,
            VmId = guest.VmId,
            OperatingSystem = new PVE.Inputs.ContainerLegacyOperatingSystemArgs { TemplateFileId = guest.Template.File! },
            Cpu = new PVE.Inputs.ContainerLegacyCpuArgs { Cores = guest.Vcpu },
            Memory = new PVE.Inputs.ContainerLegacyMemoryArgs { Dedicated = guest.MemoryMb },
            Disk = new PVE.Inputs.ContainerLegacyDiskArgs { DatastoreId = guest.Disks[0].DatastoreId, Size = guest.Disks[0].SizeGb },
            NetworkInterfaces = guest.Nics.Select(nic => new PVE.Inputs.ContainerLegacyNetworkInterfaceArgs { Name = nic.Name, Bridge = nic.Bridge, Firewall = true }).ToArray(),
            Initialization = new PVE.Inputs.ContainerLegacyInitializationArgs
            {
                Hostname = guest.Name,
                IpConfigs = guest.Nics.Select(nic =>
                {
                    var ipv4 = new PVE.Inputs.ContainerLegacyInitializationIpConfigIpv4Args { Address = nic.Address };
                    if (nic.Gateway is { } gateway)
                    {
                        ipv4.Gateway = gateway;
                    }

                    return new PVE.Inputs.ContainerLegacyInitializationIpConfigArgs { Ipv4 = ipv4 };
                }).ToArray(),
                Dns = ContainerDns(guest.Dns),
            },
            Unprivileged = true,
            Features = new PVE.Inputs.ContainerLegacyFeaturesArgs { Nesting = true },
            StartOnBoot = guest.Running,
            Started = guest.Running,
            Tags = guest.Tags.ToArray(),
            Protection = guest.ProxmoxProtection,
        }, options);

        _ = new PVE.Pool.Membership($"{resourceName}-pool", new PVE.Pool.MembershipArgs
        {
            PoolId = args.Pool.PoolId,
            VmId = container.VmId,
        }, new CustomResourceOptions { Parent = options.Parent });

        return container;
    }
}
