-- 008: the key registry. Each flat's key set (one row per sort of key, tag or card), every
-- issue, return and loss with the keys it moved, the lock changes a loss or a perpetrator who may
-- hold keys makes necessary, and the powers of attorney (fullmakter) agents act under.
CREATE TABLE key_items (
    id           INTEGER PRIMARY KEY,
    apartment_id INTEGER NOT NULL REFERENCES apartments (id),
    kind         TEXT NOT NULL CHECK (kind IN ('key', 'tag', 'card')),
    marking      TEXT NOT NULL,
    system       TEXT NOT NULL,
    series       TEXT NOT NULL,
    count        INTEGER NOT NULL CHECK (count BETWEEN 1 AND 20),
    retired_on   TEXT,  -- the lock was changed: these keys open nothing any more
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX key_items_apartment ON key_items (apartment_id, retired_on, id);

CREATE TABLE powers_of_attorney (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    principal_id INTEGER NOT NULL REFERENCES persons (id),
    agent_id     INTEGER NOT NULL REFERENCES persons (id),
    scopes       TEXT NOT NULL,  -- AttorneyScope values, comma-separated
    valid_from   TEXT NOT NULL,
    valid_until  TEXT NOT NULL,
    document_id  INTEGER REFERENCES documents (id),  -- NULL: received on paper
    revoked_on   TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    CHECK (valid_until >= valid_from)
);
CREATE INDEX powers_of_attorney_case ON powers_of_attorney (case_id, id);

CREATE TABLE key_events (
    id                   INTEGER PRIMARY KEY,
    apartment_id         INTEGER NOT NULL REFERENCES apartments (id),
    case_id              INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('issue', 'return', 'loss')),
    on_date              TEXT NOT NULL,
    person_id            INTEGER REFERENCES persons (id),  -- who signed: the holder or an agent
    holder_id            INTEGER REFERENCES persons (id),  -- whom the keys are accounted to
    by_agent             INTEGER NOT NULL DEFAULT 0,
    power_of_attorney_id INTEGER REFERENCES powers_of_attorney (id),
    id_kind              TEXT,  -- the kind of identity document checked, never its number
    note                 TEXT NOT NULL DEFAULT '',
    document_id          INTEGER REFERENCES documents (id),
    recorded_by          TEXT NOT NULL,
    recorded_at          TEXT NOT NULL
);
CREATE INDEX key_events_apartment ON key_events (apartment_id, id);

CREATE TABLE key_event_items (
    event_id INTEGER NOT NULL REFERENCES key_events (id) ON DELETE CASCADE,
    item_id  INTEGER NOT NULL REFERENCES key_items (id),
    count    INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (event_id, item_id)
) WITHOUT ROWID;

CREATE TABLE lock_changes (
    id                INTEGER PRIMARY KEY,
    apartment_id      INTEGER NOT NULL REFERENCES apartments (id),
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    reason            TEXT NOT NULL CHECK (reason IN ('missing_key', 'unauthorised_keys', 'other')),
    detail            TEXT NOT NULL DEFAULT '',
    required_on       TEXT NOT NULL,
    ordered_on        TEXT,
    order_document_id INTEGER REFERENCES documents (id),
    done_on           TEXT,
    new_series        TEXT NOT NULL DEFAULT '',
    recorded_by       TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX lock_changes_apartment ON lock_changes (apartment_id, done_on);
