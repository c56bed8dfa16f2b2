-- 0015: scans and signatures travel up to the central store (issue 6), their encrypted files
-- first (FileTransfer, central 0004); and reference data published there is applied here
-- (ReferenceApply): which version of each document is in use.

-- Up only: the files are encrypted with this workstation's key, which never leaves it, so
-- another window could not open them (see the central migration 0004).
INSERT INTO sync_table (name, key_columns, scope, direction, apply_order) VALUES
    ('case_scan', '["case_id","material_key","position"]', 'center', 'up', 35),
    ('case_signature', '["case_id","signer"]', 'center', 'up', 35);

-- The version of each reference document (sync_reference) that was applied to the working
-- tables, written in the transaction that applied it (with the pulled rows and the cursor).
CREATE TABLE reference_applied (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    applied_at TEXT NOT NULL CHECK (length(applied_at) >= 19),
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
