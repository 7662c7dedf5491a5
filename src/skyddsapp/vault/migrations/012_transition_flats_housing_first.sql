-- 012: the register of transition and emergency flats (Nexus' utslussnings- and jourlägenheter,
-- Kvinnobyrån's flats, Kvinnojouren's lets) and who lives in them; Bostad först's exchanges
-- of cases with other municipalities and the note that a client must live outside Uppsala.

-- A flat of the register is an apartment already in the vault, marked with its kind.
CREATE TABLE transition_flats (
    apartment_id   INTEGER PRIMARY KEY REFERENCES apartments (id),
    category       TEXT NOT NULL
                   CHECK (category IN ('transition', 'emergency', 'kvinnobyran', 'kvinnojour')),
    holder         TEXT NOT NULL,            -- the organisation that holds the flat
    available_from TEXT NOT NULL,            -- in the register (and free) from this day
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Who lives in a flat of the register: a case, from the day in until the day out (NULL while
-- they live there). One current stay per flat, and per case.
CREATE TABLE transition_flat_stays (
    id               INTEGER PRIMARY KEY,
    apartment_id     INTEGER NOT NULL REFERENCES transition_flats (apartment_id),
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    moved_in         TEXT NOT NULL,
    planned_move_out TEXT NOT NULL CHECK (planned_move_out >= moved_in),
    next_step        TEXT NOT NULL DEFAULT '',
    moved_out        TEXT CHECK (moved_out IS NULL OR moved_out >= moved_in),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX transition_flat_stays_current_flat
    ON transition_flat_stays (apartment_id) WHERE moved_out IS NULL;
CREATE UNIQUE INDEX transition_flat_stays_current_case
    ON transition_flat_stays (case_id) WHERE moved_out IS NULL;
CREATE INDEX transition_flat_stays_flat ON transition_flat_stays (apartment_id, moved_in);

-- Bostad först: a case exchanged with another municipality that uses Bostad först.
CREATE TABLE housing_first_exchanges (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    municipality TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('to_other', 'from_other')),
    requested_on TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'refused', 'completed')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX housing_first_exchanges_case ON housing_first_exchanges (case_id, id);

-- "Klienten behöver bo utanför Uppsala av säkerhetsskäl", with its reason: shown on the case,
-- never printed. A row while the note stands.
CREATE TABLE housing_first_outside_uppsala (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id),
    reason   TEXT NOT NULL,
    noted_on TEXT NOT NULL,
    noted_by TEXT NOT NULL
);
