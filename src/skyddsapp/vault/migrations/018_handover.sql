-- 018: sealed hand-overs between vaults: packages sent and received, for replay refusal and updates (issue 12 part 3)
-- (placeholder: filled in by the part that owns it)
SELECT 1;
