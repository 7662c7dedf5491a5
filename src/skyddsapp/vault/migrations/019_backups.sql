-- 019: backups made of this vault, for the status bar's age warning and the restore preview (issue 12 part 1)
-- One row per backup that was written, verified and renamed to its final name (vault/backup.py).
-- No personal data: the folder name holds only the time and the first 8 characters of the
-- vault id; made_by is the user name of the administrator, as in the audit log.
CREATE TABLE backups (
    id          INTEGER PRIMARY KEY,
    made_at     TEXT NOT NULL,
    generation  INTEGER NOT NULL CHECK (generation >= 0),
    folder_name TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    made_by     TEXT NOT NULL
);

CREATE INDEX backups_made_at ON backups (made_at);
