using System.Diagnostics;
using System.Text;
using CareerBot.FakeDiscord;
using CareerBot.IntegrationTests.Operations;
using CareerBot.IntegrationTests.Storage;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>
/// A shard fleet: four bot processes (the built binary) started together on one PostgreSQL store take IDENTIFY turns through
/// it, so the fake — which refuses an IDENTIFY inside its bucket's 5 s window, as Discord does — never has to refuse one.
/// </summary>
[Collection(DiscordCollection.Name)]
public class ShardFleetTests(ITestOutputHelper output)
{
    private const int Shards = 4;
    // Two buckets of two shards: each bucket needs two turns, 5 s apart (Discord's window; the bot cannot learn another).
    private const int MaxConcurrency = 2;

    [Fact]
    public async Task Four_shard_processes_started_together_on_one_PostgreSQL_store_identify_in_turns()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres, output);
        if (database is null) return;
        await using var fake = new FakeDiscordServer(new FakeDiscordOptions
        {
            HeartbeatIntervalMs = 1000,
            MaxConcurrency = MaxConcurrency,
            RecommendedShards = Shards,
            GuildIds = [.. Enumerable.Range(0, Shards).Select(shard => Snowflake.ForShard(shard, Shards))],
        });
        await fake.StartAsync();

        var fleet = Enumerable.Range(0, Shards).Select(shard => ShardProcess.Start(shard, fake, database.PostgresConnectionString!)).ToList();
        try
        {
            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Sessions.Select(s => s.ShardId).Distinct().Count() == Shards
                && fake.Gateway.LiveConnections == Shards || fleet.Any(p => p.HasExited), TimeSpan.FromSeconds(120), "all four shards READY");
            Assert.DoesNotContain(fleet, p => p.HasExited);

            Assert.Equal(0, fake.Gateway.IdentifyRateLimitedCount);
            var identifies = fake.Gateway.AcceptedIdentifies;
            Assert.Equal([0, 1, 2, 3], identifies.Select(i => i.ShardId).Order());
            foreach (var bucket in identifies.GroupBy(i => i.Bucket))
            {
                var times = bucket.Select(i => i.Arrived).Order().ToList();
                Assert.Equal(Shards / MaxConcurrency, times.Count);
                for (var i = 1; i < times.Count; i++)
                    Assert.True(Stopwatch.GetElapsedTime(times[i - 1], times[i]) >= TimeSpan.FromSeconds(5),
                        $"bucket {bucket.Key}: IDENTIFYs {Stopwatch.GetElapsedTime(times[i - 1], times[i]).TotalSeconds:0.00} s apart");
            }
            // Every shard logs its turn; the shard that came second in its bucket found it held by another process.
            Assert.All(fleet, p => Assert.Contains("took the shared IDENTIFY turn", p.Log));
            Assert.Contains(fleet, p => p.Log.Contains("held by another process"));
            Assert.All(fleet, p => Assert.DoesNotContain("is not PostgreSQL", p.Log));
        }
        finally
        {
            foreach (var process in fleet) process.Stop();
            foreach (var process in fleet) output.WriteLine($"--- shard {process.Shard} ---\n{process.Log}");
        }
    }

    [Fact]
    public async Task A_shard_process_on_SQLite_warns_that_it_cannot_take_turns_with_the_others()
    {
        var logs = new CapturedLogs();
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "2" },
            configure: logs.AddTo, waitUntilReady: false);
        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Gateway.LiveConnections == 1, what: "the shard to connect");

        Assert.Contains("Discord:ShardId is set but the store is not PostgreSQL", logs.AllText);
        Assert.Contains("Storage:Provider", logs.AllText);
    }

    /// <summary>One bot process running one shard, its log (stderr) collected.</summary>
    private sealed class ShardProcess
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private ShardProcess(int shard, Process process)
        {
            Shard = shard;
            _process = process;
        }

        public int Shard { get; }
        public bool HasExited => _process.HasExited;
        public string Log { get { lock (_log) return _log.ToString(); } }

        public static ShardProcess Start(int shard, FakeDiscordServer fake, string connectionString)
        {
            var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
                Environment =
                {
                    ["Discord__Token"] = fake.Options.Token,
                    ["Discord__ApiBaseUrl"] = fake.RestUrl,
                    ["Discord__RegisterCommands"] = "false",
                    ["Discord__ShardId"] = shard.ToString(),
                    ["Discord__ShardCount"] = Shards.ToString(),
                    ["Storage__Provider"] = "PostgreSql",
                    ["Storage__ConnectionString"] = connectionString,
                    ["Logging__LogLevel__Default"] = "Information",
                },
            };
            var process = new Process { StartInfo = info };
            var started = new ShardProcess(shard, process);
            process.ErrorDataReceived += (_, e) => { lock (started._log) started._log.AppendLine(e.Data); };
            process.OutputDataReceived += (_, e) => { lock (started._log) started._log.AppendLine(e.Data); };
            process.Start();
            process.StandardInput.Close();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            return started;
        }

        public void Stop()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
        }
    }
}
