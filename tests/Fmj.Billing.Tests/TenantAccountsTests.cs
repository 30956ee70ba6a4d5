using Fmj.Billing.Invoicing;
using Fmj.Billing.Tests.Support;
using Fmj.Core.Catalogue;
using Fmj.Core.Diagnostics;
using Fmj.Core.Tenants;

namespace Fmj.Billing.Tests;

public class TenantAccountsTests
{
    [Fact]
    public void For_DemoTenants_ArePricedAtTheirPackages()
    {
        var accounts = TenantAccounts.For("dev", PackageCatalogue.Default, [Tenant("adatum"), Tenant("contoso"), Tenant("fabrikam")], new FindingList());

        Assert.Equal(
            [new("adatum", "Adatum Corporation", "silver", 20.00m), new("contoso", "Contoso Ltd", "gold", 40.00m), new TenantAccount("fabrikam", "Fabrikam Inc", "bronze", 10.00m)],
            accounts);
    }

    [Fact]
    public void For_CustomEngagement_IsItsAgreedPrice()
    {
        var custom = Tenant("fabrikam", "package: bronze", "package: custom\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 200\n  ha: false\n  monthly_price: 33.33");

        var account = Assert.Single(TenantAccounts.For("dev", PackageCatalogue.Default, [custom], new FindingList()));

        Assert.Equal(new TenantAccount("fabrikam", "Fabrikam Inc", "custom", 33.33m), account);
    }

    [Fact]
    public void For_TenantOnAnotherCluster_IsNotThisStacksToBill()
    {
        var elsewhere = Tenant("contoso", "cluster: dev", "cluster: prod");

        Assert.Equal(["adatum"], TenantAccounts.For("dev", PackageCatalogue.Default, [Tenant("adatum"), elsewhere], new FindingList()).Select(a => a.Name));
    }

    private static TenantDocument Tenant(string name, string? from = null, string? to = null)
    {
        var text = File.ReadAllText(Repository.PathOf("Tenants", $"{name}.yaml"));
        if (from is not null)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var findings = new FindingList();
        return TenantLoader.Load($"Tenants/{name}.yaml", text, findings) ?? throw new InvalidOperationException(string.Join("\n", findings.Items));
    }
}
