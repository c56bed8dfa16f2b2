-- 0018: full resync (issue 6). resync = 1 while this workstation reloads its center's rows from
-- the central store (after a failed count check, or when its cursor is older than the store's
-- purged tombstones); the keys the store sent meanwhile are kept in sync_seen, and when the last
-- page is in, the rows of the center the store no longer has (and no pending change of ours
-- holds) are removed here. Both survive a crash, so an interrupted resync carries on.
ALTER TABLE sync_state ADD COLUMN resync INTEGER NOT NULL DEFAULT 0 CHECK (resync IN (0, 1));
CREATE TABLE sync_seen (
    table_name TEXT NOT NULL,
    k1,
    k2,
    k3
);
CREATE INDEX sync_seen_by_key ON sync_seen (table_name, k1, k2, k3);
