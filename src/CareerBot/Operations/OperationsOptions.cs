using System.ComponentModel.DataAnnotations;

namespace CareerBot.Operations;

/// <summary>Bound from "Operations": the opt-in local HTTP port for /healthz and /metrics.</summary>
public sealed record OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>0 (default) turns the endpoint off.</summary>
    [Range(0, 65535)]
    public int Port { get; init; }

    /// <summary>Loopback by default: metrics are for the operator, not the internet.</summary>
    [Required(AllowEmptyStrings = false)]
    public string BindAddress { get; init; } = "127.0.0.1";
}
