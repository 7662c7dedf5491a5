"""Use cases: one function per thing a user does; owns transactions, rights and audit."""
