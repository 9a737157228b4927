-- Rapport's first schema. Times are UTC unix seconds (INTEGER); NULL means "never".
-- No table holds the text of a coached message: statistics keep user, rule,
-- category and time only. Promise text is stored because its owner asked for it.

-- +goose Up
CREATE TABLE user_settings (
    user_id    TEXT    NOT NULL PRIMARY KEY,
    opted_out  INTEGER NOT NULL DEFAULT 0 CHECK (opted_out IN (0, 1)),
    updated_at INTEGER NOT NULL
) STRICT;

-- "Not helpful" clicks per user and rule; muted_at is set once the count reaches the
-- bot's threshold and cleared (with the count) when the user unmutes the rule.
CREATE TABLE rule_feedback (
    user_id     TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    not_helpful INTEGER NOT NULL DEFAULT 0 CHECK (not_helpful >= 0),
    muted_at    INTEGER,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, rule)
) STRICT;

CREATE TABLE findings (
    id       INTEGER NOT NULL PRIMARY KEY,
    user_id  TEXT    NOT NULL,
    rule     TEXT    NOT NULL,
    category TEXT    NOT NULL,
    at       INTEGER NOT NULL
) STRICT;
CREATE INDEX findings_at ON findings (at);
CREATE INDEX findings_user_at ON findings (user_id, at);

CREATE TABLE promises (
    id           TEXT    NOT NULL PRIMARY KEY CHECK (id = lower(id)),
    owner        TEXT    NOT NULL,
    requester    TEXT    NOT NULL DEFAULT '',
    text         TEXT    NOT NULL,
    channel_id   TEXT    NOT NULL DEFAULT '',
    message_ts   TEXT    NOT NULL DEFAULT '',
    permalink    TEXT    NOT NULL DEFAULT '',
    due          INTEGER NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    reminded_due INTEGER,
    created_at   INTEGER NOT NULL,
    closed_at    INTEGER
) STRICT;
CREATE INDEX promises_owner_status_due ON promises (owner, status, due);
CREATE INDEX promises_open_due ON promises (due) WHERE status = 'open';
CREATE INDEX promises_closed_at ON promises (closed_at) WHERE status <> 'open';

-- One row per scheduled tip slot: the primary key makes the claim exactly-once
-- across restarts and across processes sharing the file.
CREATE TABLE tip_slots (
    slot         INTEGER NOT NULL PRIMARY KEY,
    owner        TEXT    NOT NULL,
    claimed_at   INTEGER NOT NULL,
    tip_id       TEXT,
    completed_at INTEGER
) STRICT;

-- Tips used in the current rotation cycle; emptied when every tip has been used.
CREATE TABLE tips_used (
    tip_id  TEXT    NOT NULL PRIMARY KEY,
    used_at INTEGER NOT NULL
) STRICT;

-- +goose Down
DROP TABLE tips_used;
DROP TABLE tip_slots;
DROP TABLE promises;
DROP TABLE findings;
DROP TABLE rule_feedback;
DROP TABLE user_settings;
