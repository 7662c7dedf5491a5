-- Granskning av loggen: a reviewer's sign-off of a period of the audit log. Append-only, like
-- the log itself; last_entry is how far the log reached when it was signed off.
CREATE TABLE audit_reviews (
    id          INTEGER PRIMARY KEY,
    since       TEXT NOT NULL,
    until       TEXT NOT NULL CHECK (since <= until),
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    remarks     TEXT NOT NULL DEFAULT '',
    last_entry  INTEGER NOT NULL CHECK (last_entry >= 0)
);

CREATE INDEX audit_log_user ON audit_log (user_name, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_reviews_no_update BEFORE UPDATE ON audit_reviews
BEGIN SELECT RAISE(ABORT, 'audit reviews are append-only'); END;
CREATE TRIGGER audit_reviews_no_delete BEFORE DELETE ON audit_reviews
BEGIN SELECT RAISE(ABORT, 'audit reviews are append-only'); END;
