namespace CareerBot.Storage;

/// <summary>A backup or restore that was not done, with the reason and what to do instead (shown to the admin as is).</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
