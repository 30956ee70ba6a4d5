namespace Fmj.Billing.Proxmox;

/// <summary>A Proxmox API call that failed for good; the message is meant for an operator and never holds the token.</summary>
public sealed class ProxmoxApiException : Exception
{
    public ProxmoxApiException()
    {
    }

    public ProxmoxApiException(string message)
        : base(message)
    {
    }

    public ProxmoxApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProxmoxApiException(ApiFailureKind kind, string path, int? status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Path = path;
        Status = status;
    }

    public ApiFailureKind Kind { get; } = ApiFailureKind.BadResponse;

    /// <summary>The API path, relative to <c>/api2/json/</c>.</summary>
    public string Path { get; } = "";

    public int? Status { get; }
}
