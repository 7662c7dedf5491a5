-- 019: backups made of this vault, for the status bar's age warning and the restore preview (issue 12 part 1)
-- (placeholder: filled in by the part that owns it)
SELECT 1;
