-- 017: retention (gallring) rules and the purge's allowance to delete record history (issue 12 part 2)
-- (placeholder: filled in by the part that owns it)
SELECT 1;
