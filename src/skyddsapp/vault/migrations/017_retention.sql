-- 017: retention (gallring, issue 12 part 2). How many years after its closing year a case of
-- each kind is kept (domain.retention: no row means the default, five), and the one allowance
-- to delete record history: the purge of cases past their retention time.
CREATE TABLE retention_rules (
    kind       TEXT PRIMARY KEY,
    years      INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- Set to 1 by the purge inside its own transaction and back to 0 before it commits: only then
-- may rows of record_versions be deleted. A purge that fails rolls the flag back with the rest.
ALTER TABLE vault_state ADD COLUMN purging INTEGER NOT NULL DEFAULT 0 CHECK (purging IN (0, 1));

DROP TRIGGER record_versions_no_delete;
CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
WHEN (SELECT purging FROM vault_state WHERE id = 1) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
