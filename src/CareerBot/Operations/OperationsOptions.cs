using System.ComponentModel.DataAnnotations;

namespace CareerBot.Operations;

/// <summary>Bound from "Operations": the opt-in local HTTP port for /healthz and /metrics.</summary>
public sealed record OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>0 (default) turns the endpoint off.</summary>
    [Range(0, 65535)]
    public int Port { get; init; }

    /// <summary>Loopback by default: metrics are for the operator, not the internet. 0.0.0.0 or :: listens on every address.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^([^:]*|::)$", ErrorMessage = "expected an IPv4 address, a host name, or 0.0.0.0 / :: for every address (the endpoint's HttpListener cannot bind a single IPv6 address).")]
    public string BindAddress { get; init; } = "127.0.0.1";
}
