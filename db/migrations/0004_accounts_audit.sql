-- 0004: the hall and this workstation, user accounts, and the append-only audit log.
CREATE TABLE center (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 2 AND 16),
    name TEXT NOT NULL CHECK (length(name) > 0)
) WITHOUT ROWID;

-- Exactly one row: which hall and window this database belongs to.
CREATE TABLE workstation (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    center_code       TEXT NOT NULL REFERENCES center (code),
    window_no         INTEGER NOT NULL CHECK (window_no BETWEEN 1 AND 999),
    idle_lock_minutes INTEGER NOT NULL DEFAULT 5 CHECK (idle_lock_minutes BETWEEN 1 AND 120)
);

CREATE TABLE user_account (
    name            TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 2 AND 32),
    center_code     TEXT NOT NULL REFERENCES center (code),
    display_name    TEXT NOT NULL CHECK (length(display_name) > 0),
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'assisted', 'supervisor', 'admin')),
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    demo            INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    settings        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
) WITHOUT ROWID;

-- Who did what, when, at which window. Each row carries the SHA-256 of its content and of the
-- row before it, so a changed or removed row breaks the chain; the triggers refuse changes.
CREATE TABLE audit_log (
    sequence      INTEGER PRIMARY KEY CHECK (sequence > 0),
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    center_code   TEXT NOT NULL,
    window        TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    detail        TEXT NOT NULL,
    previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
    hash          TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_user ON audit_log (user_name, at);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
