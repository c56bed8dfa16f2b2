-- 0021: home visits (上门服务, migration 0014) travel to the central store and back to every
-- window of the same center, like cases (the central migration 0006 lists the table there too);
-- and reference documents of the store this workstation cannot use are skipped, not blocking.

-- Both ways, keyed by the visit's UUID; after case_file (a visited appointment names its case).
-- The rows booked before this migration are queued once when the triggers are installed.
INSERT INTO sync_table (name, key_columns, scope, direction, apply_order) VALUES
    ('home_visit', '["id"]', 'center', 'both', 60);

-- A reference document (sync_reference) refused here: the version refused and why, in plain
-- words naming the document. Written in the pull's transaction instead of applying it; the other
-- documents are applied. Removed when a later version of the same document is applied.
CREATE TABLE reference_refused (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    reason     TEXT NOT NULL CHECK (length(reason) > 0),
    refused_at TEXT NOT NULL CHECK (length(refused_at) >= 19),
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
