using Microsoft.Extensions.Options;

namespace CareerBot.Discord;

/// <summary>Checks the "Discord" section at start; every message names the key, what was expected and an example.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
            failures.Add("Discord:Token is empty: set the bot token from the Developer Portal (Bot → Reset Token), e.g. the environment variable Discord__Token.");
        else if (options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            failures.Add("Discord:Token must be the bare token without spaces or a \"Bot \" prefix.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            failures.Add($"Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. {DiscordOptions.DefaultApiBaseUrl}; got \"{options.ApiBaseUrl}\".");
        CheckSnowflakes(failures, "Discord:GuildIds", options.GuildIds);
        CheckSnowflakes(failures, "Discord:ChannelIds", options.ChannelIds);
        CheckSnowflakes(failures, "Discord:ModeratorRoleIds", options.ModeratorRoleIds);
        CheckSnowflakes(failures, "Discord:ModeratorGuildIds", options.ModeratorGuildIds);
        CheckSnowflakes(failures, "Discord:ModeratorUserIds", options.ModeratorUserIds);
        if (options.ShardCount is < 1)
            failures.Add($"Discord:ShardCount must be 1 or more, e.g. 2; got {options.ShardCount}.");
        if (options.ShardId is { } id)
        {
            if (options.ShardCount is null)
                failures.Add("Discord:ShardId needs Discord:ShardCount too, e.g. ShardId 0 and ShardCount 2.");
            else if (id < 0 || id >= options.ShardCount)
                failures.Add($"Discord:ShardId must be between 0 and Discord:ShardCount - 1 ({options.ShardCount - 1}); got {id}.");
        }
        if (options.InteractionsPublicKey is { Length: > 0 } key && (key.Length != 64 || !key.All(char.IsAsciiHexDigit)))
            failures.Add("Discord:InteractionsPublicKey must be the 64 hex characters of the application's public key (Developer Portal → General Information).");
        if (options.InteractionsPublicKey is { Length: > 0 } && !Uri.TryCreate(options.InteractionsUrl, UriKind.Absolute, out _))
            failures.Add($"Discord:InteractionsUrl must be an absolute URL to listen on when Discord:InteractionsPublicKey is set, e.g. http://127.0.0.1:8090; got \"{options.InteractionsUrl}\".");
        if (options.DispatchWorkers < 1)
            failures.Add($"Discord:DispatchWorkers must be 1 or more, e.g. 8; got {options.DispatchWorkers}.");
        if (options.EventQueueCapacity < 1)
            failures.Add($"Discord:EventQueueCapacity must be 1 or more, e.g. 1024; got {options.EventQueueCapacity}.");
        if (options.GatewayReadDelayMilliseconds is < 0 or > 250)
            failures.Add($"Discord:GatewayReadDelayMilliseconds must be between 0 and 250, e.g. 20; got {options.GatewayReadDelayMilliseconds}.");
        if (options.ShutdownGraceSeconds is < 0 or > 25)
            failures.Add($"Discord:ShutdownGraceSeconds must be between 0 and 25 (under the host's 30 s shutdown timeout), e.g. 10; got {options.ShutdownGraceSeconds}.");
        if (options.SendWorkers < 1)
            failures.Add($"Discord:SendWorkers must be 1 or more, e.g. 4; got {options.SendWorkers}.");
        if (options.ReplyQueueCapacity < 1)
            failures.Add($"Discord:ReplyQueueCapacity must be 1 or more, e.g. 4096; got {options.ReplyQueueCapacity}.");
        if (options.InteractionDeferAfter <= TimeSpan.Zero || options.InteractionDeferAfter >= TimeSpan.FromSeconds(3))
            failures.Add($"Discord:InteractionDeferAfter must be between 0 and 3 seconds (Discord's limit for the first response), e.g. 00:00:01.5; got {options.InteractionDeferAfter}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSnowflakes(List<string> failures, string key, string[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
            if (!ulong.TryParse(ids[i], out _))
                failures.Add($"{key}:{i} must be a numeric Discord id (enable Developer Mode, right-click → Copy ID), e.g. 1200000000000000003; got \"{ids[i]}\".");
    }
}
