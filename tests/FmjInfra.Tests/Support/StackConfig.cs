using System.Text.Json;
using System.Text.Json.Nodes;
using Fmj.Core.Diagnostics;
using Fmj.Core.Yaml;

namespace FmjInfra.Tests.Support;

/// <summary>
/// Pulumi config as the engine hands it to a program: the stack file's config map with structured values as JSON
/// text, plus the secrets a real stack holds encrypted. Applied through PULUMI_CONFIG for one test run.
/// </summary>
public sealed class StackConfig
{
    public const string ApiToken = "fmj-ci@pve!pulumi=00000000-aaaa-bbbb-cccc-secret-token";
    public const string SshKey = "-----BEGIN OPENSSH PRIVATE KEY-----secret-ssh-key";
    public const string EdgeRouterKey = "-----BEGIN OPENSSH PRIVATE KEY-----secret-edge1-key";
    public const string CoreSwitchPassword = "core1-secret-password-9c2e";

    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    private StackConfig(Dictionary<string, string> values) => _values = values;

    /// <summary>The dev stack file's configuration, with every secret a full deployment needs.</summary>
    public static StackConfig Dev(string tenantsFolder)
    {
        var findings = new FindingList();
        var root = (YamlMapping)YamlDocumentReader.Read("Pulumi.dev.yaml", File.ReadAllText(Repository.PathOf("Pulumi.dev.yaml")), findings)!;
        var config = (YamlMapping)root.Entries.Single(e => e.Key.Value == "config").Value;
        var values = config.Entries.ToDictionary(e => e.Key.Value, e => e.Value is YamlScalar s ? s.Value : ToJson(e.Value)!.ToJsonString(), StringComparer.Ordinal);
        var stack = new StackConfig(values);
        stack.Set("fmj:tenants", tenantsFolder);
        stack.Secret("proxmoxve:apiToken", ApiToken);
        stack.Secret("fmj:sshPrivateKey", SshKey);
        stack.Secret("fmj:bindPassword-adatum", BindPassword("adatum"));
        stack.Secret("fmj:bindPassword-contoso", BindPassword("contoso"));
        stack.Secret("fmj:deviceKey-edge1", EdgeRouterKey);
        stack.Secret("fmj:devicePassword-core1", CoreSwitchPassword);
        return stack;
    }

    public static string BindPassword(string tenant) => $"bind-secret-of-{tenant}-7f3a";

    public IEnumerable<string> SecretValues => _secrets.Select(k => _values[k]);

    public StackConfig Set(string key, string value)
    {
        _values[key] = value;
        return this;
    }

    public StackConfig Secret(string key, string value)
    {
        _secrets.Add(key);
        return Set(key, value);
    }

    public StackConfig Remove(string key)
    {
        _values.Remove(key);
        _secrets.Remove(key);
        return this;
    }

    /// <summary>Sets PULUMI_CONFIG for the duration of the returned scope.</summary>
    public IDisposable Apply()
    {
        var previous = (Environment.GetEnvironmentVariable("PULUMI_CONFIG"), Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS"));
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(_values));
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(_secrets));
        return new Restore(previous);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { Kind: YamlScalarKind.WholeNumber } s => JsonValue.Create(long.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalar { Kind: YamlScalarKind.FractionalNumber } s => JsonValue.Create(decimal.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalar { Kind: YamlScalarKind.Boolean } s => JsonValue.Create(s.Value is "true" or "True" or "TRUE"),
        YamlScalar { Kind: YamlScalarKind.Null } => null,
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    private sealed class Restore((string? Config, string? Secrets) previous) : IDisposable
    {
        public void Dispose()
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous.Config);
            Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", previous.Secrets);
        }
    }
}
