using CareerBot.Composition;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary><c>kb offers export FILE</c>: the approved shared offers as CSV, expired ones deleted first; no identity column.</summary>
public static class KbOffersExportRunner
{
    public static async Task<int> RunAsync(string file, CancellationToken cancellationToken)
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();
        IReadOnlyList<CommunityOffer> approved;
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.Services.GetRequiredService<CommunityOfferMaintenance>().DeleteExpiredAsync(cancellationToken);
            approved = await host.Services.GetRequiredService<ICommunityOfferStore>().ApprovedSinceAsync(DateTimeOffset.MinValue, cancellationToken);
        }
        catch (Exception e) when ((HostRun.StartupProblem(e) ?? (e as StorageUnavailableException)?.Message) is { } message)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot export: " + message);
            return 1;
        }
        await File.WriteAllTextAsync(file, CommunityOfferCsv.Write(approved), cancellationToken);
        Console.WriteLine($"Wrote {approved.Count} approved shared offers to {Path.GetFullPath(file)}.");
        return 0;
    }
}
