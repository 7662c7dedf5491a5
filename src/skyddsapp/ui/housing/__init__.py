"""The housing chain on a case: flats and leases, the old flat, trial period, tenant approval,
placements, Länskompotten, Bostad först and agreements."""
