namespace CareerBot.Storage;

/// <summary>Bound from the "Storage" section; checked at start by <see cref="StorageOptionsValidator"/>.</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
    public const string FileName = "careerbot.db";

    /// <summary><see cref="Sqlite"/> (embedded, one process) or <see cref="PostgreSql"/> (several instances).</summary>
    public string Provider { get; init; } = Sqlite;

    /// <summary>Folder of the SQLite file careerbot.db; relative to the working directory. Env: Storage__DataDirectory.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>PostgreSQL connection string (Npgsql keywords); required when Provider is PostgreSql.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Days the unanswered-question and feedback logs are kept.</summary>
    public int RetentionDays { get; init; } = 30;

    /// <summary>How long a write waits for a lock held by another process before it is refused.</summary>
    public int BusyTimeoutSeconds { get; init; } = 5;

    public bool UsesPostgreSql => Provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase);

    public string SqlitePath => Path.Combine(Path.GetFullPath(DataDirectory), FileName);
}
