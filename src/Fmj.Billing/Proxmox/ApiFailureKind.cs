namespace Fmj.Billing.Proxmox;

/// <summary>Why a Proxmox API call failed, so the CLI can say what to do about it.</summary>
public enum ApiFailureKind
{
    /// <summary>401: the token is wrong, expired or unknown. Not retried.</summary>
    Authentication,

    /// <summary>403: the token lacks a privilege (VM.Audit, Pool.Audit). Not retried.</summary>
    Permission,

    /// <summary>No answer within the timeout, after every retry.</summary>
    Timeout,

    /// <summary>5xx, 408, 429 or a connection failure, after every retry.</summary>
    Unavailable,

    /// <summary>Any other status, or a body that is not the API's JSON.</summary>
    BadResponse,
}
