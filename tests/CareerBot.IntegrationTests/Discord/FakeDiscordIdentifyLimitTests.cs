using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>
/// The fake enforces <c>max_concurrency</c> as Discord documents it: per bucket (<c>shard_id % max_concurrency</c>), across every
/// connection, one IDENTIFY per 5 s; an earlier one gets op 9 INVALID_SESSION (false) and starts no session.
/// </summary>
[Collection(DiscordCollection.Name)]
public class FakeDiscordIdentifyLimitTests
{
    [Fact]
    public async Task An_identify_inside_its_buckets_window_gets_invalid_session_and_other_buckets_are_not_held_up()
    {
        await using var fake = new FakeDiscordServer(new FakeDiscordOptions { MaxConcurrency = 2 });
        await fake.StartAsync();

        using var shard0 = await ConnectAsync(fake);
        using var shard1 = await ConnectAsync(fake);
        using var shard2 = await ConnectAsync(fake);
        Assert.Equal("READY", (await shard0.IdentifyAsync(0, 4))["t"]?.GetValue<string>());
        Assert.Equal("READY", (await shard1.IdentifyAsync(1, 4))["t"]?.GetValue<string>());
        // Shard 2 is in bucket 0 with shard 0, which identified a moment ago.
        var refused = await shard2.IdentifyAsync(2, 4);

        Assert.Equal(9, refused["op"]?.GetValue<int>());
        Assert.False(refused["d"]?.GetValue<bool>());
        Assert.Equal(1, fake.Gateway.IdentifyRateLimitedCount);
        Assert.Equal([(0, 0), (1, 1)], fake.Gateway.AcceptedIdentifies.Select(i => (i.ShardId, i.Bucket)));
        Assert.DoesNotContain(fake.Gateway.Sessions, s => s.ShardId == 2);
    }

    [Fact]
    public async Task The_limit_holds_for_a_single_shard_identifying_again_on_a_new_connection()
    {
        await using var fake = new FakeDiscordServer(new FakeDiscordOptions());
        await fake.StartAsync();

        using var first = await ConnectAsync(fake);
        Assert.Equal("READY", (await first.IdentifyAsync(0, 1))["t"]?.GetValue<string>());
        using var second = await ConnectAsync(fake);
        Assert.Equal(9, (await second.IdentifyAsync(0, 1))["op"]?.GetValue<int>());
        Assert.Equal(1, fake.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task GET_gateway_bot_reports_the_configured_max_concurrency()
    {
        await using var fake = new FakeDiscordServer(new FakeDiscordOptions { MaxConcurrency = 16 });
        await fake.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bot " + fake.Options.Token);

        var info = JsonNode.Parse(await http.GetStringAsync(fake.RestUrl + "/gateway/bot"));

        Assert.Equal(16, info?["session_start_limit"]?["max_concurrency"]?.GetValue<int>());
    }

    private static async Task<RawGatewayClient> ConnectAsync(FakeDiscordServer fake)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(fake.GatewayBaseUrl + "/gateway?v=10&encoding=json"), CancellationToken.None);
        var client = new RawGatewayClient(socket, fake.Options.Token);
        Assert.Equal(10, (await client.ReceiveAsync())["op"]?.GetValue<int>());
        return client;
    }

    /// <summary>A bare client: IDENTIFY, then the first frame that is not a heartbeat ACK.</summary>
    private sealed class RawGatewayClient(ClientWebSocket socket, string token) : IDisposable
    {
        public async Task<JsonNode> IdentifyAsync(int shardId, int shardCount)
        {
            var identify = new JsonObject
            {
                ["op"] = 2,
                ["d"] = new JsonObject
                {
                    ["token"] = token, ["intents"] = 1 << 9,
                    ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
                    ["shard"] = new JsonArray(shardId, shardCount),
                },
            };
            await socket.SendAsync(Encoding.UTF8.GetBytes(identify.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            return await ReceiveAsync();
        }

        public async Task<JsonNode> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            var length = 0;
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                length += result.Count;
            } while (!result.EndOfMessage);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            return JsonNode.Parse(buffer.AsSpan(0, length))!;
        }

        public void Dispose()
        {
            socket.Abort();
            socket.Dispose();
        }
    }
}
