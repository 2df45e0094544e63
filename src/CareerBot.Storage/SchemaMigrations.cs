namespace CareerBot.Storage;

/// <summary>
/// The schema, one step per version, shared by SQLite and PostgreSQL (<c>{identity}</c> is the dialect's auto-numbered key).
/// Append new steps; never edit a released one. Times are Unix milliseconds (UTC).
/// </summary>
public static class SchemaMigrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE kb_revisions (
            entry_id     TEXT    NOT NULL,
            version      INTEGER NOT NULL,
            kind         TEXT    NOT NULL,
            platform     TEXT    NOT NULL,
            user_id      TEXT    NOT NULL,
            display_name TEXT    NOT NULL,
            created_at   BIGINT  NOT NULL,
            comment      TEXT    NOT NULL,
            content      TEXT    NOT NULL,
            PRIMARY KEY (entry_id, version));
        CREATE TABLE unanswered_questions (
            id          {identity},
            question    TEXT             NOT NULL,
            normalized  TEXT             NOT NULL,
            guess       TEXT,
            confidence  DOUBLE PRECISION NOT NULL,
            declined    BOOLEAN          NOT NULL,
            asked_at    BIGINT           NOT NULL);
        CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
        CREATE INDEX unanswered_questions_normalized ON unanswered_questions (normalized);
        CREATE TABLE answer_feedback (
            id        {identity},
            intent    TEXT    NOT NULL,
            question  TEXT    NOT NULL,
            helpful   BOOLEAN NOT NULL,
            rated_at  BIGINT  NOT NULL);
        CREATE INDEX answer_feedback_rated_at ON answer_feedback (rated_at);
        """,
        // Members' shared offers (issue #23): no identity column, only member_key (HMAC of platform + user id); amounts in cents.
        """
        CREATE TABLE community_offers (
            id               {identity},
            member_key       TEXT    NOT NULL,
            submitted_on     BIGINT  NOT NULL,
            level            TEXT    NOT NULL,
            place            TEXT    NOT NULL,
            specialization   TEXT,
            company          TEXT,
            yoe              INTEGER,
            currency         TEXT    NOT NULL,
            base_cents       BIGINT  NOT NULL,
            first_year_cents BIGINT  NOT NULL,
            terms            TEXT    NOT NULL,
            status           TEXT    NOT NULL,
            version          INTEGER NOT NULL);
        CREATE INDEX community_offers_member_key ON community_offers (member_key, submitted_on);
        CREATE INDEX community_offers_status ON community_offers (status, submitted_on);
        CREATE TABLE community_offer_reviews (
            offer_id     BIGINT  NOT NULL,
            version      INTEGER NOT NULL,
            decision     TEXT    NOT NULL,
            platform     TEXT    NOT NULL,
            user_id      TEXT    NOT NULL,
            display_name TEXT    NOT NULL,
            reviewed_at  BIGINT  NOT NULL,
            reason       TEXT    NOT NULL,
            PRIMARY KEY (offer_id, version));
        """,
    ];
}
