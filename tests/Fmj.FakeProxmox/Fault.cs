namespace Fmj.FakeProxmox;

/// <summary>What the fake does to one request instead of answering it normally.</summary>
public abstract record Fault
{
    /// <summary>Answer with this status and reason phrase, and the API's empty envelope.</summary>
    public sealed record Status(int Code, string Reason) : Fault;

    /// <summary>Wait this long first (or until the client gives up), then answer normally.</summary>
    public sealed record Delay(TimeSpan Duration) : Fault;

    public static Fault ServerError { get; } = new Status(500, "Internal Server Error");

    public static Fault Unavailable { get; } = new Status(503, "Service Unavailable");
}
