using System.Text.RegularExpressions;

namespace Fmj.Billing.Proxmox;

/// <summary>
/// A Proxmox API token, <c>USER@REALM!TOKENID=SECRET</c>. The secret leaves this type only as the Authorization
/// header value: <see cref="ToString"/> shows the token id alone, so a token that reaches a message or a log is harmless.
/// </summary>
public sealed partial class ApiToken
{
    private readonly string _secret;

    private ApiToken(string tokenId, string secret)
    {
        TokenId = tokenId;
        _secret = secret;
    }

    /// <summary><c>USER@REALM!TOKENID</c>: safe to show.</summary>
    public string TokenId { get; }

    /// <summary>The value of the <c>Authorization</c> header, as pve-docs (pveum) give it.</summary>
    internal string HeaderValue => $"PVEAPIToken={TokenId}={_secret}";

    /// <summary>Parses a token; on failure the error says what is wrong without repeating the value.</summary>
    public static ApiToken? Parse(string? text, out string? error)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            error = "no API token is set.";
            return null;
        }

        // Accept the header form too: people paste what they used with curl.
        if (value.StartsWith("PVEAPIToken=", StringComparison.Ordinal))
        {
            value = value["PVEAPIToken=".Length..];
        }

        var match = Shape().Match(value);
        if (!match.Success)
        {
            error = "the API token is not of the form USER@REALM!TOKENID=SECRET (for example billing@pve!fmj=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";
            return null;
        }

        error = null;
        return new ApiToken(match.Groups["id"].Value, match.Groups["secret"].Value);
    }

    public override string ToString() => $"{TokenId}=(secret hidden)";

    [GeneratedRegex(@"^(?<id>[^\s@!=]+@[^\s@!=]+![A-Za-z][A-Za-z0-9._-]*)=(?<secret>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
