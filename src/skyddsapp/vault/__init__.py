"""The encrypted store: SQLCipher connection, key slots, migrations, audit log, repositories."""
