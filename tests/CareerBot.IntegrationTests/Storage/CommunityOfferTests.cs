using System.Data.Common;
using System.Text;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>/share, /kb offers and the Community-reported block through the real host, on SQLite and (when configured) PostgreSQL.</summary>
public class CommunityOfferTests(ITestOutputHelper output)
{
    private const string Secret = "test-secret-0123456789-abcdefghijklmnop";
    private static readonly ChatUser Moderator = new("discord", "900000000000000001", "mod-mia", IsModerator: true);

    public static TheoryData<string> Databases => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private static ChatUser Member(int n) => new("discord", $"81234567890123{n:0000}", $"member{n}");

    private static async Task<ModerationHost> StartAsync(TestDatabase db, params (string Key, string Value)[] extra)
    {
        // The moderator approves many offers in a row.
        var settings = new Dictionary<string, string?>(db.Settings) { ["CommunityOffers:HashSecret"] = Secret, ["RateLimit:UserBurst"] = "50" };
        foreach (var (key, value) in extra) settings[key] = value;
        return await ModerationHost.StartAsync(settings);
    }

    private static async Task<Reply> SendAsync(ModerationHost host, string text, ChatUser user, DateTimeOffset? at = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var message = new IncomingMessage(user.Platform, "c-" + user.Id, user, text) { ReceivedAt = at ?? DateTimeOffset.UtcNow };
        return await scope.ServiceProvider.GetRequiredService<IMessagePipeline>().HandleAsync(message, CancellationToken.None);
    }

    /// <summary>Members 1..count share senior Seattle-area offers (base 180k + 10k·n); returns the ids the replies gave.</summary>
    private static async Task<List<long>> ShareSeniorSeattleAsync(ModerationHost host, int count, int firstMember = 1)
    {
        var ids = new List<long>();
        for (var n = firstMember; n < firstMember + count; n++)
        {
            var reply = await SendAsync(host, $"/share level:senior location:{(n % 2 == 0 ? "Redmond" : "seattle")} base:{180 + 10 * n}k stock:400k vesting:4y yoe:6", Member(n));
            Assert.Equal(ReplyKind.Answer, reply.Kind);
            Assert.True(reply.IsPrivate);
            var hash = reply.Markdown.IndexOf("**#", StringComparison.Ordinal) + 3;
            ids.Add(long.Parse(reply.Markdown[hash..reply.Markdown.IndexOf("**", hash, StringComparison.Ordinal)]));
        }
        return ids;
    }

    private static async Task ApproveAsync(ModerationHost host, IEnumerable<long> ids)
    {
        foreach (var id in ids)
            Assert.StartsWith($"Approved offer #{id} · version 1 · approved by mod-mia (discord)", (await SendAsync(host, $"/kb offers approve {id}", Moderator)).Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Four_approved_offers_show_nothing_and_the_fifth_shows_count_and_median_base(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var ids = await ShareSeniorSeattleAsync(host, 5);
        await ApproveAsync(host, ids.Take(4));

        var four = await SendAsync(host, "/salary level:senior location:seattle", Member(20));
        Assert.DoesNotContain(CommunityBlock.Heading, four.Markdown);
        Assert.Contains("$160,000–$220,000+", four.Markdown);

        await ApproveAsync(host, ids.Skip(4));
        var five = await SendAsync(host, "/salary level:senior location:seattle", Member(20));
        var block = five.Markdown[five.Markdown.IndexOf(CommunityBlock.Heading, StringComparison.Ordinal)..];
        // Bases 190k…230k: median 210k; first year adds 100k of stock.
        Assert.Contains("**5 offers** (USD): median base **$210,000**, median first-year total comp **$310,000**", block);
        Assert.DoesNotContain("25th–75th", block);
        // The sourced figures come before and stay as they were: nothing is added to them.
        Assert.True(five.Markdown.IndexOf("$160,000–$220,000+", StringComparison.Ordinal) < five.Markdown.IndexOf(CommunityBlock.Heading, StringComparison.Ordinal));
        // A place the shares did not name has no figures.
        Assert.DoesNotContain(CommunityBlock.Heading, (await SendAsync(host, "/salary level:senior location:austin", Member(20))).Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Each_currency_is_its_own_cell_and_amounts_are_never_mixed(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var ids = new List<long>();
        for (var n = 1; n <= 9; n++)
        {
            var amount = n <= 5 ? $"{100 + 10 * n}k" : $"€{80 + 5 * n}k";
            var reply = await SendAsync(host, $"/share level:mid location:remote base:{amount}", Member(n));
            ids.Add(long.Parse(reply.Markdown.Split("**#")[1].Split("**")[0]));
        }
        await ApproveAsync(host, ids);

        var block = (await SendAsync(host, "/salary level:mid location:remote", Member(20))).Markdown;

        Assert.Contains("**5 offers** (USD): median base **$130,000**", block);
        // Four euro offers are below the minimum: shown neither on their own nor counted with the dollars.
        Assert.DoesNotContain("EUR", block);
        Assert.DoesNotContain("€", block);
        Assert.DoesNotContain("9 offers", block);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_second_share_within_the_window_is_refused_and_one_after_it_is_saved(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db, ("CommunityOffers:ShareWindowDays", "30"));
        var now = DateTimeOffset.UtcNow;
        const string share = "/share level:mid location:nyc base:160k";

        Assert.Equal(ReplyKind.Answer, (await SendAsync(host, share, Member(1), now.AddDays(-31))).Kind);
        var again = await SendAsync(host, share, Member(1), now);
        Assert.Equal(ReplyKind.Answer, again.Kind);
        var third = await SendAsync(host, "/share level:mid location:nyc base:170k", Member(1), now.AddHours(1));
        Assert.Equal(ReplyKind.InputError, third.Kind);
        Assert.True(third.IsPrivate);
        Assert.Contains($"You already shared an offer on {now.UtcDateTime:yyyy-MM-dd}: one share per member every 30 days", third.Markdown);
        // The same user id on another platform is another member.
        Assert.Equal(ReplyKind.Answer, (await SendAsync(host, share, Member(1) with { Platform = "slack" }, now)).Kind);
        Assert.Equal(3, (await SendAsync(host, "/kb offers", Moderator)).Markdown.Split("· mid-level ·").Length - 1);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Withdraw_deletes_the_members_offer_and_it_stops_counting(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var ids = await ShareSeniorSeattleAsync(host, 5);
        await ApproveAsync(host, ids);
        Assert.Contains(CommunityBlock.Heading, (await SendAsync(host, "/salary level:senior location:seattle", Member(9))).Markdown);

        var withdrawn = await SendAsync(host, "/share withdraw", Member(3));
        Assert.True(withdrawn.IsPrivate);
        Assert.StartsWith("Withdrawn: your shared offer was deleted", withdrawn.Markdown);
        Assert.DoesNotContain(CommunityBlock.Heading, (await SendAsync(host, "/salary level:senior location:seattle", Member(9))).Markdown);
        Assert.Null(await host.Services.GetRequiredService<ICommunityOfferStore>().FindAsync(ids[2], CancellationToken.None));
        Assert.Contains("no shared offer to withdraw", (await SendAsync(host, "/share withdraw:yes", Member(3))).Markdown);
        var notYes = await SendAsync(host, "/share withdraw:no", Member(4));
        Assert.StartsWith("`withdraw`: expected yes", notYes.Markdown);
        Assert.NotNull(await host.Services.GetRequiredService<ICommunityOfferStore>().FindAsync(ids[3], CancellationToken.None));
        // Withdrawing frees the window: the member can share again at once.
        Assert.Equal(ReplyKind.Answer, (await SendAsync(host, "/share level:senior location:seattle base:200k", Member(3))).Kind);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Only_moderators_review_and_not_their_own_offer_and_reviews_are_versioned(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var id = (await ShareSeniorSeattleAsync(host, 1))[0];
        var store = host.Services.GetRequiredService<ICommunityOfferStore>();

        var refused = await SendAsync(host, $"/kb offers approve {id}", Member(2));
        Assert.Equal("Sorry, `/kb` is for moderators only. Nothing was changed.", refused.Markdown);
        Assert.Equal(CommunityOfferStatus.Pending, (await store.FindAsync(id, CancellationToken.None))!.Status);

        var moderatorsOwn = (await SendAsync(host, "/share level:staff location:sf base:300k", Moderator)).Markdown;
        var ownId = long.Parse(moderatorsOwn.Split("**#")[1].Split("**")[0]);
        Assert.Contains("is your own offer", (await SendAsync(host, $"/kb offers approve {ownId}", Moderator)).Markdown);

        await SendAsync(host, $"/kb offers approve {id}", Moderator);
        var rejected = await SendAsync(host, $"/kb offers reject {id} not an ML role", Moderator with { Id = "900000000000000002", DisplayName = "mod-max" });
        Assert.StartsWith($"Rejected offer #{id} · version 2 · rejected by mod-max (discord)", rejected.Markdown);
        Assert.Contains("“not an ML role”", rejected.Markdown);
        Assert.Equal(CommunityOfferStatus.Rejected, (await store.FindAsync(id, CancellationToken.None))!.Status);
        Assert.Contains("there is no shared offer #99999", (await SendAsync(host, "/kb offers approve 99999", Moderator)).Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_queue_flags_offers_far_above_the_levels_median_or_below_the_sourced_floor(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        await ApproveAsync(host, await ShareSeniorSeattleAsync(host, 3));
        // Approved first-year totals 290k, 300k, 310k: the median is 300k.
        await SendAsync(host, "/share level:senior location:austin base:450k stock:2M vesting:4y", Member(10));
        await SendAsync(host, "/share level:senior location:austin base:90k", Member(11));
        await SendAsync(host, "/share level:senior location:austin base:250k", Member(12));

        var lines = (await SendAsync(host, "/kb offers", Moderator)).Markdown.Split("\n- ");
        Assert.Contains("more than 3× the median of 3 approved senior offers ($300,000)", lines.Single(l => l.Contains("base $450,000")));
        Assert.Contains("below the sourced entry-level floor of $100,000", lines.Single(l => l.Contains("base $90,000")));
        Assert.DoesNotContain("outlier", lines.Single(l => l.Contains("base $250,000")));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Offers_older_than_the_retention_period_are_deleted(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db, ("CommunityOffers:RetentionDays", "365"));
        var now = DateTimeOffset.UtcNow;
        await SendAsync(host, "/share level:entry location:remote base:120k", Member(1), now.AddDays(-400));
        await SendAsync(host, "/share level:entry location:remote base:125k", Member(2), now.AddDays(-300));

        var deleted = await host.Services.GetRequiredService<CommunityOfferMaintenance>().DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var queue = (await SendAsync(host, "/kb offers", Moderator)).Markdown;
        Assert.DoesNotContain("base $120,000", queue);
        Assert.Contains("base $125,000", queue);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_csv_export_has_the_approved_offers_and_no_identity(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var ids = await ShareSeniorSeattleAsync(host, 3);
        await ApproveAsync(host, ids.Take(2));
        await SendAsync(host, "/share level:mid location:berlin base:€90k company:\"Acme, Inc\"", Member(7));

        var approved = await host.Services.GetRequiredService<ICommunityOfferStore>().ApprovedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        var csv = CommunityOfferCsv.Write(approved).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(CommunityOfferCsv.Header, csv[0]);
        Assert.Equal(3, csv.Length);
        Assert.Equal($"{ids[0]},{DateTimeOffset.UtcNow:yyyy-MM-dd},senior,seattle,,,6,USD,190000,290000,base:190k stock:400k vesting:4y", csv[1]);
        Assert.Equal("seattle", csv[2].Split(',')[3]); // Redmond counts as Seattle
        var all = string.Join('\n', csv);
        Assert.DoesNotContain("member", all);
        Assert.DoesNotContain("8123456789", all);
        Assert.DoesNotContain(approved[0].MemberKey, all);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_store_holds_no_raw_user_id_or_name_of_a_member(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        var member = new ChatUser("slack", "U0RAWID4242", "Zelda Quartermaine");
        await using (var host = await StartAsync(db))
        {
            await SendAsync(host, "/share level:senior location:nyc base:230k company:initech yoe:9 specialization:recsys", member);
            var id = long.Parse((await SendAsync(host, "/kb offers", Moderator)).Markdown.Split("**#")[1].Split("**")[0]);
            await SendAsync(host, $"/kb offers approve {id}", Moderator);
            var rows = await host.Services.GetRequiredService<Database>().ReadAsync(async c =>
                await DumpAsync(c, "community_offers") + await DumpAsync(c, "community_offer_reviews"), CancellationToken.None);
            Assert.Contains("initech", rows); // the dump does read the rows
            Assert.DoesNotContain("U0RAWID4242", rows, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Zelda", rows, StringComparison.OrdinalIgnoreCase);
        }
        if (db.SqlitePath is { } path)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            // Every byte of the database file and its journal, not just the rows a query returns.
            var bytes = File.ReadAllBytes(path).Concat(File.Exists(path + "-wal") ? File.ReadAllBytes(path + "-wal") : []).ToArray();
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("U0RAWID4242", text);
            Assert.DoesNotContain("Zelda", text);
        }
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_member_shares_and_later_asks_in_plain_words_and_sees_the_community_figures(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db);
        var me = Member(1);
        var shared = await SendAsync(host, "/share level:L5 location:Seattle base:190k stock:400k vesting:4y yoe:6", me);
        Assert.Contains("waits for a moderator", shared.Markdown);
        var ids = await ShareSeniorSeattleAsync(host, 4, firstMember: 2);
        var mine = long.Parse(shared.Markdown.Split("**#")[1].Split("**")[0]);
        await ApproveAsync(host, ids.Prepend(mine));

        var asked = await SendAsync(host, "how much do senior ML engineers make in seattle?", me);
        Assert.Contains(CommunityBlock.Heading + "** — senior, Seattle", asked.Markdown);
        Assert.Contains("**5 offers** (USD): median base **$210,000**", asked.Markdown);

        var offer = await SendAsync(host, "/offer base:200k stock:400k level:senior", me);
        Assert.Contains(CommunityBlock.Heading + "** — senior, all places", offer.Markdown);
        Assert.Contains("Against the knowledge base's figures", offer.Markdown);
    }

    private static async Task<string> DumpAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var sb = new StringBuilder();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) sb.Append(reader.GetValue(i)).Append('|');
        return sb.ToString();
    }
}
