-- 006: who sees which case. Teams of each organisation, each user's team, and each case's
-- organisation and the organisation it is shared with (if any).
CREATE TABLE teams (
    name         TEXT PRIMARY KEY,
    organisation TEXT NOT NULL CHECK (organisation IN ('uppsalahem', 'nexus')),
    created_at   TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO teams (name, organisation, created_at) VALUES
    ('Uppsalahem', 'uppsalahem', strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    ('Nexus', 'nexus', strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));

-- NULL: no team (a granskare, or an administrator who handles no cases).
ALTER TABLE users ADD COLUMN team TEXT REFERENCES teams (name);
CREATE INDEX users_team ON users (team, name);

-- Before teams, every administrator handled cases too: they keep doing so, in Uppsalahem's team.
UPDATE users SET team = 'Uppsalahem' WHERE role IN ('handler', 'admin');
UPDATE users SET team = 'Nexus' WHERE role = 'social_worker';

ALTER TABLE cases ADD COLUMN organisation TEXT NOT NULL DEFAULT 'uppsalahem'
    CHECK (organisation IN ('uppsalahem', 'nexus'));
ALTER TABLE cases ADD COLUMN shared_with TEXT
    CHECK (shared_with IS NULL OR (shared_with IN ('uppsalahem', 'nexus')
                                   AND shared_with <> organisation));

-- A case handled by Nexus social workers alone is Nexus's.
UPDATE cases SET organisation = 'nexus'
WHERE EXISTS (SELECT 1 FROM case_handlers h WHERE h.case_id = cases.id)
  AND NOT EXISTS (
    SELECT 1 FROM case_handlers h LEFT JOIN users u ON u.name = h.user_name
    WHERE h.case_id = cases.id AND coalesce(u.role, '') <> 'social_worker');

-- A case with handlers from both organisations was in effect shared.
UPDATE cases SET shared_with = CASE organisation WHEN 'uppsalahem' THEN 'nexus' ELSE 'uppsalahem' END
WHERE EXISTS (
    SELECT 1 FROM case_handlers h JOIN users u ON u.name = h.user_name
    JOIN teams t ON t.name = u.team
    WHERE h.case_id = cases.id AND t.organisation <> cases.organisation);

-- Whether a flat or a lease may be seen depends on the cases it belongs to.
CREATE INDEX case_apartments_apartment ON case_apartments (apartment_id, case_id);
CREATE INDEX case_leases_lease ON case_leases (lease_id, case_id);
