using System.Text.Json;

namespace Fmj.Cli.Tests;

/// <summary>What the demonstration tenants are expected to get, worked out by hand from their files and the catalogue.</summary>
public static class Demo
{
    public static readonly string[] Tenants = ["adatum", "contoso", "fabrikam"];

    /// <summary>The quota table rows, as the words of each row: resource, used, allowed, left.</summary>
    public static readonly Dictionary<string, string[][]> Quota = new()
    {
        // silver: 4 vCPU, 8 GB, 250 GB; app01 2 vCPU 4 GB 100 GB + db01 1 vCPU 2 GB 80 GB.
        ["adatum"] = [["vCPU", "3", "4", "1"], ["RAM", "6", "GB", "8", "GB", "2", "GB"], ["Disk", "180", "GB", "250", "GB", "70", "GB"]],
        // gold: 8 vCPU, 16 GB, 1000 GB; erp01 4/8/400 + files01 2/4/500 + portal 1/1/40.
        ["contoso"] = [["vCPU", "7", "8", "1"], ["RAM", "13", "GB", "16", "GB", "3", "GB"], ["Disk", "940", "GB", "1000", "GB", "60", "GB"]],
        // bronze: 2 vCPU, 4 GB, 100 GB; shop01 1/2/40 + build01 1/2/50.
        ["fabrikam"] = [["vCPU", "2", "2", "0"], ["RAM", "4", "GB", "4", "GB", "0", "GB"], ["Disk", "90", "GB", "100", "GB", "10", "GB"]],
    };

    /// <summary>VMIDs: 100000 + tenant number × 100, then slot 1 web, 2 VPN, 3–4 DC or 3 DNS, 10 + n machine n.</summary>
    public static readonly Dictionary<string, (int VmId, string Name)[]> Guests = new()
    {
        ["adatum"] = [(101101, "adatum-web"), (101102, "adatum-vpn"), (101103, "adatum-dc1"), (101104, "adatum-dc2"), (101111, "adatum-app01"), (101112, "adatum-db01")],
        ["contoso"] = [(101202, "contoso-vpn"), (101211, "contoso-erp01"), (101212, "contoso-files01"), (101213, "contoso-portal")],
        ["fabrikam"] = [(101301, "fabrikam-web"), (101302, "fabrikam-vpn"), (101303, "fabrikam-dns"), (101311, "fabrikam-shop01"), (101312, "fabrikam-build01")],
    };

    /// <summary>Fabrikam (bronze, 2 vCPU) with build01 at 2 vCPU: 3 vCPU in all, one over its package.</summary>
    public static void OverPackage(TempRepository repository) =>
        repository.Edit("Tenants/fabrikam.yaml", "name: build01\n    kind: container\n    subnet: private\n    vcpu: 1", "name: build01\n    kind: container\n    subnet: private\n    vcpu: 2");

    /// <summary>The line and column of build01's vcpu value in Tenants/fabrikam.yaml.</summary>
    public const string OverPackagePosition = "Tenants/fabrikam.yaml(29,11)";

    /// <summary>The demo plan as JSON: the three tenants in number order, each with the VMIDs of its guests.</summary>
    public static void AssertPlanJson(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("dev", root.GetProperty("cluster").GetString());
        var tenants = root.GetProperty("tenants").EnumerateArray().ToList();
        Assert.Equal(Tenants, tenants.Select(t => t.GetProperty("name").GetString()));
        foreach (var tenant in tenants)
        {
            var name = tenant.GetProperty("name").GetString()!;
            var guests = tenant.GetProperty("guests").EnumerateArray().Select(g => (g.GetProperty("vmId").GetInt32(), g.GetProperty("name").GetString()!));
            Assert.Equal(Guests[name], guests);
        }
    }
}
