namespace Fmj.Billing.Tests.Support;

/// <summary>A usage database path in a folder of its own, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fmj-billing-tests-{Guid.NewGuid():N}");

    public string Path => System.IO.Path.Combine(_folder, "usage.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
