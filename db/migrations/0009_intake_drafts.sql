-- 0009: autosaved intake drafts. While a clerk fills in an intake, the form is saved here on
-- every completed field and at most a second after typing, so that a crash or a kill loses at
-- most the field being typed. The payload is the form as JSON (IntakeDraftJson), sealed with the
-- workstation's at-rest key (XChaCha20-Poly1305, bound to the row's id, user and format): it
-- holds personal data. The row is deleted in the transaction that takes the case in, or when the
-- clerk discards the draft.
CREATE TABLE intake_draft (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    center_code TEXT NOT NULL CHECK (length(center_code) BETWEEN 2 AND 16),
    window_no   INTEGER NOT NULL CHECK (window_no BETWEEN 1 AND 999),
    user_name   TEXT NOT NULL CHECK (length(user_name) > 0),
    format      INTEGER NOT NULL CHECK (typeof(format) = 'integer'),
    created_at  TEXT NOT NULL CHECK (length(created_at) >= 19),
    saved_at    TEXT NOT NULL CHECK (length(saved_at) >= 19),
    -- Item codes only (no personal data), for the banner that offers the draft.
    item_codes  TEXT NOT NULL DEFAULT '',
    payload     BLOB NOT NULL CHECK (typeof(payload) = 'blob' AND length(payload) > 0)
) WITHOUT ROWID;
-- The drafts of one user at one window, newest first.
CREATE INDEX intake_draft_by_user ON intake_draft (user_name, center_code, window_no, saved_at);
