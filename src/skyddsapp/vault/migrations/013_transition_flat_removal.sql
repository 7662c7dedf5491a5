-- 013: a flat leaves the register of transition and emergency flats without losing its past.
-- The row stays (its stays still point to it, and a flat that comes back is the same flat):
-- removed_on marks the day it left the register; NULL while it is in it.
ALTER TABLE transition_flats ADD COLUMN removed_on TEXT
    CHECK (removed_on IS NULL OR removed_on >= available_from);
