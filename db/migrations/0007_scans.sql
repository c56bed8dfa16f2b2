-- 0007: reserved for scans attached to case materials; filled by the change that needs it.
SELECT 1;
