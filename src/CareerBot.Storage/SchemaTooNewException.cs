namespace CareerBot.Storage;

/// <summary>The database was migrated by a newer CareerBot; migrations only go forward, so this release refuses to touch it.</summary>
public sealed class SchemaTooNewException(string database, int found, int known) : Exception(
    $"The database {database} has schema version {found}, written by a newer CareerBot; this release knows versions up to {known} " +
    "and never migrates backwards. Run the newer release again, or stop the bot and restore a backup made before that upgrade (kb restore, or pg_restore on PostgreSQL).");
