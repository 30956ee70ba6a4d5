namespace Fmj.Core.Catalogue;

/// <summary>The sizes of the base services every package includes.</summary>
public sealed record BaseEnvironment(BaseServiceSize WebServer, BaseServiceSize Vpn, BaseServiceSize DomainController, BaseServiceSize DnsServer);
