using CareerBot.Composition;
using CareerBot.ConsoleChat;
using CareerBot.Discord;
using CareerBot.Operations;
using CareerBot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CareerBot.CommandLine;

/// <summary>Runs the hosted worker: the chat adapters that are configured, or the console chat when none is.</summary>
public static class ChatRunner
{
    public static Task<int> RunAsync(string? moderator, string? user, CancellationToken cancellationToken) =>
        HostRun.RunAsync(CreateBuilder(moderator, overrides: null, user), cancellationToken);

    /// <summary>The bot's host as configured; adapters log as the <c>Logging</c> keys say, the console chat only warnings and errors.</summary>
    /// <param name="user">The console member's name (<c>--user</c>); null for the OS user.</param>
    public static HostApplicationBuilder CreateBuilder(string? moderator, IDictionary<string, string?>? overrides = null, string? user = null)
    {
        var builder = CareerBotHostBuilder.Create(quietBelow: null, overrides);
        var adapters = new List<string>();
        if (builder.Configuration.HasDiscordToken())
        {
            builder.Services.AddDiscordAdapter(builder.Configuration);
            adapters.Add("Discord");
        }
        if (SlackAdapterRegistration.IsConfigured(builder.Configuration))
        {
            builder.Services.AddSlackAdapter(builder.Configuration);
            adapters.Add("Slack");
        }
        if (adapters.Count == 0)
        {
            CareerBotHostBuilder.Quiet(builder, LogLevel.Warning);
            builder.Services.AddSingleton(new ConsoleChatOptions(moderator, user));
            builder.Services.AddSingleton<LocalShareSecret>();
            builder.Services.AddHostedService<ConsoleChatService>();
            adapters.Add("console");
        }
        builder.Services.AddOperations(builder.Configuration);
        // Under systemd: Type=notify readiness and journald-friendly logs; a no-op elsewhere.
        builder.Services.AddSystemd();
        // AddSystemd switches the console formatter to "systemd"; a formatter chosen in configuration (json) wins over that.
        if (builder.Configuration["Logging:Console:FormatterName"] is { Length: > 0 } formatter)
            builder.Services.PostConfigure<ConsoleLoggerOptions>(o => o.FormatterName = formatter);
        builder.Services.AddSingleton(new RunningAdapters(adapters));
        builder.Services.AddHostedService<StartupLogLine>();
        return builder;
    }
}
