using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Tests;

public class ApiTokenTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "billing@pve!fmj=0d4e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "billing@pve!fmj" },
        { "  root@pam!billing=s3cret  ", "root@pam!billing" },
        { "PVEAPIToken=svc@corp.example!meter-1=abc", "svc@corp.example!meter-1" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_WellFormed_KeepsTheTokenId(string text, string tokenId)
    {
        var token = ApiToken.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(tokenId, token!.TokenId);
    }

    [Theory]
    [InlineData(null, "no API token is set.")]
    [InlineData("   ", "no API token is set.")]
    [InlineData("billing@pve=secret", "the API token is not of the form USER@REALM!TOKENID=SECRET (for example billing@pve!fmj=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")]
    [InlineData("billing!fmj=secret", "the API token is not of the form USER@REALM!TOKENID=SECRET (for example billing@pve!fmj=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")]
    [InlineData("billing@pve!fmj=", "the API token is not of the form USER@REALM!TOKENID=SECRET (for example billing@pve!fmj=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")]
    public void Parse_Malformed_SaysWhyWithoutTheValue(string? text, string expected)
    {
        var token = ApiToken.Parse(text, out var error);

        Assert.Null(token);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_Always_HidesTheSecret()
    {
        var token = ApiToken.Parse("billing@pve!fmj=very-secret", out _)!;

        Assert.Equal("billing@pve!fmj=(secret hidden)", token.ToString());
        Assert.Equal("billing@pve!fmj=(secret hidden)", $"{token}");
    }

    [Fact]
    public void HeaderValue_Always_IsThePveApiTokenScheme()
    {
        var token = ApiToken.Parse("billing@pve!fmj=very-secret", out _)!;

        Assert.Equal("PVEAPIToken=billing@pve!fmj=very-secret", token.HeaderValue);
    }
}
