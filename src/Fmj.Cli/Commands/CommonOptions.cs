using System.CommandLine;
using Fmj.Cli.Settings;

namespace Fmj.Cli.Commands;

/// <summary>The options several commands share. None has a default here: defaults come from the settings layers.</summary>
public sealed class CommonOptions
{
    public Option<string> Stack { get; } = new("--stack", "-s") { Description = "The stack (cluster) whose Pulumi.<stack>.yaml to read. Default: dev." };

    public Option<string> Tenants { get; } = new("--tenants", "-t") { Description = "The folder of tenant files. Default: Tenants." };

    public Option<string> Project { get; } = new("--project", "-p") { Description = "The folder holding the Pulumi.<stack>.yaml files. Default: the current folder." };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format: table or json. Default: table." };

    /// <summary>The layered settings, with only the options actually given on the command line on top.</summary>
    public FmjSettings Settings(ParseResult result, IEnumerable<KeyValuePair<string, string?>>? more = null)
    {
        var given = new Dictionary<string, string?>(more ?? [], StringComparer.Ordinal);
        Add(nameof(FmjSettings.Stack), Stack);
        Add(nameof(FmjSettings.Tenants), Tenants);
        Add(nameof(FmjSettings.Project), Project);
        Add(nameof(FmjSettings.Format), Format);
        return SettingsLoader.Load(given);

        void Add(string key, Option<string> option)
        {
            if (result.GetResult(option) is { Implicit: false } && result.GetValue(option) is { } value)
            {
                given[key] = value;
            }
        }
    }
}
