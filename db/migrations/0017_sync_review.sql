-- 0017: a supervisor's review of a sync conflict (issue 6, the conflicts screen). The conflict
-- rows come from the central store (sync_conflict, pulled); whether someone at this hall looked
-- at one, who, when and with what note is kept here, one row per conflict, and the same review
-- goes to the audit log in the same transaction (so the central store learns it through the
-- audit rows it receives). A conflict row deleted by a later pull leaves its review behind.
CREATE TABLE sync_conflict_review (
    conflict_id TEXT PRIMARY KEY NOT NULL,
    reviewed_by TEXT NOT NULL CHECK (length(trim(reviewed_by)) > 0),
    reviewed_at TEXT NOT NULL CHECK (length(reviewed_at) >= 19),
    note        TEXT NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 2000)
) WITHOUT ROWID;
