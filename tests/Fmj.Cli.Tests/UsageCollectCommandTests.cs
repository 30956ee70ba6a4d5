using Fmj.FakeProxmox;

namespace Fmj.Cli.Tests;

/// <summary>
/// `fmj usage collect` as a process against the fake Proxmox API on 127.0.0.1, over https with a self-signed
/// certificate (as a node has) that fmj trusts through Usage:CaCertificate, its endpoint in the stack file.
/// </summary>
public class UsageCollectCommandTests
{
    private const string DevEndpoint = "https://pve-dev.fmj.example:8006/";

    [Fact]
    public async Task Collect_TokenFromFmjPveToken_StoresUsageAndReportsGuestsInNoTenantPool()
    {
        await using var api = await StartApiAsync();
        using var repository = Repository(api);

        var result = repository.Run(TokenAndCa(repository), "usage", "collect");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        var lines = Output.Lines(result.Stdout);
        Assert.Equal($"fmj usage collect: stack dev, {api.Endpoint.GetLeftPart(UriPartial.Authority)} as billing@pve!fmj, into {Path.Combine(".", ".fmj", "usage.dev.db")}.", lines[0]);
        Assert.Equal("Collected 144 new sample(s) from 3 of 3 guest(s); 0 template(s) skipped.", lines[1]);
        Assert.Equal(["adatum", "tenant-adatum", "1", "48", "0"], Output.Words(lines.Single(l => l.StartsWith("adatum", StringComparison.Ordinal))));
        Assert.Equal(["(none)", "(no", "pool)", "1", "48", "0"], Output.Words(lines.Single(l => l.StartsWith("(none)", StringComparison.Ordinal))));
        Assert.Equal(
            "fmj usage collect: 1 guest(s) in no tenant pool: their usage is stored but billed to nobody. Put them in a tenant-<name> pool:\n  103 scratch (qemu), no pool",
            result.Stderr.Trim());
        Assert.True(File.Exists(repository.PathOf(".fmj", "usage.dev.db")));
        Assert.DoesNotContain(Secret(FakeProxmoxApi.DefaultToken), result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Collect_Twice_StoresNothingTheSecondTime()
    {
        await using var api = await StartApiAsync();
        using var repository = Repository(api);
        var environment = TokenAndCa(repository);

        repository.Run(environment, "usage", "collect");
        var again = repository.Run(environment, "usage", "collect");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Collected 0 new sample(s) from 3 of 3 guest(s); 0 template(s) skipped.", Output.Lines(again.Stdout)[1]);
    }

    [Fact]
    public async Task Collect_WrongSecret_ExitsThreeWithoutPrintingIt()
    {
        await using var api = await StartApiAsync();
        using var repository = Repository(api);

        var result = repository.Run(TokenAndCa(repository, "billing@pve!fmj=wrong-secret-4711"), "usage", "collect");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            $"fmj usage collect: the Proxmox API at {api.Endpoint.Authority} refused API token billing@pve!fmj (401 authentication failure). Check that the token exists and has not expired, and that the secret is the one shown when it was created.",
            result.Stderr.Trim());
        Assert.DoesNotContain("wrong-secret-4711", result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Collect_TokenOptionWinsOverFmjPveToken()
    {
        await using var api = await StartApiAsync();
        using var repository = Repository(api);

        var result = repository.Run(TokenAndCa(repository, "billing@pve!fmj=wrong"), "usage", "collect", "--token", FakeProxmoxApi.DefaultToken);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Collect_GuestFailsEveryRetry_ExitsThreeAndKeepsTheOthers()
    {
        await using var api = await StartApiAsync();
        api.FailNext("/qemu/101/", Fault.ServerError, Fault.ServerError);
        using var repository = Repository(api);

        var result = repository.Run(new Dictionary<string, string>(TokenAndCa(repository)) { ["FMJ_USAGE__RETRIES"] = "1" }, "usage", "collect");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("Collected 96 new sample(s) from 2 of 3 guest(s); 0 template(s) skipped.", Output.Lines(result.Stdout)[1]);
        Assert.Contains(
            $"fmj usage collect: 1 guest(s) failed; what was stored is kept, and the next collection fetches their window again:\n  101 adatum-app01: the Proxmox API at {api.Endpoint.Authority} (nodes/pve1/qemu/101/rrddata?timeframe=month&cf=AVERAGE) answered 500 Internal Server Error, after 2 attempts.",
            result.Stderr);
    }

    [Fact]
    public async Task Collect_CertificateNotTrusted_ExitsThreeWithTheTlsError()
    {
        await using var api = await StartApiAsync();
        using var repository = Repository(api);

        var result = repository.Run(new Dictionary<string, string> { ["FMJ_PVE_TOKEN"] = FakeProxmoxApi.DefaultToken, ["FMJ_USAGE__RETRIES"] = "0" }, "usage", "collect");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"fmj usage collect: the Proxmox API at {api.Endpoint.Authority} (cluster/resources) could not be reached, on the only attempt: The SSL connection could not be established", result.Stderr);
        Assert.Equal(0, api.Requests("cluster/resources"));
    }

    [Fact]
    public async Task Collect_ApiEndpointOption_OverridesTheStackFile()
    {
        await using var api = await StartApiAsync(https: false);
        using var repository = new TempRepository();

        var result = repository.Run(new Dictionary<string, string> { ["FMJ_PVE_TOKEN"] = FakeProxmoxApi.DefaultToken }, "usage", "collect", "--api-endpoint", api.Endpoint.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Collected 144 new sample(s) from 3 of 3 guest(s); 0 template(s) skipped.", Output.Lines(result.Stdout)[1]);
    }

    [Fact]
    public void Collect_PlainHttpToAnotherMachine_IsRefused()
    {
        using var repository = new TempRepository();

        var result = repository.Run(new Dictionary<string, string> { ["FMJ_PVE_TOKEN"] = FakeProxmoxApi.DefaultToken }, "usage", "collect", "--api-endpoint", "http://pve-dev.fmj.example:8006/");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("fmj usage collect: the API endpoint 'http://pve-dev.fmj.example:8006/' is not an https URL (http is allowed only to this machine).", result.Stderr.Trim());
    }

    [Theory]
    [InlineData(null, "fmj usage collect: no API token is set. Set it in FMJ_PVE_TOKEN (or Usage:Token in appsettings.json, or --token).")]
    [InlineData("root@pam=secret", "fmj usage collect: the API token is not of the form USER@REALM!TOKENID=SECRET (for example billing@pve!fmj=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Set it in FMJ_PVE_TOKEN (or Usage:Token in appsettings.json, or --token).")]
    public void Collect_NoUsableToken_ExitsTwoBeforeAnyRequest(string? token, string expected)
    {
        using var repository = new TempRepository();
        var environment = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["FMJ_PVE_TOKEN"] = token };

        var result = repository.Run(environment, "usage", "collect");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
    }

    [Fact]
    public void Bench_SmallRun_PrintsTheFiguresAndTheRatio()
    {
        var result = FmjProcess.Run("usage", "bench", "--guests", "20", "--runs", "1");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        var lines = Output.Lines(result.Stdout);
        Assert.StartsWith("fmj usage bench: 20 guests, 2026-11 in 30-minute steps: 28800 samples; 1 measured runs each;", lines[0]);
        Assert.Single(lines, l => l.StartsWith("rows per run: 28800; invoices for 2 tenants, usage total ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("ratio invoices / bare scan: ", StringComparison.Ordinal) && l.EndsWith(" (target <= 2)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Three running guests created 48 steps before the fake's last row; the fake's clock sits just past a step
    /// boundary behind the real one, so every row it returns has ended by the time fmj (on the real clock) looks.
    /// </summary>
    private static async Task<FakeProxmoxApi> StartApiAsync(bool https = true)
    {
        var boundary = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 1800 * 1800;
        var api = await FakeProxmoxApi.StartAsync(new ManualClock(DateTimeOffset.FromUnixTimeSeconds(boundary - 1799)), https);
        var created = boundary - (48 * 1800);
        api.Pools.Add("tenant-adatum");
        api.Guests.AddRange(
        [
            new FakeGuest { VmId = 101, Name = "adatum-app01", Pool = "tenant-adatum", CreatedAt = created },
            new FakeGuest { VmId = 102, Type = "lxc", Name = "contoso-portal", Node = "pve2", Pool = "tenant-contoso", CreatedAt = created },
            new FakeGuest { VmId = 103, Name = "scratch", Node = "pve3", CreatedAt = created },
        ]);
        return api;
    }

    /// <summary>The token, and the fake's certificate as the CA to trust (written into the repository copy).</summary>
    private static Dictionary<string, string> TokenAndCa(TempRepository repository, string token = FakeProxmoxApi.DefaultToken) => new()
    {
        ["FMJ_PVE_TOKEN"] = token,
        ["FMJ_USAGE__CACERTIFICATE"] = repository.PathOf("pve-root-ca.pem"),
    };

    /// <summary>A copy of the repository whose stack file points at the fake, with the fake's certificate beside it.</summary>
    private static TempRepository Repository(FakeProxmoxApi api)
    {
        var repository = new TempRepository();
        repository.Write("pve-root-ca.pem", api.CertificatePem!);
        var stack = File.ReadAllText(repository.PathOf("Pulumi.dev.yaml"));
        Assert.Equal(2, stack.Split(DevEndpoint).Length - 1);
        repository.Write("Pulumi.dev.yaml", stack.Replace(DevEndpoint, api.Endpoint.ToString(), StringComparison.Ordinal));
        return repository;
    }

    private static string Secret(string token) => token[(token.IndexOf('=', StringComparison.Ordinal) + 1)..];
}
