"""Is there a vault in this folder? Asked before unlock, so it imports no database code."""

from __future__ import annotations

from skyddsapp.vault.layout import vault_exists

__all__ = ["vault_exists"]
