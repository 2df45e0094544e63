using System.Data.Common;

namespace CareerBot.Storage;

/// <summary>What differs between the databases; the SQL itself is shared.</summary>
public abstract class StorageDialect : IAsyncDisposable
{
    /// <summary>Column definition of an auto-numbered primary key.</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>Where the data lives, for logs (never a password).</summary>
    public abstract string Describe { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that writers of other processes wait for (SQLite: BEGIN IMMEDIATE).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes schema migrations between processes starting at the same time.</summary>
    public abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Inside a write transaction: waits for other transactions holding the same <paramref name="key"/>, so a check-then-insert
    /// is atomic. SQLite needs nothing (its write transactions already run one at a time).
    /// </summary>
    public virtual Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Inside the revision's transaction: tells other instances on commit (PostgreSQL NOTIFY); nothing for SQLite.</summary>
    public abstract Task AnnounceRevisionAsync(DbConnection connection, DbTransaction transaction, string entryId, CancellationToken cancellationToken);

    /// <summary>See <see cref="Core.Moderation.IRevisionStore.WatchAsync"/>.</summary>
    public abstract Task WatchAsync(Action changed, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
