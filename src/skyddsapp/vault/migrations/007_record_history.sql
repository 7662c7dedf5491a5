-- 007: record history. Every change to a case, person, flat or lease keeps the record's fields
-- as they stood after it (JSON, inside the encrypted file). Append-only, like the audit log:
-- a restore is a new version, never an edit of an old one.
CREATE TABLE record_versions (
    id          INTEGER PRIMARY KEY,
    object_type TEXT NOT NULL CHECK (object_type IN ('case', 'person', 'apartment', 'lease')),
    object_id   INTEGER NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    UNIQUE (object_type, object_id, version)
);

CREATE TRIGGER record_versions_no_update BEFORE UPDATE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
