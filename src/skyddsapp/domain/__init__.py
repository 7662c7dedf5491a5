"""The rules of the trade: entities, value objects, rules and workflows. Pure Python, no I/O."""
