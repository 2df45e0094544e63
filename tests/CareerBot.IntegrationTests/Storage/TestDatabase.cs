using Npgsql;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>
/// A fresh database for one test: a temporary SQLite folder, or a new schema in the PostgreSQL database named by the
/// environment variable CAREERBOT_TEST_POSTGRES (a connection string). Null — with the reason written — when that is not set.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CAREERBOT_TEST_POSTGRES";
    /// <summary>Set (to anything) in CI so a missing PostgreSQL fails the tests instead of skipping them.</summary>
    public const string RequirePostgresVariable = "CAREERBOT_REQUIRE_POSTGRES";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _directory;
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private TestDatabase(Dictionary<string, string?> settings, string? directory, string? schema, string? admin)
    {
        Settings = settings;
        _directory = directory;
        _schema = schema;
        _adminConnectionString = admin;
    }

    /// <summary>Storage:* configuration for a host on this database.</summary>
    public Dictionary<string, string?> Settings { get; }

    public string? SqlitePath => _directory is null ? null : Path.Combine(_directory, "careerbot.db");

    public string? PostgresConnectionString => Settings.GetValueOrDefault("Storage:ConnectionString");

    public static async Task<TestDatabase?> CreateAsync(string kind, ITestOutputHelper output)
    {
        if (kind == Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "careerbot-test-" + Guid.NewGuid().ToString("N"));
            return new TestDatabase(new() { ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = directory }, directory, null, null);
        }
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequirePostgresVariable)),
                $"{RequirePostgresVariable} is set but {PostgresVariable} is not: PostgreSQL tests cannot run");
            output.WriteLine($"SKIPPED (PostgreSQL): set {PostgresVariable} to a connection string, e.g. Host=127.0.0.1;Database=careerbot_test;Username=careerbot;Password=careerbot, to run this test against PostgreSQL.");
            return null;
        }
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        return new TestDatabase(new() { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = connectionString }, null, schema, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
        if (_schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
