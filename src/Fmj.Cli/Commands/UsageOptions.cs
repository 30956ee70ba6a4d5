using System.CommandLine;

namespace Fmj.Cli.Commands;

/// <summary>The options of the billing commands, each mapped onto its <c>Usage:</c> setting when given.</summary>
public sealed class UsageOptions
{
    public Option<string> Database { get; } = new("--database") { Description = "The SQLite file of usage samples. Default: .fmj/usage.<stack>.db under the project folder." };

    public Option<string> ApiEndpoint { get; } = new("--api-endpoint") { Description = "The cluster's API endpoint. Default: fmj:apiEndpoint in the stack file." };

    public Option<string> Token { get; } = new("--token") { Description = "API token USER@REALM!TOKENID=SECRET. Prefer FMJ_PVE_TOKEN: a command line is visible to other users." };

    public Option<string> Parallelism { get; } = new("--parallelism") { Description = "Guests fetched at once. Default: 4." };

    public IEnumerable<KeyValuePair<string, string?>> Given(ParseResult result)
    {
        foreach (var (key, option) in new[] { ("Usage:Database", Database), ("Usage:ApiEndpoint", ApiEndpoint), ("Usage:Token", Token), ("Usage:Parallelism", Parallelism) })
        {
            if (result.GetResult(option) is { Implicit: false } && result.GetValue(option) is { } value)
            {
                yield return new(key, value);
            }
        }
    }
}
