-- 018: sealed hand-overs between vaults (issue 12 part 3): every package this vault sealed or
-- imported, by its random id. A received id refuses a replay of the same file; a sent id lets
-- an answer (reply_to) find the case it updates. No names: the case and peer by id only. The
-- case id is cleared when retention purges the case; the package id stays, so a replay of an
-- old package is still refused.

CREATE TABLE handover_packages (
    id INTEGER PRIMARY KEY,
    package_id BLOB NOT NULL UNIQUE CHECK (length(package_id) = 16),
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    peer_id INTEGER NOT NULL REFERENCES peer_vaults (id),
    case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    reply_to BLOB CHECK (reply_to IS NULL OR length(reply_to) = 16),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE INDEX handover_packages_case ON handover_packages (case_id);

-- Which person of this vault each person of a received package became, by the sender's id for
-- the person: when this vault answers, it tells the sender which of its own persons is which.
CREATE TABLE handover_persons (
    package_id BLOB NOT NULL REFERENCES handover_packages (package_id),
    their_person_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, their_person_id)
);

CREATE INDEX handover_persons_person ON handover_persons (person_id);
