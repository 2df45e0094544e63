using CareerBot.Core.Knowledge;
using CareerBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary>Builds, validates and runs a host, turning start-up failures (bad options, bad knowledge files) into one clear message and exit code 1.</summary>
public static class HostRun
{
    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        try
        {
            using var host = builder.Build();
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception e) when (StartupProblem(e) is { } message)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot start: " + message);
            return 1;
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
