namespace Fmj.Core.Addressing;

/// <summary>
/// The fixed layout inside a tenant's VMID block and subnets. Base services take the low slots; the tenant's own
/// machine number n takes VMID slot 10 + n and host 10 + n, so adding a machine never moves another.
/// </summary>
public static class GuestSlots
{
    public const int WebServer = 1;
    public const int Vpn = 2;
    public const int DomainController1 = 3;
    public const int DomainController2 = 4;
    public const int DnsServer = 3;
    public const int OwnMachineBase = 10;

    public static int OwnMachine(int number) => OwnMachineBase + number;
}

/// <summary>Host offsets inside a subnet: .1 is the gateway, .2–.9 are the base services, .11 onwards the tenant's machines.</summary>
public static class HostOffsets
{
    public const int Gateway = 1;
    public const int WebServerPublic = 2;
    public const int VpnPublic = 3;
    public const int DomainController1 = 2;
    public const int DomainController2 = 3;
    public const int DnsServer = 2;
    public const int VpnPrivate = 4;

    public static int OwnMachine(int number) => 10 + number;
}
