using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Connection;

/// <summary>Who the bot is, learnt from READY: its user id (to spot mentions and its own messages) and its application id (for commands and webhooks).</summary>
public sealed class DiscordIdentity
{
    private readonly TaskCompletionSource<ReadyEvent> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? BotUserId => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result.User.Id : null;
    public string? ApplicationId => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result.Application.Id : null;

    /// <summary>Completes at the first READY of any shard.</summary>
    public Task<ReadyEvent> WhenReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public void Observe(ReadyEvent ready) => _ready.TrySetResult(ready);
}
