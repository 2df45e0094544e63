using CareerBot.Adapters;
using CareerBot.Core.Configuration;
using CareerBot.Core.Moderation;
using CareerBot.Slack.Api;
using CareerBot.Slack.Connection;
using CareerBot.Slack.Http;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Moderation;
using CareerBot.Slack.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Slack;

/// <summary>The Slack adapter's one registration: options, Web API client, receivers for both modes, workers.</summary>
public static class SlackAdapterRegistration
{
    /// <summary>True when a bot token is configured, which is what turns the adapter on.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[SlackOptions.Section + ":" + nameof(SlackOptions.BotToken)]);

    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions(configuration, SlackOptions.Section, new SlackOptionsValidator());
        services.AddAdapterHealth<SlackConnectionStatus, SlackMetrics, SlackHealthCheck>("slack");
        services.AddMemoryCache();
        services.AddSingleton<SlackHttpLogger>();
        services.AddHttpClient(SlackApiClient.HttpClientName, c =>
            {
                c.Timeout = TimeSpan.FromSeconds(30);
                c.DefaultRequestHeaders.UserAgent.ParseAdd($"CareerBot/{CareerBotVersion.Current}");
            })
            .RemoveAllLoggers()
            .AddLogger<SlackHttpLogger>();

        services.AddSingleton<SlackRateLimitGate>();
        services.AddSingleton<SlackChannelPacer>();
        services.AddSingleton<SlackAnswerPoster>();
        services.AddSingleton<SlackChannelOutbox>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackIdentityStore>();
        services.AddSingleton<SlackDeliveryDeduplicator>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlackInboundRouter>();
        services.AddSingleton<SlackModeratorCheck>();
        services.AddSingleton<IModeratorPolicy>(sp => sp.GetRequiredService<SlackModeratorCheck>());
        services.AddSingleton<SlackUserDirectory>();
        services.AddSingleton<SlackRequestVerifier>();
        services.AddSingleton<SlackHttpEndpoints>();
        services.AddScoped<SlackWorkHandler>();
        services.TryAddSingleton<ISocketModeTransportFactory, ClientWebSocketTransportFactory>();

        // Started in this order: identity first, then workers, then whichever receiver Slack:Mode selects.
        services.AddHostedService<SlackConnectionCheck>();
        // Hosts stop services in reverse order: the outbox stops after the workers that fill it.
        services.AddHostedService(sp => sp.GetRequiredService<SlackChannelOutbox>());
        services.AddHostedService<SlackDispatchService>();
        services.AddHostedService<SocketModeService>();
        services.AddHostedService<SlackHttpService>();
        return services;
    }
}
