-- 0006: 好差评 (service ratings) and the rectification (整改) of bad ones; the mark of generated
-- (demo) cases; the indexes the daily dashboard reads by.

-- One rating per case, given by the applicant: on the customer-facing window after the decision,
-- later by scanning the receipt's QR code, or by phone.
CREATE TABLE evaluation (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES case_file (id),
    score   INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    channel TEXT NOT NULL CHECK (channel IN ('window', 'qr', 'phone')),
    at      TEXT NOT NULL CHECK (length(at) >= 19),
    comment TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX evaluation_by_time ON evaluation (at);

-- 整改: opened by a rating of 1 or 2, due a number of working days later; the supervisor calls
-- the applicant back (call-back record) and closes it with a note.
CREATE TABLE rectification (
    case_id         TEXT PRIMARY KEY NOT NULL REFERENCES evaluation (case_id),
    opened_on       TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
    working_days    INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 60),
    due_date        TEXT NOT NULL CHECK (date(due_date) IS due_date AND due_date >= opened_on),
    due_provisional INTEGER NOT NULL DEFAULT 0 CHECK (due_provisional IN (0, 1)),
    callback_record TEXT NOT NULL DEFAULT '',
    closing_note    TEXT NOT NULL DEFAULT '',
    closed_at       TEXT CHECK (closed_at IS NULL OR length(closed_at) >= 19),
    closed_by       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    CHECK ((status = 'open' AND closed_at IS NULL) OR
           (status = 'closed' AND closed_at IS NOT NULL AND length(trim(closing_note)) > 0))
) WITHOUT ROWID;
CREATE INDEX rectification_by_status ON rectification (status, due_date);

-- Cases made by `owctl demo generate` carry generated = 1, so that a real hall's cases are never
-- mixed with invented ones by accident (the generator refuses a database holding real cases).
ALTER TABLE case_file ADD COLUMN generated INTEGER NOT NULL DEFAULT 0 CHECK (generated IN (0, 1));

-- The dashboard's filters: a day or range, a status, deadlines. case_file_by_day_status covers
-- the counts of a range (how many, how many open and overdue) without reading the cases.
CREATE INDEX case_file_by_day_status ON case_file (received_on, center_code, status, due_date);
CREATE INDEX case_file_by_status ON case_file (status, due_date);
CREATE INDEX case_file_by_due_date ON case_file (due_date);
CREATE INDEX case_file_by_generated ON case_file (generated);
