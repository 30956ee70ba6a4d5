namespace Fmj.FakeProxmox;

/// <summary>A clock the test moves by hand, shared by the fake API (which rows exist) and the collector (which rows are complete).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
