"""What the forms need beyond the case itself: option fields, their validation, missing data."""
