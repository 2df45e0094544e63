using CareerBot.Core.Configuration;
using CareerBot.Core.Fleet;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

public static class StorageServices
{
    /// <summary>Registers the revision store, question log and shared-offer store on SQLite (default) or PostgreSQL, and the log retention loop.</summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions(configuration, StorageOptions.Section, new StorageOptionsValidator());
        services.AddSingleton<StorageDialect>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.UsesPostgreSql
                ? new PostgreSqlDialect(options.ConnectionString!)
                : new SqliteDialect(options.SqlitePath, options.BusyTimeoutSeconds);
        });
        services.AddSingleton<Database>();
        services.AddSingleton<IRevisionStore, SqlRevisionStore>();
        services.AddSingleton<IQuestionLog, SqlQuestionLog>();
        services.AddSingleton<Core.CommunityOffers.ICommunityOfferStore, SqlCommunityOfferStore>();
        services.AddSingleton<QuestionLogRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionLogRetention>());
        // Processes sharing a PostgreSQL store take turns through it (a Discord shard fleet identifying); a SQLite store has one process.
        if (new StorageOptions { Provider = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? StorageOptions.Sqlite }.UsesPostgreSql)
            services.AddSingleton<ISharedTurns, PostgreSqlSharedTurns>();
        return services;
    }
}
