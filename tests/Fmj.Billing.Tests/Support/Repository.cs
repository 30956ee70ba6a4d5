namespace Fmj.Billing.Tests.Support;

/// <summary>Finds files of the checkout (demo tenants, stack file, golden invoices) from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fmj.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Fmj.slnx not found above " + AppContext.BaseDirectory);
    }
}
