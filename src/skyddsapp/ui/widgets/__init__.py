"""Small widgets and helpers every screen uses: plain-text labels, masked fields, field errors,
option inputs, table models."""
