namespace CareerBot.Slack.Api;

/// <summary>A Web API call answered <c>{ok:false,error}</c> (or failed at the HTTP level); <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException(string method, string error, string? neededScope = null)
    : Exception(neededScope is null ? $"Slack {method} failed: {error}" : $"Slack {method} failed: {error} (needs scope {neededScope})")
{
    public string Method { get; } = method;
    public string Error { get; } = error;
    public string? NeededScope { get; } = neededScope;

    /// <summary>The token is wrong, revoked or its account is gone: retrying cannot help.</summary>
    public bool IsAuthFailure => Error is "invalid_auth" or "not_authed" or "token_revoked" or "account_inactive" or "not_allowed_token_type";

    /// <summary>
    /// A failure on Slack's side that may pass (HTTP 5xx, internal_error…). Slack warns that part of the operation may
    /// have succeeded anyway, so a post is only repeated after checking it is not there already.
    /// </summary>
    public bool IsTransient => Error.StartsWith("http_5", StringComparison.Ordinal)
        || Error is "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout";
}
