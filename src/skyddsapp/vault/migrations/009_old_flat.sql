-- 009: the old flat (den gamla lägenheten) a client leaves in customer care: what became of it.
-- One row per case and flat. The vacancy days and the lost rent are computed, not stored.
CREATE TABLE old_flat_outcomes (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    apartment_id      INTEGER NOT NULL REFERENCES apartments (id),
    outcome           TEXT NOT NULL CHECK (outcome IN ('relet', 'social_contract', 'vacant')),
    safety_assessment TEXT NOT NULL DEFAULT '',
    -- The handler's answer whether the flat has had no disturbances: 1 yes, 0 no, NULL not given.
    no_disturbances   INTEGER CHECK (no_disturbances IS NULL OR no_disturbances IN (0, 1)),
    vacant_from       TEXT NOT NULL,
    -- Re-let, or the municipality's social contract starts; NULL while the flat stands empty.
    occupied_from     TEXT CHECK (occupied_from IS NULL OR occupied_from >= vacant_from),
    recorded_by       TEXT NOT NULL,
    recorded_at       TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (case_id, apartment_id)
);
-- The yearly follow-up reads the outcomes by the year their vacancy began.
CREATE INDEX old_flat_outcomes_vacant_from ON old_flat_outcomes (vacant_from);
