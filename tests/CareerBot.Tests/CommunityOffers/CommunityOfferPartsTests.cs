using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Messages;

namespace CareerBot.Tests.CommunityOffers;

public sealed class CommunityOfferPartsTests
{
    private const string Secret = "unit-test-secret-0123456789-abcdefghijkl";

    [Fact]
    public void The_member_key_is_stable_per_platform_and_user_and_depends_on_the_secret()
    {
        var hasher = MemberKeyHasher.FromSecret(Secret);
        var member = new ChatUser("discord", "812345678901234567", "ana");

        var key = hasher.Hash(member);

        Assert.Equal(key, hasher.Hash(member with { DisplayName = "ana renamed" }));
        Assert.NotEqual(key, hasher.Hash(member with { Platform = "slack" }));
        Assert.NotEqual(key, hasher.Hash(member with { Id = "812345678901234568" }));
        Assert.NotEqual(key, MemberKeyHasher.FromSecret(Secret + "x").Hash(member));
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.DoesNotContain("812345678901234567", key);
    }

    [Fact]
    public void Without_a_secret_hashing_is_refused_with_the_reason()
    {
        var hasher = MemberKeyHasher.Missing("no secret");
        Assert.Equal("no secret", hasher.Unavailable);
        Assert.Throws<InvalidOperationException>(() => hasher.Hash(new ChatUser("slack", "U1", "u")));
    }

    [Theory]
    [InlineData("MinimumCount", "4", "CommunityOffers:MinimumCount must be between 5 and 1000")]
    [InlineData("PercentileMinimumCount", "9", "CommunityOffers:PercentileMinimumCount must be at least 10")]
    [InlineData("ShareWindowDays", "0", "CommunityOffers:ShareWindowDays must be between 1 and 3650")]
    [InlineData("RetentionDays", "7", "CommunityOffers:RetentionDays must be between 30 and 3650")]
    [InlineData("HashSecret", "short-secret", "CommunityOffers:HashSecret must be at least 32 characters (got 12)")]
    public void Bad_options_stop_the_start_naming_the_key(string key, string value, string expected)
    {
        using var bot = new TestBot(new Dictionary<string, string?> { ["CommunityOffers:" + key] = value });

        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            ((Microsoft.Extensions.Options.IStartupValidator)bot.Services.GetService(typeof(Microsoft.Extensions.Options.IStartupValidator))!).Validate());

        var failure = Assert.Single(e.Failures, f => f.StartsWith("CommunityOffers:", StringComparison.Ordinal));
        Assert.StartsWith(expected, failure);
        Assert.DoesNotContain("short-secret", failure);
    }

    [Fact]
    public void Percentiles_interpolate_between_ranks()
    {
        decimal[] values = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
        Assert.Equal(550m, CommunityFigures.Percentile(values, 0.5m));
        Assert.Equal(325m, CommunityFigures.Percentile(values, 0.25m));
        Assert.Equal(775m, CommunityFigures.Percentile(values, 0.75m));
        Assert.Equal(300m, CommunityFigures.Percentile([100, 300, 900], 0.5m));
    }

    [Fact]
    public void The_csv_quotes_commas_and_quotes_and_defuses_spreadsheet_formulas()
    {
        var offer = new CommunityOffer(7, "secret-member-key", new ShareSubmission("mid", "berlin", null, "acme, inc", null, "EUR", 90_000m, 95_000.5m, "base:\"=90k\""),
            new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), CommunityOfferStatus.Approved, 1, null);

        var lines = CommunityOfferCsv.Write([offer]).Split('\n');

        Assert.Equal(CommunityOfferCsv.Header, lines[0]);
        Assert.Equal("7,2026-12-04,mid,berlin,,\"acme, inc\",,EUR,90000,95000.5,\"base:\"\"=90k\"\"\"", lines[1]);
        Assert.DoesNotContain("secret-member-key", lines[1]);
    }
}
