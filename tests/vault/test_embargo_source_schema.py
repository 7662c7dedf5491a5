"""Migration old_flat_embargo_source: a flat's showing embargo stored before it counts as set by
hand (whether it was typed or computed is not known), so that no embargo ends earlier than it
did; a flat without one gets no row."""

from __future__ import annotations

from pathlib import Path

from skyddsapp.vault import database
from skyddsapp.vault.migrations import bundled_migrations, migrate, schema_version

NOW = "2026-03-02T09:00:00+00:00"


def test_embargoes_from_before_count_as_set_by_hand(tmp_path: Path) -> None:
    migrations = bundled_migrations()
    [at] = [i for i, m in enumerate(migrations) if m.name.endswith("_old_flat_embargo_source")]
    key = bytearray(range(32))
    conn = database.connect(tmp_path / "before.db", key, create=True)
    try:
        migrate(conn, data_key=key, backup_dir=tmp_path / "b", migrations=migrations[:at])
        for flat_id, embargo in ((1, "2026-09-01"), (2, None)):
            conn.execute(
                "INSERT INTO apartments (id, object_number, street, postal_code, city, rooms, "
                "area_m2, monthly_rent_sek, landlord, embargo_until, updated_at) "
                "VALUES (?, ?, 'Gatan 1', '75320', 'Uppsala', 2, '50', 7000, 'Uppsalahem AB', "
                "?, ?)",
                (flat_id, f"1-{flat_id}", embargo, NOW),
            )
        conn.commit()
        migrate(conn, data_key=key, backup_dir=tmp_path / "b")
        assert schema_version(conn) == migrations[-1].number
        rows = conn.execute("SELECT * FROM apartment_embargo_by_hand ORDER BY apartment_id")
        assert rows.fetchall() == [(1, "2026-09-01", NOW)]
    finally:
        conn.close()
