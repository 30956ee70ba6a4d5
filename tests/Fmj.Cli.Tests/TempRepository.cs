namespace Fmj.Cli.Tests;

/// <summary>A throw-away copy of the repository's stack file and tenant files, to edit and run `fmj` in.</summary>
public sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), $"fmj-cli-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(Root, "Tenants"));
        File.Copy(Path.Combine(FmjProcess.RepositoryRoot, "Pulumi.dev.yaml"), PathOf("Pulumi.dev.yaml"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(FmjProcess.RepositoryRoot, "Tenants"), "*.yaml"))
        {
            File.Copy(file, PathOf("Tenants", Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Replaces <paramref name="oldText"/>, which must occur in the file, by <paramref name="newText"/>.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var path = PathOf(relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text);

    public FmjProcess.Result Run(params string[] args) => FmjProcess.Run(Root, null, args);

    public FmjProcess.Result Run(IReadOnlyDictionary<string, string> environment, params string[] args) => FmjProcess.Run(Root, environment, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
