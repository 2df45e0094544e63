using CareerBot.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Host;

/// <summary>The bot's host honours the standard .NET logging keys; the console tools stay quiet.</summary>
public class LoggingConfigurationTests
{
    private static Dictionary<string, string?> Slack(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-1-2-abcdefabcdefabcdef",
            ["Slack:AppToken"] = "xapp-1-A1-2-abcdefabcdefabcdef",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    [Fact]
    public void Logging_LogLevel_Default_decides_what_the_bot_logs()
    {
        using var informative = ChatRunner.CreateBuilder(null, Slack(("Logging:LogLevel:Default", "Information"))).Build();
        using var terse = ChatRunner.CreateBuilder(null, Slack(("Logging:LogLevel:Default", "Error"))).Build();

        var info = informative.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerBot.Slack.Connection.SlackConnectionCheck");
        var error = terse.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerBot.Slack.Connection.SlackConnectionCheck");

        Assert.True(info.IsEnabled(LogLevel.Information));
        Assert.False(info.IsEnabled(LogLevel.Debug));
        Assert.False(error.IsEnabled(LogLevel.Warning));
        Assert.True(error.IsEnabled(LogLevel.Error));
    }

    [Fact]
    public void A_category_key_overrides_the_default()
    {
        using var host = ChatRunner.CreateBuilder(null, Slack(("Logging:LogLevel:Default", "Warning"), ("Logging:LogLevel:CareerBot.Discord", "Debug"))).Build();
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("CareerBot.Discord.Connection.GatewayClient").IsEnabled(LogLevel.Debug));
        Assert.False(loggers.CreateLogger("CareerBot.Slack.Connection.SlackConnectionCheck").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void The_console_chat_logs_only_warnings_and_errors()
    {
        using var host = ChatRunner.CreateBuilder(null, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" }).Build();

        Assert.False(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerBot.Core.Moderation.KnowledgeSync").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void A_json_formatter_from_configuration_survives_the_systemd_formatter()
    {
        var builder = ChatRunner.CreateBuilder(null, Slack(("Logging:Console:FormatterName", "json")));
        // What AddSystemd does when the process runs as a systemd service.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Systemd);
        using var host = builder.Build();

        Assert.Equal(ConsoleFormatterNames.Json, host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }
}
