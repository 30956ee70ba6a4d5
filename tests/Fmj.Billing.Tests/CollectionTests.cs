using Fmj.Billing.Collection;
using Fmj.Billing.Proxmox;
using Fmj.Billing.Tests.Support;
using Fmj.FakeProxmox;

namespace Fmj.Billing.Tests;

/// <summary>Collection against the fake Proxmox API over real HTTP on 127.0.0.1.</summary>
public class CollectionTests
{
    /// <summary>A week after the guests were created, ten minutes into a step: 336 complete 30-minute steps each.</summary>
    private static readonly DateTimeOffset Week = CollectionRig.November1.AddDays(7).AddMinutes(10);

    [Fact]
    public async Task Collect_HappyPath_StoresEveryCompleteStepOfEveryGuest()
    {
        await using var rig = await CollectionRig.StartAsync(Week);

        var report = await rig.CollectAsync();

        Assert.Empty(report.Failed);
        Assert.Equal([(101, 336), (102, 336), (103, 336)], report.Guests.Select(g => (g.VmId, g.Stored)));
        Assert.Equal(1, report.Templates);
        Assert.Equal(["platform", "tenant-adatum", "tenant-contoso"], report.Pools);
        Assert.Equal([(103, (string?)null)], report.Unassigned.Select(g => (g.VmId, g.Pool)));
        Assert.Equal(["adatum", "contoso", null], report.Guests.Select(g => g.Tenant));
        Assert.All(rig.Api.AuthorizationHeaders, h => Assert.Equal($"PVEAPIToken={FakeProxmoxApi.DefaultToken}", h));
    }

    [Fact]
    public async Task Collect_HappyPath_IntegratesTheApiUnits()
    {
        await using var rig = await CollectionRig.StartAsync(Week);

        await rig.CollectAsync();

        // 101: 2 vCPU, 4 GiB, 32 GiB disk, 1000 + 500 B/s for 168 h. 102: 1 vCPU, 1 GiB, 40 GiB disk. 103: as 101, in no pool.
        Assert.Equal(
            [("", 336m, 672m, 7.466667m, 0.9072m), ("tenant-adatum", 336m, 672m, 7.466667m, 0.9072m), ("tenant-contoso", 168m, 168m, 9.333333m, 0.9072m)],
            rig.NovemberUsage().Select(u => (u.Pool, u.Quantities.VcpuHours, u.Quantities.MemoryGbHours, u.Quantities.StorageGbMonths, u.Quantities.TrafficGb)));
        Assert.Equal(84m, rig.NovemberUsage().Single(u => u.Pool == "tenant-adatum").Quantities.UsedVcpuHours);
    }

    [Fact]
    public async Task Collect_SameWindowTwice_StoresNothingNewAndBillsTheSame()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        await rig.CollectAsync();
        var before = rig.NovemberUsage();

        var again = await rig.CollectAsync();

        Assert.Equal(0, again.Stored);
        Assert.Equal(336 * 3, rig.Store.SampleCount());
        Assert.Equal(before, rig.NovemberUsage());
    }

    [Fact]
    public async Task Collect_ADayLater_StoresOnlyTheNewSteps()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        await rig.CollectAsync();
        rig.Advance(TimeSpan.FromDays(1));

        var later = await rig.CollectAsync();

        Assert.Equal([48, 48, 48], later.Guests.Select(g => g.Stored));
        Assert.All(later.Guests, g => Assert.Equal(0, g.MissedSeconds));
        Assert.Equal(384m, rig.NovemberUsage().Single(u => u.Pool == "tenant-adatum").Quantities.VcpuHours);
    }

    [Fact]
    public async Task Collect_WrongToken_FailsAtOnceWithAClearMessageAndNoSecret()
    {
        await using var rig = await CollectionRig.StartAsync(Week);

        var error = await Assert.ThrowsAsync<ProxmoxApiException>(() => rig.CollectAsync("billing@pve!fmj=not-the-secret"));

        Assert.Equal((ApiFailureKind.Authentication, 401), (error.Kind, error.Status));
        Assert.Equal(
            $"the Proxmox API at {rig.Api.Endpoint.Authority} refused API token billing@pve!fmj (401 authentication failure). Check that the token exists and has not expired, and that the secret is the one shown when it was created.",
            error.Message);
        Assert.Equal(1, rig.Api.Requests("cluster/resources"));
        Assert.Equal(0, rig.Store.SampleCount());
    }

    [Fact]
    public async Task Collect_TokenMayNotListTheCluster_FailsWithThePrivilegesNeeded()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.Api.Forbidden.Add("cluster/resources");

        var error = await Assert.ThrowsAsync<ProxmoxApiException>(() => rig.CollectAsync());

        Assert.Equal((ApiFailureKind.Permission, 403), (error.Kind, error.Status));
        Assert.StartsWith("API token billing@pve!fmj may not read cluster/resources (403 Permission check failed", error.Message);
        Assert.EndsWith("Billing needs PVEAuditor on / (or VM.Audit, Pool.Audit and Datastore.Audit); with privilege separation the token itself must be granted them too.", error.Message);
        Assert.Equal(1, rig.Api.Requests("cluster/resources"));
    }

    [Fact]
    public async Task Collect_TokenMayNotReadOneGuest_ReportsItAndStoresTheOthers()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.Api.Forbidden.Add("/lxc/102/");

        var report = await rig.CollectAsync();

        var failed = Assert.Single(report.Failed);
        Assert.Equal((102, ApiFailureKind.Permission), (failed.VmId, failed.Failure!.Kind));
        Assert.Equal("API token billing@pve!fmj may not read nodes/pve2/lxc/102/rrddata?timeframe=month&cf=AVERAGE (403 Permission check failed (/vms/102, VM.Audit)). Billing needs PVEAuditor on / (or VM.Audit, Pool.Audit and Datastore.Audit); with privilege separation the token itself must be granted them too.", failed.Failure.Message);
        Assert.Equal(336 * 2, rig.Store.SampleCount());
    }

    [Fact]
    public async Task Collect_ServerErrorsThenSuccess_RetriesAndSucceeds()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.Api.FailNext("cluster/resources", Fault.ServerError, Fault.Unavailable);
        rig.Api.FailNext("/qemu/101/", Fault.ServerError);

        var report = await rig.CollectAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(3, rig.Api.Requests("cluster/resources"));
        Assert.Equal(2, rig.Api.Requests("/qemu/101/"));
        Assert.Equal(336 * 3, rig.Store.SampleCount());
    }

    [Fact]
    public async Task Collect_ServerErrorsPastTheRetries_ReportsTheGuestAndResumesItNextTime()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.Api.FailNext("/qemu/101/", Fault.ServerError, Fault.ServerError, Fault.ServerError);

        var first = await rig.CollectAsync();
        var second = await rig.CollectAsync();

        var failed = Assert.Single(first.Failed);
        Assert.Equal(ApiFailureKind.Unavailable, failed.Failure!.Kind);
        Assert.EndsWith("answered 500 Internal Server Error, after 3 attempts.", failed.Failure.Message);
        Assert.Equal([0, 336, 336], first.Guests.Select(g => g.Stored));
        Assert.Equal([336, 0, 0], second.Guests.Select(g => g.Stored));
        Assert.Equal(336m, rig.NovemberUsage().Single(u => u.Pool == "tenant-adatum").Quantities.VcpuHours);
    }

    [Fact]
    public async Task Collect_SlowAnswerThenAPromptOne_RetriesAfterTheTimeout()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.Api.FailNext("cluster/resources", new Fault.Delay(TimeSpan.FromSeconds(10)));

        var report = await rig.CollectAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(2, rig.Api.Requests("cluster/resources"));
    }

    [Fact]
    public async Task Collect_GuestNeverAnswersInTime_ReportsATimeout()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        rig.AttemptTimeout = TimeSpan.FromMilliseconds(100);
        rig.Api.FailNext("/lxc/102/", [.. Enumerable.Repeat<Fault>(new Fault.Delay(TimeSpan.FromSeconds(10)), 3)]);

        var report = await rig.CollectAsync();

        var failed = Assert.Single(report.Failed);
        Assert.Equal((102, ApiFailureKind.Timeout), (failed.VmId, failed.Failure!.Kind));
        Assert.Equal($"the Proxmox API at {rig.Api.Endpoint.Authority} (nodes/pve2/lxc/102/rrddata?timeframe=month&cf=AVERAGE) did not answer within 0.1 s, after 3 attempts.", failed.Failure.Message);
        Assert.Equal(3, rig.Api.Requests("/lxc/102/"));
    }

    [Fact]
    public async Task Collect_CounterReset_BillsNoComputeWhileStoppedAndNoTrafficForTheResetStep()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        var day3 = CollectionRig.November1.AddDays(2).ToUnixTimeSeconds();
        rig.Api.Guest(101).Stops.Add((day3, day3 + 86_400));

        await rig.CollectAsync();

        // 336 steps: 48 stopped, then one running step without traffic (the counters restarted), 287 with it.
        var adatum = rig.NovemberUsage().Single(u => u.Pool == "tenant-adatum").Quantities;
        Assert.Equal(2m * 144, adatum.VcpuHours);
        Assert.Equal(4m * 144, adatum.MemoryGbHours);
        Assert.Equal(7.466667m, adatum.StorageGbMonths);
        Assert.Equal(1500m * 1800 * 287 / 1_000_000_000, adatum.TrafficGb);
    }

    [Fact]
    public async Task Collect_GuestMovesPoolsMidMonth_BillsEachTenantForItsPart()
    {
        await using var rig = await CollectionRig.StartAsync(CollectionRig.November1.AddDays(14).AddMinutes(10));
        await rig.CollectAsync();
        rig.Api.Guest(101).Pool = "tenant-contoso";
        rig.Advance(TimeSpan.FromDays(16));

        var report = await rig.CollectAsync();

        Assert.Equal("contoso", report.Guests.Single(g => g.VmId == 101).Tenant);
        var usage = rig.NovemberUsage().ToDictionary(u => u.Pool);
        Assert.Equal(2m * 24 * 14, usage["tenant-adatum"].Quantities.VcpuHours);
        Assert.Equal((2m * 24 * 16) + (1m * 24 * 30), usage["tenant-contoso"].Quantities.VcpuHours);
        Assert.Equal(2, usage["tenant-contoso"].Guests);
    }

    [Fact]
    public async Task Collect_Cancelled_KeepsTheGuestsItFinishedAndResumes()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done == 1)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.CollectAsync(progress: progress, parallelism: 1, cancellationToken: cancel.Token));
        var kept = rig.Store.SampleCount();
        var resumed = await rig.CollectAsync();

        Assert.Equal(336, kept);
        Assert.Equal([0, 336, 336], resumed.Guests.Select(g => g.Stored));
        Assert.Equal(336 * 3, rig.Store.SampleCount());
    }

    [Fact]
    public async Task Collect_Progress_CountsEveryGuestOnce()
    {
        await using var rig = await CollectionRig.StartAsync(Week);
        var seen = new List<CollectionProgress>();
        var progress = new SynchronousProgress(p =>
        {
            lock (seen)
            {
                seen.Add(p);
            }
        });

        await rig.CollectAsync(progress: progress);

        Assert.Equal([0, 1, 2, 3], seen.Select(p => p.Done).Order());
        Assert.All(seen, p => Assert.Equal(3, p.Total));
    }

    private sealed class SynchronousProgress(Action<CollectionProgress> report) : IProgress<CollectionProgress>
    {
        public void Report(CollectionProgress value) => report(value);
    }
}
