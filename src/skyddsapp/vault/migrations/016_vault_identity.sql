-- 016: the vault's own identity for sealed hand-overs between vaults (issue 12), and the cards
-- of the peer vaults it trusts. The private keys live only here, inside the encrypted database;
-- the public halves are derived from them when the card is shown.

CREATE TABLE vault_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    seal_private BLOB NOT NULL CHECK (length(seal_private) = 32),
    sign_private BLOB NOT NULL CHECK (length(sign_private) = 32),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE peer_vaults (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    seal_key BLOB NOT NULL UNIQUE CHECK (length(seal_key) = 32),
    verify_key BLOB NOT NULL UNIQUE CHECK (length(verify_key) = 32),
    fingerprint TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
