-- A reminder is claimed in the database before it is sent, so that two
-- processes sharing the file (a rolling deploy) never both send it. A claim
-- names the due time it is for and lasts until claim_until; a process that
-- dies holding one lets it lapse, and the reminder is sent again then: it may
-- repeat after a crash, but it is never lost.

-- +goose Up
ALTER TABLE promises ADD COLUMN claim_due INTEGER;
ALTER TABLE promises ADD COLUMN claim_until INTEGER;
ALTER TABLE promises ADD COLUMN claim_by TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE promises DROP COLUMN claim_by;
ALTER TABLE promises DROP COLUMN claim_until;
ALTER TABLE promises DROP COLUMN claim_due;
