-- The vault's own bookkeeping, for noticing damage and rollback (vault/head.py):
-- generation       one more per committed transaction; vault.head records the last one
--                  acknowledged, so an older database (copied back, or a WAL cut short) is named
-- integrity_key    the HMAC key of vault.head, the witness and the key-slot file: only one who
--                  can open the database (now, or before a rekey) can read it and so make
--                  either. It is kept across a rekey, so that a witness made before a rekey
--                  still names a vault folder put back from before it.
-- keyslots_serial  bumped with every save of the key-slot file, so an older key file is named
CREATE TABLE vault_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    generation      INTEGER NOT NULL CHECK (generation >= 0),
    integrity_key   BLOB NOT NULL CHECK (length(integrity_key) = 32),
    keyslots_serial INTEGER NOT NULL CHECK (keyslots_serial >= 0)
);

INSERT INTO vault_state (id, generation, integrity_key, keyslots_serial)
VALUES (1, 0, randomblob(32), 0);

CREATE TRIGGER vault_state_no_delete BEFORE DELETE ON vault_state
BEGIN SELECT RAISE(ABORT, 'vault_state keeps its one row'); END;
