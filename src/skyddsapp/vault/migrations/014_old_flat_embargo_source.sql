-- 014: where a flat's showing embargo comes from. apartments.embargo_until stays the date in
-- force (Att göra, the case view and the checks read it). On a client's old flat under notice
-- it is the later of the date computed from the notice (the day after the notice period,
-- domain.old_flat.computed_embargo) and a date the handler set by hand. The date set by hand is
-- kept here as well, so that when a corrected notice moves the computed date earlier, the
-- embargo follows it down to the handler's date and no further (domain.old_flat.
-- embargo_in_force). No row: the handler set no date, and the embargo is the computed one (or
-- none at all).
CREATE TABLE apartment_embargo_by_hand (
    apartment_id INTEGER PRIMARY KEY REFERENCES apartments (id) ON DELETE CASCADE,
    until        TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- An embargo stored before this migration may have been typed or computed; which is not known.
-- Each counts as set by hand, so that none ends earlier than it did (the rule until now).
INSERT INTO apartment_embargo_by_hand (apartment_id, until, updated_at)
SELECT id, embargo_until, updated_at FROM apartments WHERE embargo_until IS NOT NULL;
