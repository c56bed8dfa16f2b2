-- 0010: sync with the central store (issue 6): this workstation's identity and cursor, the
-- outbox, the tables the protocol carries, conflicts and reference data from the store.

-- Exactly one row. client_id names this database in the central store (audit rows, ops);
-- applying = 1 only inside the transaction that applies pulled rows (the outbox triggers then
-- stay quiet); (cursor_xid, cursor_seq) is how far the central change log has been applied.
CREATE TABLE sync_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    client_id    TEXT NOT NULL CHECK (length(client_id) = 36),
    applying     INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
    cursor_xid   TEXT NOT NULL DEFAULT '0',
    cursor_seq   INTEGER NOT NULL DEFAULT 0,
    central_url  TEXT NOT NULL DEFAULT '',
    last_success TEXT,
    last_error   TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_state (id, client_id) VALUES (1, lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) ||
    '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6))));

-- The tables the protocol carries. A table joins by one row here (in a later migration): the
-- outbox triggers are generated from its columns when the database is opened (SyncOutbox), and
-- its existing rows are queued once. key_columns: its primary key, as a JSON array. scope
-- 'center': the key is the same at every window of the center; 'client': rows of this
-- workstation only (the key is prefixed with client_id). apply_order: parents before children.
CREATE TABLE sync_table (
    name        TEXT PRIMARY KEY NOT NULL,
    key_columns TEXT NOT NULL CHECK (json_valid(key_columns) AND json_type(key_columns) = 'array'),
    scope       TEXT NOT NULL DEFAULT 'center' CHECK (scope IN ('center', 'client')),
    direction   TEXT NOT NULL CHECK (direction IN ('up', 'down', 'both')),
    apply_order INTEGER NOT NULL,
    -- the signature of the installed triggers (column list); '' = not installed yet
    installed   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
INSERT INTO sync_table (name, key_columns, scope, direction, apply_order) VALUES
    ('applicant', '["identifier"]', 'center', 'both', 10),
    ('case_file', '["id"]', 'center', 'both', 20),
    ('case_item', '["case_id","position"]', 'center', 'both', 30),
    ('case_material', '["case_id","position"]', 'center', 'both', 30),
    ('case_event', '["case_id","position"]', 'center', 'both', 30),
    ('audit_log', '["sequence"]', 'client', 'up', 90),
    ('sync_conflict', '["id"]', 'center', 'down', 90),
    ('sync_reference', '["kind","key"]', 'center', 'down', 5);

-- Business writes not yet in the central store, in the order they were made. Written by the
-- triggers in the transaction of the write itself; removed when the store has applied them.
CREATE TABLE sync_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE CHECK (length(op_id) = 36),
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    old_row    TEXT CHECK (old_row IS NULL OR json_valid(old_row)),
    new_row    TEXT CHECK (new_row IS NULL OR json_valid(new_row)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (old_row IS NOT NULL OR new_row IS NOT NULL)
);
-- A pulled row with a change still waiting here is not overwritten (the push decides).
CREATE INDEX sync_outbox_by_row ON sync_outbox (table_name, row_key);

-- Overlapping edits the central store decided: kept (the store's values) and lost (the values
-- that arrived later), for supervisors to see.
CREATE TABLE sync_conflict (
    id          TEXT PRIMARY KEY NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    kept        TEXT NOT NULL,
    lost        TEXT NOT NULL,
    lost_client TEXT NOT NULL,
    op_id       TEXT NOT NULL,
    at          TEXT NOT NULL
) WITHOUT ROWID;

-- Reference data published in the central store (catalog, guides, materials, calendar).
CREATE TABLE sync_reference (
    kind    TEXT NOT NULL,
    key     TEXT NOT NULL,
    version INTEGER NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- The event log stays append-only for everyone but the sync that applies the central store's
-- order of events (an event taken at another window may take a position first).
DROP TRIGGER case_event_is_append_only_update;
DROP TRIGGER case_event_is_append_only_delete;
CREATE TRIGGER case_event_is_append_only_update BEFORE UPDATE ON case_event
WHEN (SELECT applying FROM sync_state WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'the case event log is append-only');
END;
CREATE TRIGGER case_event_is_append_only_delete BEFORE DELETE ON case_event
WHEN (SELECT applying FROM sync_state WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'the case event log is append-only');
END;
