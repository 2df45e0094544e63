using Microsoft.Extensions.Options;

namespace CareerBot.Slack;

/// <summary>Checks the Slack section at start; every message names the key, says what was expected and gives an example, never the secret itself.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken) || !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            errors.Add("Slack:BotToken must be the Bot User OAuth Token starting with xoxb- (OAuth & Permissions page; e.g. Slack__BotToken=xoxb-…).");
        if (options.Mode == SlackMode.SocketMode && (string.IsNullOrWhiteSpace(options.AppToken) || !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal)))
            errors.Add("Slack:AppToken must be an app-level token starting with xapp- with the connections:write scope when Slack:Mode is SocketMode (Basic Information → App-Level Tokens; e.g. Slack__AppToken=xapp-…), or set Slack:Mode to Http.");
        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
            errors.Add("Slack:SigningSecret is required when Slack:Mode is Http: requests cannot be verified without it (Basic Information → Signing Secret; e.g. Slack__SigningSecret=8f74…).");
        if (options.Mode == SlackMode.Http && options.HttpPort is < 1 or > 65535)
            errors.Add($"Slack:HttpPort must be a TCP port between 1 and 65535 (e.g. 3000); it is {options.HttpPort}.");
        if (options.Mode == SlackMode.Http && !System.Net.IPAddress.TryParse(options.HttpHost, out _))
            errors.Add($"Slack:HttpHost must be an IP address to listen on, such as 127.0.0.1 or 0.0.0.0; it is '{options.HttpHost}'.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
            errors.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/; it is '{options.ApiBaseUrl}'.");
        if (options.Workers is < 1 or > 64)
            errors.Add($"Slack:Workers must be between 1 and 64 (e.g. 4); it is {options.Workers}.");
        if (options.ShutdownGraceSeconds is < 0 or > 25)
            errors.Add($"Slack:ShutdownGraceSeconds must be between 0 and 25 (under the host's 30 s shutdown timeout), e.g. 10; it is {options.ShutdownGraceSeconds}.");
        if (options.QueueCapacity is < 1 or > 100_000)
            errors.Add($"Slack:QueueCapacity must be between 1 and 100000 (e.g. 1024); it is {options.QueueCapacity}.");
        if (options.DeduplicationWindow < TimeSpan.FromMinutes(1))
            errors.Add($"Slack:DeduplicationWindow must be at least 00:01:00 (e.g. 00:10:00); it is {options.DeduplicationWindow}.");
        if (options.MaxRateLimitRetries is < 0 or > 10)
            errors.Add($"Slack:MaxRateLimitRetries must be between 0 and 10 (e.g. 3); it is {options.MaxRateLimitRetries}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
