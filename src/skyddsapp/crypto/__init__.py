"""Thin layer over `cryptography`: Argon2id, AEAD key wrapping, X25519 boxes, recovery keys."""
