using CareerBot.Composition;
using CareerBot.ConsoleChat;
using CareerBot.Discord;
using CareerBot.Operations;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.CommandLine;

/// <summary>Runs the hosted worker: the chat adapters that are configured, or the console chat when none is.</summary>
public static class ChatRunner
{
    public static async Task<int> RunAsync(string? moderator, string? user, CancellationToken cancellationToken)
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning);
        var adapters = 0;
        DiscordConnectionStatus? discord = null;
        if (builder.Configuration.HasDiscordToken())
        {
            builder.Services.AddSingleton(discord = new DiscordConnectionStatus());
            builder.Services.AddDiscordAdapter(builder.Configuration);
            adapters++;
        }
        if (SlackAdapterRegistration.IsConfigured(builder.Configuration)) { builder.Services.AddSlackAdapter(builder.Configuration); adapters++; }
        if (adapters == 0)
        {
            builder.Services.AddSingleton(new ConsoleChatOptions(moderator, user));
            builder.Services.AddSingleton<LocalShareSecret>();
            builder.Services.AddHostedService<ConsoleChatService>();
        }
        builder.Services.AddOperations(builder.Configuration);
        // Under systemd: Type=notify readiness and journald-friendly logs; a no-op elsewhere.
        builder.Services.AddSystemd();
        var exitCode = await HostRun.RunAsync(builder, cancellationToken);
        // The adapter stopped the host for a reason that needs a human (e.g. a bad token): exit non-zero.
        return exitCode == 0 && discord?.FatalError is not null ? DiscordGatewayService.FatalExitCode : exitCode;
    }
}
