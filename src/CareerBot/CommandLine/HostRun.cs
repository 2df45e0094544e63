using CareerBot.Core.Configuration;
using CareerBot.Core.Knowledge;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary>
/// Builds, validates and runs a host. Start-up failures a person must fix (bad options, bad knowledge files, a refused
/// token) and an adapter's fatal stop (e.g. disallowed intents) end with one clear message and
/// <see cref="FatalConfigurationError.ExitCode"/>.
/// </summary>
public static class HostRun
{
    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        try
        {
            using var host = builder.Build();
            // Resolved before running: RunAsync disposes the service provider.
            var fatal = host.Services.GetService<FatalConfigurationError>();
            await host.RunAsync(cancellationToken);
            if (fatal?.Reason is not { } reason) return 0;
            await Console.Error.WriteLineAsync("CareerBot stopped: " + reason);
            return FatalConfigurationError.ExitCode;
        }
        catch (Exception e) when (StartupProblem(e) is { } message)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot start: " + message);
            return FatalConfigurationError.ExitCode;
        }
    }

    /// <summary>The user-facing text for a configuration or knowledge error, or null for a bug (which keeps its stack trace).</summary>
    public static string? StartupProblem(Exception e) => e switch
    {
        OptionsValidationException o => string.Join("; ", o.Failures),
        KnowledgeValidationException k => k.Message,
        SchemaTooNewException s => s.Message,
        AggregateException { InnerExceptions.Count: 1 } a => StartupProblem(a.InnerException!),
        InvalidOperationException { InnerException: { } inner } => StartupProblem(inner),
        _ => null,
    };
}
