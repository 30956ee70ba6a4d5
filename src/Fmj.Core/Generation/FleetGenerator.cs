using System.Globalization;
using System.Text;

namespace Fmj.Core.Generation;

/// <summary>
/// Writes realistic, valid tenant files and a roomy stack file for benchmarks and property tests: any number of
/// tenants, reproducible from a seed, spread over every package and identity option.
/// </summary>
public static class FleetGenerator
{
    private static readonly string[] Packages = ["bronze", "silver", "gold", "platinum", "custom"];

    public const string ClusterName = "bench";

    /// <summary>A stack file with ranges and capacity for up to 5,000 tenants.</summary>
    public static string StackYaml(string cluster = ClusterName) => $"""
        config:
          fmj:cluster: {cluster}
          fmj:apiEndpoint: https://pve-{cluster}.fmj.example:8006/
          fmj:pveMajorVersion: 9
          fmj:backupStorage: pbs-{cluster}
          fmj:reverseProxy:
            host: proxy.{cluster}.fmj.example
            kind: nginx
          fmj:nodes:
            - name: pve1
              address: 10.10.0.11
            - name: pve2
              address: 10.10.0.12
            - name: pve3
              address: 10.10.0.13
            - name: pve4
              address: 10.10.0.14
          fmj:bridge: vmbr1
          fmj:zfs:
            pool: tank
            tenantsDataset: tank/tenants
          fmj:vlans:
            public:
              from: 2
              to: 2000
            private:
              from: 2001
              to: 4094
          fmj:addressPools:
            public:
              cidr: 100.64.0.0/10
              prefix: 27
            private:
              cidr: 10.0.0.0/8
              prefix: 24
            reserved:
              - 192.168.0.0/16
          fmj:vmids:
            from: 100000
            to: 999999
            blockSize: 100
          fmj:templates:
            debian-13:
              kind: vm
              vmid: 9000
            windows-server-2025:
              kind: vm
              vmid: 9100
              os: win11
            debian-13-lxc:
              kind: container
              file: local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst
          fmj:dnsServers:
            - 10.10.0.53
          fmj:capacity:
            vcpu: 100000
            memoryGb: 1000000
            storageGb: 100000000
            cpuOvercommit: 4
            memoryOvercommit: 1
            storageOvercommit: 1
            warnPercent: 90

        """;

    public static string TenantName(int number) => $"tenant{number}";

    /// <summary>A valid tenant file for tenant <paramref name="number"/>; the same number and seed give the same text.</summary>
    public static string TenantYaml(int number, int seed, string cluster = ClusterName)
    {
        // HashCode is randomised per process; a plain formula keeps files identical across runs and machines.
        var random = new Random(unchecked((number * 7919) + (seed * 104729)));
        var package = Packages[random.Next(Packages.Length)];
        var ha = package is not "bronze";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # yaml-language-server: $schema=tenant.schema.json
            name: {TenantName(number)}
            display_name: Tenant {number} Ltd
            number: {number}
            cluster: {cluster}
            package: {package}

            """);
        if (package == "custom")
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                custom:
                  vcpu: {8 + random.Next(24)}
                  memory_gb: {16 + random.Next(48)}
                  storage_gb: {500 + random.Next(2000)}
                  ha: true
                  monthly_price: {50 + random.Next(100)}.50

                """);
        }

        text.Append(random.Next(3) switch
        {
            0 => $"""
                identity:
                  active_directory:
                    domain: corp.tenant{number}.example
                    netbios_name: T{number}
                    domain_controllers: {1 + random.Next(2)}
                    directory_live: {(random.Next(2) == 0 ? "true" : "false")}

                """,
            1 => $"""
                identity:
                  ldap:
                    servers: [ldap1.tenant{number}.example, ldap2.tenant{number}.example]
                    base_dn: OU=People,DC=tenant{number},DC=example
                    bind_dn: CN=svc-proxmox,OU=Service Accounts,DC=tenant{number},DC=example
                    group_dn: OU=Groups,DC=tenant{number},DC=example

                """,
            _ => $"""
                identity:
                  dns:
                    domain: tenant{number}.example

                """,
        });
        text.Append(CultureInfo.InvariantCulture, $"""
            services:
              web_server: {(random.Next(2) == 0 ? "true" : "false")}
              vpn: true
              reverse_proxy: true
            machines:

            """);

        // Bronze allows 2 vCPU, 4 GB and 100 GB: at most two machines of 1 vCPU, 1 GB and 20 GB always fit.
        var machines = random.Next(3);
        for (var m = 1; m <= machines; m++)
        {
            var container = random.Next(2) == 0;
            text.Append(CultureInfo.InvariantCulture, $"""
                  - number: {m}
                    name: app{m:D2}
                    kind: {(container ? "container" : "vm")}
                    subnet: {(random.Next(3) == 0 ? "public" : "private")}
                    vcpu: 1
                    memory_mb: {512 * (1 + random.Next(2))}
                    disk_gb: {10 + random.Next(11)}
                    template: {(container ? "debian-13-lxc" : "debian-13")}
                    ha: {(ha && random.Next(2) == 0 ? "true" : "false")}

                """);
        }

        return text.ToString();
    }

    /// <summary>Writes a stack file and <paramref name="count"/> tenant files under <paramref name="directory"/>; returns the tenants folder.</summary>
    public static string WriteFleet(string directory, int count, int seed)
    {
        var tenants = Path.Combine(directory, "Tenants");
        Directory.CreateDirectory(tenants);
        File.WriteAllText(Path.Combine(directory, $"Pulumi.{ClusterName}.yaml"), StackYaml());
        for (var number = 1; number <= count; number++)
        {
            File.WriteAllText(Path.Combine(tenants, $"{TenantName(number)}.yaml"), TenantYaml(number, seed));
        }

        return tenants;
    }
}
