using CareerBot.Storage;

namespace CareerBot.Tests.Moderation;

public class StorageOptionsValidatorTests
{
    private static IEnumerable<string> Failures(StorageOptions options) =>
        new StorageOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Defaults_are_valid_sqlite_under_data()
    {
        var options = new StorageOptions();
        Assert.Empty(Failures(options));
        Assert.Equal(Path.Combine(Path.GetFullPath("data"), "careerbot.db"), options.SqlitePath);
        Assert.Equal(30, options.RetentionDays);
    }

    [Theory]
    [InlineData("Mongo", null, 30, "Storage:Provider must be Sqlite or PostgreSql, got 'Mongo'")]
    [InlineData("PostgreSql", null, 30, "Storage:ConnectionString is required when Storage:Provider is PostgreSql")]
    [InlineData("PostgreSql", "Hostt=x", 30, "Storage:ConnectionString is not a valid PostgreSQL connection string")]
    [InlineData("Sqlite", null, 0, "Storage:RetentionDays must be between 1 and 3650 days, got 0")]
    public void Bad_settings_name_the_key(string provider, string? connectionString, int retention, string message)
    {
        var failures = Failures(new StorageOptions { Provider = provider, ConnectionString = connectionString, RetentionDays = retention });
        Assert.Contains(failures, f => f.Contains(message));
    }

    [Fact]
    public void A_connection_string_error_never_shows_the_password()
    {
        var failures = Failures(new StorageOptions { Provider = "PostgreSql", ConnectionString = "Host=x;Password=hunter2;Bogus=1" });
        Assert.DoesNotContain(failures, f => f.Contains("hunter2"));
        Assert.NotEmpty(failures);
    }
}
