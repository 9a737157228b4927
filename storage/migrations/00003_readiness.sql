-- One row that readiness checks write, to prove the database still takes
-- writes (a read-only remount or a revoked permission shows at once).

-- +goose Up
CREATE TABLE readiness (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL,
    checked_by INTEGER NOT NULL
) STRICT;

-- +goose Down
DROP TABLE readiness;
