namespace CareerBot.Core.Moderation;

/// <summary>The database behind the revision store or the question log cannot be reached or is locked; nothing was changed.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
