namespace FmjInfra.Tests.Support;

/// <summary>A throw-away copy of the stack file and the demo tenants, for tests that edit tenant files.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Directory.CreateTempSubdirectory("fmj-pulumi-test-").FullName;
        Tenants = Path.Combine(Root, "Tenants");
        Directory.CreateDirectory(Tenants);
        File.Copy(Repository.PathOf("Pulumi.dev.yaml"), Path.Combine(Root, "Pulumi.dev.yaml"));
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("Tenants"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(Tenants, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Tenants { get; }

    /// <summary>Replaces text in a tenant file; fails the test when the text is not there.</summary>
    public TempProject Edit(string tenant, string find, string replace)
    {
        var path = Path.Combine(Tenants, $"{tenant}.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
