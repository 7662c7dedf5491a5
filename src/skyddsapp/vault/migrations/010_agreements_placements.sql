-- 010: standing agreements (avtal), placements in sheltered housing under a framework
-- agreement, and Länskompotten referrals to another municipality in the county (issue 10).
-- A placement's outcome and the children who follow stay the case's (cases.outcome,
-- cases.children_count).
CREATE TABLE agreements (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    counterpart    TEXT NOT NULL,
    title          TEXT NOT NULL,
    valid_from     TEXT NOT NULL,
    valid_until    TEXT,  -- NULL: tills vidare
    flats_per_year INTEGER CHECK (flats_per_year IS NULL OR flats_per_year BETWEEN 0 AND 20),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX agreements_kind ON agreements (kind, valid_from);

CREATE TABLE placements (
    id                        INTEGER PRIMARY KEY,
    case_id                   INTEGER NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    agreement_id              INTEGER NOT NULL REFERENCES agreements (id),
    provider                  TEXT NOT NULL,
    provider_can_supply_lease INTEGER NOT NULL CHECK (provider_can_supply_lease IN (0, 1)),
    start_date                TEXT NOT NULL,
    planned_end               TEXT NOT NULL,
    actual_end                TEXT,  -- NULL while the placement runs
    flat_offered_before_end   INTEGER CHECK (flat_offered_before_end IN (0, 1)),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    CHECK (planned_end >= start_date),
    CHECK (actual_end IS NULL OR actual_end >= start_date)
);
CREATE INDEX placements_agreement ON placements (agreement_id);
-- Att göra reads the running placements by their planned end.
CREATE INDEX placements_running ON placements (planned_end) WHERE actual_end IS NULL;

CREATE TABLE county_referrals (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    referred_on  TEXT NOT NULL,
    municipality TEXT NOT NULL,
    result       TEXT,  -- NULL while the municipality has not answered
    result_on    TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((result IS NULL) = (result_on IS NULL)),
    CHECK (result_on IS NULL OR result_on >= referred_on)
);
CREATE INDEX county_referrals_case ON county_referrals (case_id, referred_on);
CREATE INDEX county_referrals_referred ON county_referrals (referred_on);
