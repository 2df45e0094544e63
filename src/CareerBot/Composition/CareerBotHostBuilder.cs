using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Composition;

/// <summary>Builds the host: configuration (appsettings.json next to the binary or in the working directory, user secrets in Development, then environment), logging to stderr, core services.</summary>
public static class CareerBotHostBuilder
{
    /// <param name="quietBelow">
    /// For the console tools (chat, ask, kb): log only from this level up, whatever <c>Logging:LogLevel</c> says, so log lines
    /// do not interleave with the conversation. Null for the bot itself: the standard <c>Logging</c> keys decide.
    /// </param>
    public static HostApplicationBuilder Create(LogLevel? quietBelow, IDictionary<string, string?>? overrides = null)
    {
        var hostSettings = new ConfigurationManager();
        hostSettings.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Host arguments are our own command line, not configuration switches.
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
            // Options are read once and validated at start, so a reload would change nothing; watching appsettings.json for
            // it costs two threads and an inotify watch on every folder of the output directory.
            Configuration = hostSettings,
        });
        // The working directory's appsettings.json (the repository root under `dotnet run`) wins over the copy next to the binary.
        builder.Configuration.AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true, reloadOnChange: false);
        // The defaults read user secrets before that file; read them again so a secret beats it, and environment variables beat both.
        if (builder.Environment.IsDevelopment()) builder.Configuration.AddUserSecrets(typeof(CareerBotHostBuilder).Assembly, optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);

        builder.Logging.ClearProviders();
        // stdout belongs to the chat and to `ask --json`; every log line goes to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (quietBelow is { } level) Quiet(builder, level);

        builder.Services.AddCareerBotCore(builder.Configuration);
        return builder;
    }

    /// <summary>Logs only from <paramref name="level"/> up (CareerBot's own warnings always), overriding the configuration's levels.</summary>
    public static void Quiet(HostApplicationBuilder builder, LogLevel level) =>
        builder.Logging.AddFilter((category, entryLevel) => entryLevel >= level || (category?.StartsWith("CareerBot", StringComparison.Ordinal) == true && entryLevel >= LogLevel.Warning));
}
