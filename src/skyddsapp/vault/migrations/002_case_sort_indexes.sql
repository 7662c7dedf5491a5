-- 002: indexes that serve the case list sorted by kind or state (benchmarks/README.md, E2:
-- 86 ms → 1.4 ms for a page at offset 5000 of 100,000 cases).

CREATE INDEX cases_kind_sort ON cases (kind, id DESC);
CREATE INDEX cases_state_sort ON cases (state, id DESC);
