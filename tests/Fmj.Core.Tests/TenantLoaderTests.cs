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
}
