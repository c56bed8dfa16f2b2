-- 0005: cases (办件) and the applicants' archive (一人一档 / 一企一档). A case's status is what its
-- append-only event log says; case_file.status is a copy of it, written in the same transaction
-- as each event, so that lists need not replay every log.

-- One row per person (resident ID) or enterprise (unified social credit code): the archive key.
-- Its details are the latest taken at a counter.
CREATE TABLE applicant (
    identifier             TEXT PRIMARY KEY NOT NULL,
    kind                   TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone                  TEXT NOT NULL DEFAULT '',
    address                TEXT NOT NULL DEFAULT '',
    birth_date             TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date),
    disabled               INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    disability_certificate TEXT NOT NULL DEFAULT '',
    legal_representative   TEXT NOT NULL DEFAULT '',
    contact_name           TEXT NOT NULL DEFAULT '',
    updated_at             TEXT NOT NULL,
    CHECK ((kind = 'person' AND length(identifier) IN (15, 18)) OR
           (kind = 'enterprise' AND length(identifier) = 18)),
    CHECK (identifier = upper(trim(identifier)))
) WITHOUT ROWID;

-- 办件: one application taken at a window. The number is centre-window-date-sequence, the
-- sequence running per window and day.
CREATE TABLE case_file (
    id                   TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    number               TEXT NOT NULL UNIQUE,
    center_code          TEXT NOT NULL CHECK (length(center_code) BETWEEN 2 AND 16),
    window_no            INTEGER NOT NULL CHECK (window_no BETWEEN 1 AND 999),
    received_on          TEXT NOT NULL CHECK (date(received_on) IS received_on),
    sequence             INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
    clerk                TEXT NOT NULL CHECK (length(clerk) > 0),
    received_at          TEXT NOT NULL CHECK (length(received_at) >= 19),
    applicant_identifier TEXT NOT NULL REFERENCES applicant (identifier),
    -- 代办人: all four set (possibly empty text) or none.
    agent_name           TEXT,
    agent_id_number      TEXT,
    agent_phone          TEXT,
    agent_authorization  TEXT,
    scene_code           TEXT NOT NULL DEFAULT '',
    guide_versions       TEXT NOT NULL DEFAULT '',
    accepted_on          TEXT CHECK (accepted_on IS NULL OR date(accepted_on) IS accepted_on),
    due_date             TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    due_provisional      INTEGER NOT NULL DEFAULT 0 CHECK (due_provisional IN (0, 1)),
    calendar_version     TEXT NOT NULL DEFAULT '',
    decision_note        TEXT NOT NULL DEFAULT '',
    green_channel        INTEGER NOT NULL DEFAULT 0 CHECK (green_channel IN (0, 1)),
    status               TEXT NOT NULL CHECK (status IN ('received', 'accepted',
                             'supplement_requested', 'refused', 'under_review', 'concluded',
                             'delivered', 'archived', 'withdrawn')),
    UNIQUE (center_code, window_no, received_on, sequence),
    -- The number says where and when: centre-window(2 digits at least)-date-sequence(4 at least).
    CHECK (number = center_code || '-' ||
                    substr('0' || window_no, -max(2, length(window_no))) || '-' ||
                    replace(received_on, '-', '') || '-' ||
                    substr('000' || sequence, -max(4, length(sequence)))),
    CHECK ((agent_name IS NULL AND agent_id_number IS NULL AND agent_phone IS NULL AND
            agent_authorization IS NULL) OR
           (agent_name IS NOT NULL AND agent_id_number IS NOT NULL AND agent_phone IS NOT NULL AND
            agent_authorization IS NOT NULL)),
    CHECK (due_date IS NULL OR accepted_on IS NULL OR due_date >= accepted_on)
) WITHOUT ROWID;
-- The day list (a centre's or a window's cases of one day, in number order) and the archive
-- (every case of one applicant, newest first).
CREATE INDEX case_file_by_day ON case_file (received_on, center_code, window_no, sequence);
CREATE INDEX case_file_by_applicant ON case_file (applicant_identifier, received_at);

-- The items (事项 or sub-items) the case was taken in for, in the order taken.
CREATE TABLE case_item (
    case_id   TEXT NOT NULL REFERENCES case_file (id),
    position  INTEGER NOT NULL CHECK (position >= 1),
    item_code TEXT NOT NULL CHECK (length(item_code) > 0),
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, item_code)
) WITHOUT ROWID;

-- The merged checklist of materials and what happened to each at the counter.
CREATE TABLE case_material (
    case_id    TEXT NOT NULL REFERENCES case_file (id),
    position   INTEGER NOT NULL CHECK (position >= 1),
    key        TEXT NOT NULL CHECK (length(key) > 0),
    name       TEXT NOT NULL CHECK (length(name) > 0),
    form       TEXT NOT NULL CHECK (form IN ('原件', '复印件', '电子')),
    copies     INTEGER NOT NULL CHECK (copies BETWEEN 0 AND 99),
    required   INTEGER NOT NULL CHECK (required IN (0, 1)),
    conditions TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(conditions) AND json_type(conditions) = 'array'),
    item_codes TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(item_codes) AND json_type(item_codes) = 'array'),
    state      TEXT NOT NULL CHECK (state IN ('missing', 'received', 'waived')),
    pages      INTEGER NOT NULL DEFAULT 0 CHECK (pages >= 0),
    scans      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scans) AND json_type(scans) = 'array'),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

-- The case's life, one row per event, in order; never changed or removed.
CREATE TABLE case_event (
    case_id   TEXT NOT NULL REFERENCES case_file (id),
    position  INTEGER NOT NULL CHECK (position >= 1),
    status    TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'supplement_requested',
                  'refused', 'under_review', 'concluded', 'delivered', 'archived', 'withdrawn')),
    at        TEXT NOT NULL CHECK (length(at) >= 19),
    user_name TEXT NOT NULL CHECK (length(user_name) > 0),
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position),
    CHECK (position > 1 OR status = 'received')
) WITHOUT ROWID;

CREATE TRIGGER case_event_is_append_only_update BEFORE UPDATE ON case_event
BEGIN
    SELECT RAISE(ABORT, 'the case event log is append-only');
END;
CREATE TRIGGER case_event_is_append_only_delete BEFORE DELETE ON case_event
BEGIN
    SELECT RAISE(ABORT, 'the case event log is append-only');
END;
