"""The key registry on a case: key sets, losses, lock changes and fullmakter."""
