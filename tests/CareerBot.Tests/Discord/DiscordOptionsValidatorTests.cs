using CareerBot.Discord;

namespace CareerBot.Tests.Discord;

public class DiscordOptionsValidatorTests
{
    private static IEnumerable<string> Failures(DiscordOptions options) =>
        new DiscordOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void A_token_alone_is_a_valid_configuration()
    {
        Assert.Empty(Failures(new DiscordOptions { Token = "abc.def.ghi" }));
    }

    [Fact]
    public void Every_problem_names_its_key()
    {
        var failures = Failures(new DiscordOptions
        {
            Token = "",
            ApiBaseUrl = "discord.com",
            GuildIds = ["my-guild"],
            ShardId = 2,
            ShardCount = 2,
            InteractionDeferAfter = TimeSpan.FromSeconds(5),
            GatewayReadDelayMilliseconds = -1,
        }).ToList();
        Assert.Contains(failures, f => f.StartsWith("Discord:Token"));
        Assert.Contains(failures, f => f.StartsWith("Discord:ApiBaseUrl") && f.Contains("https://discord.com/api/v10"));
        Assert.Contains(failures, f => f.StartsWith("Discord:GuildIds:0") && f.Contains("my-guild"));
        Assert.Contains(failures, f => f.StartsWith("Discord:ShardId"));
        Assert.Contains(failures, f => f.StartsWith("Discord:InteractionDeferAfter"));
        Assert.Contains(failures, f => f.StartsWith("Discord:GatewayReadDelayMilliseconds") && f.Contains("got -1"));
    }

    [Fact]
    public void The_http_interactions_mode_needs_a_hex_public_key_and_a_url()
    {
        Assert.Contains(Failures(new DiscordOptions { Token = "t", InteractionsPublicKey = "not-hex", InteractionsUrl = "http://127.0.0.1:8090" }), f => f.StartsWith("Discord:InteractionsPublicKey"));
        Assert.Contains(Failures(new DiscordOptions { Token = "t", InteractionsPublicKey = new string('a', 64) }), f => f.StartsWith("Discord:InteractionsUrl"));
        Assert.Empty(Failures(new DiscordOptions { Token = "t", InteractionsPublicKey = new string('a', 64), InteractionsUrl = "http://127.0.0.1:8090" }));
    }

    [Fact]
    public void A_shard_id_needs_a_shard_count()
    {
        Assert.Contains(Failures(new DiscordOptions { Token = "t", ShardId = 0 }), f => f.Contains("Discord:ShardCount"));
    }

    [Fact]
    public void The_token_never_appears_in_the_options_text()
    {
        Assert.DoesNotContain("secret-token", new DiscordOptions { Token = "secret-token" }.ToString());
    }
}
