-- The App Home, nudge statistics and the rules report (numbered well after
-- other migrations in flight, so that branches merge without a clash).

-- +goose Up
-- When each user first opened Rapport's Home tab: the first open is the onboarding.
CREATE TABLE home_visits (
    user_id         TEXT    NOT NULL PRIMARY KEY,
    first_opened_at INTEGER NOT NULL
) STRICT;

-- One row per nudge actually shown, under the category of the finding it
-- leads with: /coach stats and the Home tab count nudges, not findings, and
-- never messages that the nudge cap held back. No message text.
CREATE TABLE nudges (
    id       INTEGER NOT NULL PRIMARY KEY,
    user_id  TEXT    NOT NULL,
    category TEXT    NOT NULL,
    at       INTEGER NOT NULL
) STRICT;
CREATE INDEX nudges_user_at ON nudges (user_id, at);
CREATE INDEX nudges_at ON nudges (at);

-- "Not helpful" clicks per rule and time, without the user: the team lead's
-- rules report counts them over the last 30 days.
CREATE TABLE rule_votes (
    id   INTEGER NOT NULL PRIMARY KEY,
    rule TEXT    NOT NULL,
    at   INTEGER NOT NULL
) STRICT;
CREATE INDEX rule_votes_at ON rule_votes (at);

-- +goose Down
DROP TABLE rule_votes;
DROP TABLE nudges;
DROP TABLE home_visits;
