-- 001: the first schema: users, audit log, persons, apartments, leases, cases, search index.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    deactivated_at TEXT
);

-- Append-only, hash-chained. Each epoch's MAC key comes from the data key of that epoch; keys of
-- past epochs (before a rekey) are kept here, inside the encrypted file.
CREATE TABLE audit_epochs (
    epoch      INTEGER PRIMARY KEY,
    mac_key    BLOB NOT NULL,
    started_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '',
    epoch       INTEGER NOT NULL,
    prev_mac    BLOB NOT NULL,
    mac         BLOB NOT NULL
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_epochs_no_update BEFORE UPDATE ON audit_epochs
BEGIN SELECT RAISE(ABORT, 'audit epochs are append-only'); END;
CREATE TRIGGER audit_epochs_no_delete BEFORE DELETE ON audit_epochs
BEGIN SELECT RAISE(ABORT, 'audit epochs are append-only'); END;

CREATE TABLE persons (
    id                    INTEGER PRIMARY KEY,
    first_name            TEXT NOT NULL,
    last_name             TEXT NOT NULL,
    first_key             TEXT NOT NULL,  -- casefolded, for prefix search
    last_key              TEXT NOT NULL,
    personal_number       TEXT,           -- 12 digits
    protection            TEXT NOT NULL,
    real_street           TEXT,
    real_postal_code      TEXT,
    real_city             TEXT,
    real_care_of          TEXT,
    delivery_street       TEXT,
    delivery_postal_code  TEXT,
    delivery_city         TEXT,
    delivery_care_of      TEXT,
    uses_forwarding       INTEGER NOT NULL DEFAULT 0,
    phone                 TEXT,
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX persons_last_key ON persons (last_key);
CREATE INDEX persons_first_key ON persons (first_key);
CREATE INDEX persons_personal_number ON persons (personal_number);

CREATE TABLE person_children (
    person_id  INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    first_name TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    PRIMARY KEY (person_id, position)
) WITHOUT ROWID;

CREATE TABLE apartments (
    id               INTEGER PRIMARY KEY,
    object_number    TEXT NOT NULL UNIQUE,
    street           TEXT NOT NULL,
    postal_code      TEXT NOT NULL,
    city             TEXT NOT NULL,
    care_of          TEXT,
    rooms            INTEGER NOT NULL,
    area_m2          TEXT NOT NULL,
    monthly_rent_sek INTEGER NOT NULL,
    landlord         TEXT NOT NULL,
    key_system       TEXT NOT NULL DEFAULT '',
    key_series       TEXT NOT NULL DEFAULT '',
    embargo_until    TEXT,
    updated_at       TEXT NOT NULL
);

CREATE TABLE leases (
    id              INTEGER PRIMARY KEY,
    contract_number TEXT NOT NULL UNIQUE,
    apartment_id    INTEGER NOT NULL REFERENCES apartments (id),
    kind            TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    notice_date     TEXT,
    status          TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX leases_apartment ON leases (apartment_id);
CREATE INDEX leases_kind_start ON leases (kind, start_date);

CREATE TABLE lease_tenants (
    lease_id  INTEGER NOT NULL REFERENCES leases (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (lease_id, person_id)
) WITHOUT ROWID;
CREATE INDEX lease_tenants_person ON lease_tenants (person_id);

CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL,
    state          TEXT NOT NULL,
    opened_on      TEXT NOT NULL,
    outcome        TEXT,
    children_count INTEGER NOT NULL DEFAULT 0,
    notes          TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL
);
CREATE INDEX cases_opened ON cases (opened_on, id);
CREATE INDEX cases_kind_state ON cases (kind, state);
CREATE INDEX cases_updated ON cases (updated_at, id);

CREATE TABLE case_handlers (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_name TEXT NOT NULL,
    PRIMARY KEY (case_id, user_name)
) WITHOUT ROWID;
CREATE INDEX case_handlers_user ON case_handlers (user_name, case_id);

CREATE TABLE case_parties (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    role      TEXT NOT NULL,
    lives_in_flat INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX case_parties_person ON case_parties (person_id, case_id);

CREATE TABLE case_apartments (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    apartment_id INTEGER NOT NULL REFERENCES apartments (id),
    PRIMARY KEY (case_id, apartment_id)
) WITHOUT ROWID;

CREATE TABLE case_leases (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    lease_id INTEGER NOT NULL REFERENCES leases (id),
    PRIMARY KEY (case_id, lease_id)
) WITHOUT ROWID;

CREATE TABLE case_events (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    kind    TEXT NOT NULL,
    text    TEXT NOT NULL,
    by_user TEXT NOT NULL,
    action  TEXT
);
CREATE INDEX case_events_case ON case_events (case_id, id);

CREATE TABLE case_decisions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    granted     INTEGER,
    valid_until TEXT
);
CREATE INDEX case_decisions_case ON case_decisions (case_id, id);

CREATE TABLE risk_assessments (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date          TEXT NOT NULL,
    assessor         TEXT NOT NULL,
    level            TEXT NOT NULL,
    seeks_out_victim INTEGER NOT NULL,
    next_review      TEXT NOT NULL
);
CREATE INDEX risk_assessments_case ON risk_assessments (case_id, id);

-- One search document per case: reference, party names, printable addresses, notes. Real
-- addresses of persons whose registration is protected are never indexed.
CREATE VIRTUAL TABLE case_search USING fts5 (
    body,
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '2 3'
);
