-- A SQLite store made by CareerBot at commit a6e04f5 (schema version 1, the release before versioned upgrades were tested):
-- two revisions of phd-value saved with ask --moderator, two declined questions, one rating; then sqlite3 careerbot.db .dump
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES(1);
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
INSERT INTO kb_revisions VALUES('phd-value',1,'Set','console','alice','alice',1796411561407,'shorter','{"title":"Do you need a PhD, and what is it worth?","questions":["Do I need a PhD to be a machine learning engineer?","is a phd worth it for ML engineering","PhD vs no PhD ML engineer salary","does a doctorate or PhD raise MLE pay","is a phd required for ML research scientist roles?","can I become a highly paid ML engineer without a PhD","is doing a phd worth it for mle comp","phd vs industry experience for machine learning engineers","should I do a PhD or go straight into ML engineering","does DeepMind need a phd for research scientist jobs?","is a doctorate worth the 5 years for an ML career","phd mle","do you need a PhD for ML jobs at big tech","I\u0027m considering a PhD in ML, will it pay off financially","does having a PhD get you a higher starting offer as an MLE","can you get hired at DeepMind or OpenAI without a PhD","is a phd overkill for an applied ML engineer role","do i need a phd for machien learning"],"tags":["education","phd"],"sources":["Why Are ML Engineers Paid So Much? (why-ml-engineers-are-paid-so-much.txt)","32 Genuine Machine Learning Engineer Salary Figures (ml-engineer-salary-figures.txt)"],"related":["education-masters-bootcamp","from-data-science-research","salary-entry-level"],"answer":"**Not for most ML engineering jobs.** A PhD helps mainly for research roles at large AI labs.","detail":null,"body":"**Not for most ML engineering jobs.** A PhD helps mainly for research roles at large AI labs."}');
INSERT INTO kb_revisions VALUES('phd-value',2,'Teach','console','alice','alice',1796411562201,'','{"title":"Do you need a PhD, and what is it worth?","questions":["Do I need a PhD to be a machine learning engineer?","is a phd worth it for ML engineering","PhD vs no PhD ML engineer salary","does a doctorate or PhD raise MLE pay","is a phd required for ML research scientist roles?","can I become a highly paid ML engineer without a PhD","is doing a phd worth it for mle comp","phd vs industry experience for machine learning engineers","should I do a PhD or go straight into ML engineering","does DeepMind need a phd for research scientist jobs?","is a doctorate worth the 5 years for an ML career","phd mle","do you need a PhD for ML jobs at big tech","I\u0027m considering a PhD in ML, will it pay off financially","does having a PhD get you a higher starting offer as an MLE","can you get hired at DeepMind or OpenAI without a PhD","is a phd overkill for an applied ML engineer role","do i need a phd for machien learning","is a doctorate worth it for mlops"],"tags":["education","phd"],"sources":["Why Are ML Engineers Paid So Much? (why-ml-engineers-are-paid-so-much.txt)","32 Genuine Machine Learning Engineer Salary Figures (ml-engineer-salary-figures.txt)"],"related":["education-masters-bootcamp","from-data-science-research","salary-entry-level"],"answer":"**Not for most ML engineering jobs.** A PhD helps mainly for research roles at large AI labs.","detail":null,"body":"**Not for most ML engineering jobs.** A PhD helps mainly for research roles at large AI labs."}');
CREATE TABLE unanswered_questions (
    id          INTEGER PRIMARY KEY,
    question    TEXT             NOT NULL,
    normalized  TEXT             NOT NULL,
    guess       TEXT,
    confidence  DOUBLE PRECISION NOT NULL,
    declined    BOOLEAN          NOT NULL,
    asked_at    BIGINT           NOT NULL);
INSERT INTO unanswered_questions VALUES(1,'what is the best pizza in naples','best pizza naples','top-earners',0.090652331709861755371,1,1796411564155);
INSERT INTO unanswered_questions VALUES(2,'can you recommend a standing desk','recommend standing desk','learning-resources',0.25981289148330688476,1,1796411564383);
CREATE TABLE answer_feedback (
    id        INTEGER PRIMARY KEY,
    intent    TEXT    NOT NULL,
    question  TEXT    NOT NULL,
    helpful   BOOLEAN NOT NULL,
    rated_at  BIGINT  NOT NULL);
INSERT INTO answer_feedback VALUES(1,'salary-senior','how much does a senior ml engineer make',0,1796411568000);
CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
CREATE INDEX unanswered_questions_normalized ON unanswered_questions (normalized);
CREATE INDEX answer_feedback_rated_at ON answer_feedback (rated_at);
COMMIT;
