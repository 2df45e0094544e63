using CareerBot.Adapters;
using CareerBot.Core.Configuration;
using CareerBot.Core.Moderation;
using CareerBot.Discord.Api;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Http;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>True when the "Discord" section has a token, i.e. the Discord adapter should run.</summary>
    public static bool HasDiscordToken(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"]);

    /// <summary>Adds the Discord adapter: options bound from "Discord" and validated at start, gateway, REST, handlers, hosted service.</summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions(configuration, DiscordOptions.Section, new DiscordOptionsValidator());

        services.AddAdapterHealth<DiscordConnectionStatus, DiscordMetrics, DiscordHealthCheck>("discord");
        services.TryAddSingleton(GatewayTimings.Discord);
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<IdentifyGate>();
        services.TryAddSingleton<DiscordIdentity>();
        services.TryAddSingleton<RateLimitBuckets>();
        services.TryAddSingleton<GlobalRateLimit>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IGatewayDiscovery>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.TryAddSingleton<DiscordModeratorCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModeratorPolicy, DiscordModeratorCheck>(sp => sp.GetRequiredService<DiscordModeratorCheck>()));
        services.TryAddSingleton<ConfiguredThreads>();
        services.TryAddSingleton<DiscordMessageMapper>();
        services.TryAddSingleton<IDispatchFilter, MessageRelevanceFilter>();
        services.TryAddSingleton<DiscordReplySender>();
        services.TryAddSingleton<ReplyOutbox>();
        services.TryAddSingleton<ProcessedEvents>();
        services.TryAddSingleton<DiscordEventDispatcher>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddScoped<InteractionResponder>();
        services.AddDiscordEventHandler<MessageCreateHandler>("MESSAGE_CREATE");
        services.AddDiscordEventHandler<InteractionCreateHandler>("INTERACTION_CREATE");
        services.AddHostedService<DiscordGatewayService>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.InteractionsPublicKey)}"]))
            services.AddHostedService<InteractionsEndpoint>();
        return services;
    }
}
