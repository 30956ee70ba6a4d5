namespace Fmj.Cli.Tests;

/// <summary>Reads `fmj`'s plain-text tables: each line as its words.</summary>
public static class Output
{
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);

    public static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lines of one tenant's part of `fmj plan`: from its "Tenant name:" line to the next tenant's.</summary>
    public static string[] TenantSection(string text, string tenant)
    {
        var lines = Lines(text);
        var start = Array.FindIndex(lines, l => l.StartsWith($"Tenant {tenant}:", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no section for tenant {tenant} in:\n{text}");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("Tenant ", StringComparison.Ordinal));
        return lines[start..(end < 0 ? lines.Length : end)];
    }

    /// <summary>The words of the first line whose first words are <paramref name="first"/>.</summary>
    public static string[] Row(IEnumerable<string> lines, params string[] first) =>
        lines.Select(Words).FirstOrDefault(w => w.Take(first.Length).SequenceEqual(first))
        ?? throw new Xunit.Sdk.XunitException($"no row starting with '{string.Join(' ', first)}' in:\n{string.Join('\n', lines)}");
}
