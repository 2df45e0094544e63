using CareerBot.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Connection;

/// <summary>
/// Calls auth.test before anything else starts: a refused bot token or an unreachable Slack stops start-up with a
/// message naming the key; otherwise it records the bot's own ids so it never answers itself.
/// </summary>
public sealed class SlackConnectionCheck(SlackApiClient api, SlackIdentityStore identity, IOptions<SlackOptions> options, ILogger<SlackConnectionCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            identity.Current = await api.AuthTestAsync(cancellationToken);
        }
        catch (SlackApiException e) when (e.IsAuthFailure)
        {
            throw Refused($"Slack:BotToken was refused by Slack: auth.test answered {e.Error}. Use the app's Bot User OAuth Token (xoxb-…) from OAuth & Permissions; reinstall the app if the token was revoked.");
        }
        catch (HttpRequestException e)
        {
            throw Refused($"Slack:ApiBaseUrl {options.Value.ApiBaseUrl} cannot be reached ({e.Message}). Check the network, or the URL (default https://slack.com/api/).");
        }
        logger.LogInformation("Connected to Slack team {TeamId} as {BotUser} ({UserId}), {Mode} mode", identity.Current.TeamId, identity.Current.UserName, identity.Current.UserId, options.Value.Mode);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OptionsValidationException Refused(string message) => new(SlackOptions.Section, typeof(SlackOptions), [message]);
}
