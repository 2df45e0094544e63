using System.Data.Common;
using System.Text.Json;
using CareerBot.Core.Moderation;

namespace CareerBot.Storage;

/// <summary>
/// Revisions in the kb_revisions table. The (entry_id, version) key plus the version check inside one write transaction
/// make saving atomic: of two editors starting from the same version, exactly one is saved.
/// </summary>
public sealed class SqlRevisionStore(Database database) : IRevisionStore
{
    private const string Columns = "entry_id, version, kind, platform, user_id, display_name, created_at, comment, content";

    public Task InitializeAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task<LatestRevisions> LatestAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async c =>
        {
            await using var command = Database.Command(c, null,
                $"""
                SELECT {Columns} FROM kb_revisions r
                WHERE version = (SELECT MAX(version) FROM kb_revisions m WHERE m.entry_id = r.entry_id)
                ORDER BY entry_id
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var revisions = new List<KnowledgeRevision>();
            var damaged = new List<DamagedRevision>();
            while (await reader.ReadAsync(cancellationToken))
            {
                // One unreadable row (hand-edited JSON, an unknown kind) is skipped and reported; the others still load.
                try
                {
                    revisions.Add(Read(reader));
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or JsonException or OverflowException)
                {
                    damaged.Add(new DamagedRevision(reader.GetString(0), Convert.ToInt32(reader.GetValue(1)), $"the row cannot be read ({e.Message})"));
                }
            }
            return new LatestRevisions(revisions, damaged);
        }, cancellationToken);

    public async Task<KnowledgeRevision?> LatestAsync(string entryId, CancellationToken cancellationToken) =>
        (await database.ReadAsync(c => LatestAsync(c, null, entryId, cancellationToken), cancellationToken)).FirstOrDefault();

    public async Task<KnowledgeRevision?> GetAsync(string entryId, int version, CancellationToken cancellationToken) =>
        (await database.ReadAsync(c => QueryAsync(c, null,
            $"SELECT {Columns} FROM kb_revisions WHERE entry_id = @id AND version = @version", cancellationToken,
            ("id", entryId), ("version", version)), cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<KnowledgeRevision>> HistoryAsync(string entryId, CancellationToken cancellationToken) =>
        database.ReadAsync(c => QueryAsync(c, null,
            $"SELECT {Columns} FROM kb_revisions WHERE entry_id = @id ORDER BY version DESC", cancellationToken, ("id", entryId)), cancellationToken);

    public async Task<RevisionAppendResult> AppendAsync(KnowledgeRevision revision, CancellationToken cancellationToken)
    {
        if (revision.Version < 1) throw new ArgumentOutOfRangeException(nameof(revision), "stored versions start at 1");
        try
        {
            return await database.WriteAsync(async (connection, transaction) =>
            {
                var newest = (await LatestAsync(connection, transaction, revision.EntryId, cancellationToken)).FirstOrDefault();
                if ((newest?.Version ?? 0) != revision.Version - 1)
                    return newest is null
                        ? throw new ArgumentException($"the first stored version of {revision.EntryId} is 1, not {revision.Version}", nameof(revision))
                        : RevisionAppendResult.Conflict(newest);
                await using (var insert = Database.Command(connection, transaction,
                    $"INSERT INTO kb_revisions ({Columns}) VALUES (@id, @version, @kind, @platform, @user, @name, @at, @comment, @content)",
                    ("id", revision.EntryId), ("version", revision.Version), ("kind", revision.Kind.ToString()),
                    ("platform", revision.Author.Platform), ("user", revision.Author.UserId), ("name", revision.Author.DisplayName),
                    ("at", revision.At.ToUnixTimeMilliseconds()), ("comment", revision.Comment), ("content", ContentJson.Write(revision.Content))))
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
                await database.Dialect.AnnounceRevisionAsync(connection, transaction, revision.EntryId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return RevisionAppendResult.Success;
            }, cancellationToken);
        }
        catch (DbException e) when (database.Dialect.IsUniqueViolation(e))
        {
            // Another process inserted the same version between our check and insert (PostgreSQL read committed).
            return RevisionAppendResult.Conflict((await LatestAsync(revision.EntryId, cancellationToken))!);
        }
    }

    public async Task WatchAsync(Action changed, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await database.Dialect.WatchAsync(changed, cancellationToken);
    }

    private static Task<IReadOnlyList<KnowledgeRevision>> LatestAsync(DbConnection connection, DbTransaction? transaction, string entryId, CancellationToken cancellationToken) =>
        QueryAsync(connection, transaction,
            $"SELECT {Columns} FROM kb_revisions WHERE entry_id = @id ORDER BY version DESC LIMIT 1", cancellationToken, ("id", entryId));

    private static async Task<IReadOnlyList<KnowledgeRevision>> QueryAsync(DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Database.Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var revisions = new List<KnowledgeRevision>();
        while (await reader.ReadAsync(cancellationToken)) revisions.Add(Read(reader));
        return revisions;
    }

    private static KnowledgeRevision Read(DbDataReader reader) => new(
        reader.GetString(0),
        Convert.ToInt32(reader.GetValue(1)),
        Enum.Parse<RevisionKind>(reader.GetString(2)),
        new RevisionAuthor(reader.GetString(3), reader.GetString(4), reader.GetString(5)),
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(6))),
        reader.GetString(7),
        ContentJson.Read(reader.GetString(8)));
}
