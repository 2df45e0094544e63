namespace CareerBot.Core.Fleet;

/// <summary>
/// Turns shared by every process of one bot on one store (a shard fleet): while a process holds the turn for a key, no other
/// process gets it. The Discord adapter takes one per IDENTIFY bucket. Registered only where processes can share a store
/// (PostgreSQL); a lone process (SQLite) has no one to take turns with.
/// </summary>
public interface ISharedTurns
{
    /// <summary>
    /// Waits until this process holds the turn for <paramref name="key"/>; disposing the result gives it back. When the store
    /// cannot be reached it returns at once without the turn (and logs it): a bot whose store is down keeps working.
    /// </summary>
    Task<IAsyncDisposable> TakeAsync(int key, CancellationToken cancellationToken);
}
