using System.Data.Common;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Moderation;

namespace CareerBot.Storage;

/// <summary>The community_offers and community_offer_reviews tables. Days and times are Unix milliseconds (UTC); amounts are cents.</summary>
public sealed class SqlCommunityOfferStore(Database database) : ICommunityOfferStore
{
    private const string Columns =
        "o.id, o.member_key, o.submitted_on, o.level, o.place, o.specialization, o.company, o.yoe, o.currency, o.base_cents, o.first_year_cents, o.terms, o.status, o.version, " +
        "r.version, r.decision, r.platform, r.user_id, r.display_name, r.reviewed_at, r.reason";
    private const string From = "FROM community_offers o LEFT JOIN community_offer_reviews r ON r.offer_id = o.id AND r.version = o.version";

    public Task<ShareResult> AddAsync(string memberKey, ShareSubmission s, DateTimeOffset submittedOn, DateTimeOffset windowStart, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await database.Dialect.LockKeyAsync(connection, transaction, "community-offer:" + memberKey, cancellationToken);
            await using (var earlier = Database.Command(connection, transaction,
                "SELECT MAX(submitted_on) FROM community_offers WHERE member_key = @key AND submitted_on >= @since",
                ("key", memberKey), ("since", windowStart.ToUnixTimeMilliseconds())))
            {
                if (await earlier.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull)
                    return ShareResult.Refused(DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value)));
            }
            await using var insert = Database.Command(connection, transaction,
                """
                INSERT INTO community_offers (member_key, submitted_on, level, place, specialization, company, yoe, currency, base_cents, first_year_cents, terms, status, version)
                VALUES (@key, @on, @level, @place, @area, @company, @yoe, @currency, @base, @first, @terms, @status, 0) RETURNING id
                """,
                ("key", memberKey), ("on", submittedOn.ToUnixTimeMilliseconds()), ("level", s.Level), ("place", s.Place), ("area", s.Specialization),
                ("company", s.Company), ("yoe", s.YearsOfExperience), ("currency", s.Currency), ("base", Cents(s.Base)), ("first", Cents(s.FirstYearTotal)),
                ("terms", s.Terms), ("status", CommunityOfferStatus.Pending.ToString()));
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return ShareResult.Saved(id);
        }, cancellationToken);

    public Task<int> WithdrawAsync(string memberKey, CancellationToken cancellationToken) =>
        DeleteWhereAsync("member_key = @key", ("key", memberKey), cancellationToken);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteWhereAsync("submitted_on < @at", ("at", cutoff.ToUnixTimeMilliseconds()), cancellationToken);

    public Task<IReadOnlyList<CommunityOffer>> PendingAsync(int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(c => QueryAsync(c, null, $"SELECT {Columns} {From} WHERE o.status = @status ORDER BY o.id LIMIT @limit", cancellationToken,
            ("status", CommunityOfferStatus.Pending.ToString()), ("limit", limit)), cancellationToken);

    public async Task<CommunityOffer?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await database.ReadAsync(c => QueryAsync(c, null, $"SELECT {Columns} {From} WHERE o.id = @id", cancellationToken, ("id", id)), cancellationToken))
        .FirstOrDefault();

    public Task<IReadOnlyList<CommunityOffer>> ApprovedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.ReadAsync(c => QueryAsync(c, null, $"SELECT {Columns} {From} WHERE o.status = @status AND o.submitted_on >= @since ORDER BY o.submitted_on, o.id",
            cancellationToken, ("status", CommunityOfferStatus.Approved.ToString()), ("since", Math.Max(0, since.ToUnixTimeMilliseconds()))), cancellationToken);

    public Task<CommunityOffer?> ReviewAsync(long id, CommunityOfferStatus decision, RevisionAuthor moderator, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            // The UPDATE takes the row's lock, so two moderators deciding at once get consecutive versions.
            await using (var update = Database.Command(connection, transaction,
                "UPDATE community_offers SET version = version + 1, status = @status WHERE id = @id RETURNING version",
                ("status", decision.ToString()), ("id", id)))
            {
                if (await update.ExecuteScalarAsync(cancellationToken) is not { } version || version is DBNull) return null;
                await using var insert = Database.Command(connection, transaction,
                    """
                    INSERT INTO community_offer_reviews (offer_id, version, decision, platform, user_id, display_name, reviewed_at, reason)
                    VALUES (@id, @version, @decision, @platform, @user, @name, @at, @reason)
                    """,
                    ("id", id), ("version", Convert.ToInt32(version)), ("decision", decision.ToString()), ("platform", moderator.Platform),
                    ("user", moderator.UserId), ("name", moderator.DisplayName), ("at", at.ToUnixTimeMilliseconds()), ("reason", reason));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            var reviewed = (await QueryAsync(connection, transaction, $"SELECT {Columns} {From} WHERE o.id = @id", cancellationToken, ("id", id))).FirstOrDefault();
            await transaction.CommitAsync(cancellationToken);
            return reviewed;
        }, cancellationToken);

    private Task<int> DeleteWhereAsync(string where, (string, object?) parameter, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var reviews = Database.Command(connection, transaction,
                $"DELETE FROM community_offer_reviews WHERE offer_id IN (SELECT id FROM community_offers WHERE {where})", parameter);
            await reviews.ExecuteNonQueryAsync(cancellationToken);
            await using var offers = Database.Command(connection, transaction, $"DELETE FROM community_offers WHERE {where}", parameter);
            var deleted = await offers.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }, cancellationToken);

    private static async Task<IReadOnlyList<CommunityOffer>> QueryAsync(DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Database.Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var offers = new List<CommunityOffer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = Convert.ToInt64(reader.GetValue(0));
            var submission = new ShareSubmission(reader.GetString(3), reader.GetString(4), Text(reader, 5), Text(reader, 6),
                reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7)), reader.GetString(8),
                Convert.ToInt64(reader.GetValue(9)) / 100m, Convert.ToInt64(reader.GetValue(10)) / 100m, reader.GetString(11));
            offers.Add(new CommunityOffer(id, reader.GetString(1), submission, DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(2))),
                Enum.Parse<CommunityOfferStatus>(reader.GetString(12)), Convert.ToInt32(reader.GetValue(13)),
                reader.IsDBNull(14) ? null : ReadReview(reader, id, 14)));
        }
        return offers;
    }

    private static OfferReview ReadReview(DbDataReader reader, long offerId, int first) => new(offerId,
        Convert.ToInt32(reader.GetValue(first)), Enum.Parse<CommunityOfferStatus>(reader.GetString(first + 1)),
        new RevisionAuthor(reader.GetString(first + 2), reader.GetString(first + 3), reader.GetString(first + 4)),
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(first + 5))), reader.GetString(first + 6));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long Cents(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
}
