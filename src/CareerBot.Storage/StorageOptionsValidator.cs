using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

/// <summary>Checks the "Storage" section at start; every message names the key, what it expects and an example.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!options.Provider.Equals(StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.UsesPostgreSql)
            failures.Add($"Storage:Provider must be {StorageOptions.Sqlite} or {StorageOptions.PostgreSql}, got '{options.Provider}'");
        if (options.UsesPostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                failures.Add("Storage:ConnectionString is required when Storage:Provider is PostgreSql, e.g. Host=127.0.0.1;Database=careerbot;Username=careerbot;Password=...");
            else if (PostgreSqlDialect.ConnectionStringProblem(options.ConnectionString) is { } problem)
                failures.Add($"Storage:ConnectionString is not a valid PostgreSQL connection string ({problem}); expected e.g. Host=127.0.0.1;Database=careerbot;Username=careerbot;Password=...");
        }
        else if (string.IsNullOrWhiteSpace(options.DataDirectory))
            failures.Add("Storage:DataDirectory must name a folder for careerbot.db, e.g. data or /var/lib/careerbot");
        if (options.RetentionDays is < 1 or > 3650)
            failures.Add($"Storage:RetentionDays must be between 1 and 3650 days, got {options.RetentionDays}; e.g. 30");
        if (options.BusyTimeoutSeconds is < 1 or > 600)
            failures.Add($"Storage:BusyTimeoutSeconds must be between 1 and 600, got {options.BusyTimeoutSeconds}; e.g. 5");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
