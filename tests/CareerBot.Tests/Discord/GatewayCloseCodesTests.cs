using CareerBot.Discord.Connection;

namespace CareerBot.Tests.Discord;

public class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, GatewayAction.Resume)]
    [InlineData(4001, GatewayAction.Resume)]
    [InlineData(4002, GatewayAction.Resume)]
    [InlineData(4008, GatewayAction.Resume)]
    [InlineData(null, GatewayAction.Resume)]
    [InlineData(4003, GatewayAction.Identify)]
    [InlineData(4005, GatewayAction.Identify)]
    [InlineData(4007, GatewayAction.Identify)]
    [InlineData(4009, GatewayAction.Identify)]
    [InlineData(1000, GatewayAction.Identify)]
    [InlineData(4004, GatewayAction.Fatal)]
    [InlineData(4010, GatewayAction.Fatal)]
    [InlineData(4011, GatewayAction.Fatal)]
    [InlineData(4012, GatewayAction.Fatal)]
    [InlineData(4013, GatewayAction.Fatal)]
    [InlineData(4014, GatewayAction.Fatal)]
    public void Close_codes_are_sorted_as_discord_documents(int? code, GatewayAction action)
    {
        Assert.Equal(action, GatewayCloseCodes.Classify(code, null).Action);
    }

    [Fact]
    public void Back_off_grows_with_jitter_and_stays_under_the_cap()
    {
        var timings = GatewayTimings.Discord;
        var random = new Random(1);
        Assert.InRange(timings.Backoff.Delay(0, random.NextDouble()), TimeSpan.Zero, timings.BackoffBase);
        var third = Enumerable.Range(0, 50).Select(_ => timings.Backoff.Delay(3, random.NextDouble())).ToList();
        Assert.All(third, d => Assert.InRange(d, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)));
        Assert.True(third.Distinct().Count() > 1, "no jitter");
        Assert.All(Enumerable.Range(0, 50).Select(_ => timings.Backoff.Delay(30, random.NextDouble())), d => Assert.True(d <= timings.BackoffCap));
    }

    [Fact]
    public void Guilds_are_routed_to_shards_by_the_snowflake_rule()
    {
        Assert.Equal(0, ShardInfo.ForGuild(0UL << 22, 2));
        Assert.Equal(1, ShardInfo.ForGuild(1UL << 22, 2));
        Assert.Equal((int)((1200000000000000003UL >> 22) % 3), ShardInfo.ForGuild(1200000000000000003UL, 3));
    }

    [Fact]
    public void The_url_gets_version_and_encoding_keeping_its_path()
    {
        Assert.Equal("wss://gateway.discord.gg/?v=10&encoding=json", GatewayClient.WithQuery(new Uri("wss://gateway.discord.gg")).ToString());
        Assert.Equal("ws://127.0.0.1:5000/resume?v=10&encoding=json", GatewayClient.WithQuery(new Uri("ws://127.0.0.1:5000/resume")).ToString());
    }
}
