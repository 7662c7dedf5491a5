"""Is there a vault in this folder, and is it private? Asked before unlock, so it imports no
database code."""

from __future__ import annotations

from skyddsapp.vault.errors import VaultNotPrivate
from skyddsapp.vault.layout import vault_exists
from skyddsapp.vault.permissions import check_private

__all__ = ["VaultNotPrivate", "check_private", "vault_exists"]
