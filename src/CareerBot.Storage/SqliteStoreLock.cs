namespace CareerBot.Storage;

/// <summary>
/// Tells a running CareerBot from a stopped one: every process using a SQLite store holds a shared lock on
/// <c>careerbot.db.lock</c> beside it, and <c>kb restore</c> needs the exclusive one. The locks are the kernel's (.NET takes
/// <c>flock</c> for a FileStream's share mode on Linux), so a killed bot leaves no stale lock behind.
/// </summary>
public sealed class SqliteStoreLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteStoreLock(FileStream file) => _file = file;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>Held while a process uses the store; many at once. Throws <see cref="IOException"/> while a restore runs.</summary>
    public static SqliteStoreLock Shared(string databasePath)
    {
        try
        {
            return Open(databasePath, FileShare.ReadWrite);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new IOException($"kb restore is replacing {databasePath}; try again when it has finished", e);
        }
    }

    /// <summary>The exclusive lock, or null while any other process holds the store (shared or exclusive).</summary>
    public static SqliteStoreLock? TryExclusive(string databasePath)
    {
        try
        {
            return Open(databasePath, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
    }

    /// <summary>The lock is taken (errno EWOULDBLOCK on Linux and macOS; ERROR_SHARING_VIOLATION on Windows), not some other I/O failure.</summary>
    private static bool IsHeldElsewhere(IOException e) => e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static SqliteStoreLock Open(string databasePath, FileShare share)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        // Read access is enough for either lock, so a lock file first created by root (e.g. `sudo … kb backup`) does not lock the bot's own user out.
        return new SqliteStoreLock(new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.Read, share));
    }

    public void Dispose() => _file.Dispose();
}
