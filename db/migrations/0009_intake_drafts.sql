-- 0009: reserved for autosaved intake drafts; filled by the change that needs it.
SELECT 1;
