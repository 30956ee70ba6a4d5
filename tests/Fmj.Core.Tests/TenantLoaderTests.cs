using Fmj.Core.Tests.Support;

namespace Fmj.Core.Tests;

public class TenantLoaderTests
{
    public static TheoryData<string, string> NamesNotMatchingTheFile => new()
    {
        { "contoso", "Tenants/adatum.yaml(2,7): error FMJ007: the tenant is named 'contoso' but its file is 'adatum.yaml'. Fix: rename the file to contoso.yaml, or fix 'name'." },
        { "\"$(rm -rf /)\"", "Tenants/adatum.yaml(2,7): error FMJ007: the tenant is named '$(rm -rf /)' but its file is 'adatum.yaml'. Fix: set 'name' to the file's name; a tenant name is 2 to 20 characters: lowercase letters, digits and '-', starting with a letter and not ending with '-'." },
        { "Adatum", "Tenants/adatum.yaml(2,7): error FMJ007: the tenant is named 'Adatum' but its file is 'adatum.yaml'. Fix: set 'name' to the file's name; a tenant name is 2 to 20 characters: lowercase letters, digits and '-', starting with a letter and not ending with '-'." },
    };

    [Theory]
    [MemberData(nameof(NamesNotMatchingTheFile))]
    public void Load_NameNotMatchingFile_SuggestsRenamingOnlyToAllowedNames(string name, string expected)
    {
        var text = Demo.TenantText("adatum").Replace("name: adatum\n", $"name: {name}\n", StringComparison.Ordinal);

        var (document, findings) = Demo.Load("adatum", text);

        Assert.Null(document);
        Assert.Equal(expected, Assert.Single(findings).ToCompilerFormat());
    }

    private const string Custom = "package: custom\ncustom:\n  vcpu: 4\n  memory_gb: 8\n  storage_gb: 300\n  ha: true\n  monthly_price: ";

    public static TheoryData<string, string, string> NumbersFmjCannotUse => new()
    {
        { "    vcpu: 2\n", "    vcpu: 99999999999\n", "Tenants/adatum.yaml(27,11): error FMJ006: 'machines[0].vcpu' is 99999999999, outside 1..512. Fix: choose a value from 1 to 512." },
        { "    vcpu: 2\n", "    vcpu: -99999999999\n", "Tenants/adatum.yaml(27,11): error FMJ006: 'machines[0].vcpu' is -99999999999, outside 1..512. Fix: choose a value from 1 to 512." },
        { "    vcpu: 2\n", "    vcpu: 0x1F\n", "Tenants/adatum.yaml(27,11): error FMJ004: 'machines[0].vcpu' must be a whole number in decimal digits, but is the number 0x1F. Fix: write a number without quotes or units, for example vcpu: 1." },
        { "    vcpu: 2\n", "    vcpu: 2.0\n", "Tenants/adatum.yaml(27,11): error FMJ004: 'machines[0].vcpu' must be a whole number, but is the number 2.0. Fix: write a number without quotes or units, for example vcpu: 1." },
        { "package: silver\n", Custom + "1e3\n", "Tenants/adatum.yaml(12,18): error FMJ004: 'custom.monthly_price' must be a number in plain decimal digits, but is the number 1e3. Fix: write a plain number such as monthly_price: 25.00." },
        { "package: silver\n", Custom + "\"25\"\n", "Tenants/adatum.yaml(12,18): error FMJ004: 'custom.monthly_price' must be a number, but is the text '25'. Fix: write a plain number such as monthly_price: 25.00." },
    };

    [Theory]
    [MemberData(nameof(NumbersFmjCannotUse))]
    public void Load_NumberFmjCannotUse_SaysWhy(string find, string replace, string expected)
    {
        var text = Demo.TenantText("adatum").Replace(find, replace, StringComparison.Ordinal);

        var (document, findings) = Demo.Load("adatum", text);

        Assert.Null(document);
        Assert.Equal(expected, Assert.Single(findings).ToCompilerFormat());
    }
}
