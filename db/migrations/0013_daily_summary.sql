-- 0013: the supervisor dashboard's per-day summary. Every figure of a day range (cases by hour,
-- by catalog item set, counter decisions, handling time, ratings, assisted service) is a sum over
-- daily_summary instead of a pass over the cases; the plan's ledger reads ledger_summary. Both are
-- kept by the triggers below in the same transaction as every write to the tables they summarise
-- (intake, decisions, ratings, imports, sync pulls): before a write the case's old contribution is
-- subtracted, after it the new one is added. A bulk writer (the demo generator) may pause them
-- inside its transaction and rebuild before it commits (DailySummary::pause / rebuild).

-- One row per centre, scope, day, kind and key. Each contribution is counted four times: for its
-- window and clerk, for its window (clerk ''), for its clerk (window 0) and for the hall (window 0,
-- clerk ''), so that every scope of the dashboard reads one contiguous range of the key.
--   hour      key: the UTC hour of receipt, 'YYYY-MM-DDTHH'          (one per case)
--   items     key: the case's distinct catalog items (a sub-item counts for its item), sorted,
--                  space-separated; scenes and stages are looked up when the figures are read, so
--                  a catalog change needs no rebuild                 (one per case with items)
--   decision  key: accepted, supplement_requested, refused, undecided (one per case)
--   handling  key: receipt to counter decision in seconds, floored to the minute below one hour and
--                  to the hour above                                 (one per decided case)
--   rating    key: '1' … '5'                                         (one per rated case)
--   assisted  key: any, elderly, disabled, agent                     (per reason the case has)
CREATE TABLE daily_summary (
    center_code TEXT NOT NULL,
    window_no   INTEGER NOT NULL, -- 0: every window
    clerk       TEXT NOT NULL,    -- '': every clerk
    kind        TEXT NOT NULL,
    day         TEXT NOT NULL,    -- received_on
    key         TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (center_code, window_no, clerk, kind, day, key)
) WITHOUT ROWID;

-- The plan's work ledger: per item and window, cases accepted on a day (accepted_on) in one mode:
-- minimal (accepted the day it was received), integrated (a scene or two or more items), accepted
-- (any acceptance; the second window's first day makes 全域办).
CREATE TABLE ledger_summary (
    center_code TEXT NOT NULL,
    mode        TEXT NOT NULL,
    item        TEXT NOT NULL,
    window_no   INTEGER NOT NULL,
    day         TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (center_code, mode, item, window_no, day)
) WITHOUT ROWID;
-- Every (centre, mode, item, window) ever counted: the ledger probes ledger_summary once per key.
CREATE TABLE ledger_key (
    center_code TEXT NOT NULL,
    mode        TEXT NOT NULL,
    item        TEXT NOT NULL,
    window_no   INTEGER NOT NULL,
    PRIMARY KEY (center_code, mode, item, window_no)
) WITHOUT ROWID;

-- paused = 1 only inside a bulk writer's transaction, which rebuilds both tables before it commits.
CREATE TABLE daily_summary_state (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
);
INSERT INTO daily_summary_state (id, paused) VALUES (1, 0);

-- Open cases by days to their deadline (read from the cases, not summarised: the reference day moves)
-- from the index alone.
CREATE INDEX case_file_open_by_deadline ON case_file (center_code, status, due_date, received_on,
                                                      window_no, clerk);

-- What one case contributes, before the four-fold scope roll-up.
CREATE VIEW case_summary_fact AS
SELECT c.id AS case_id, c.center_code, c.window_no, c.clerk, c.received_on AS day,
       'hour' AS kind, substr(c.received_at, 1, 13) AS key
FROM case_file c
UNION ALL
SELECT c.id, c.center_code, c.window_no, c.clerk, c.received_on, 'items',
       (SELECT group_concat(b, ' ') FROM (SELECT DISTINCT
            (CASE WHEN instr(ci.item_code, '.') > 0
                  THEN substr(ci.item_code, 1, instr(ci.item_code, '.') - 1)
                  ELSE ci.item_code END) AS b
        FROM case_item ci WHERE ci.case_id = c.id ORDER BY b))
FROM case_file c WHERE EXISTS (SELECT 1 FROM case_item x WHERE x.case_id = c.id)
UNION ALL
SELECT c.id, c.center_code, c.window_no, c.clerk, c.received_on, 'decision',
       coalesce((SELECT e.status FROM case_event e WHERE e.case_id = c.id AND e.position = 2 AND
                 e.status IN ('accepted', 'supplement_requested', 'refused')), 'undecided')
FROM case_file c
UNION ALL
SELECT c.id, c.center_code, c.window_no, c.clerk, c.received_on, 'handling',
       CAST((SELECT CASE WHEN s < 3600 THEN s / 60 * 60 ELSE s / 3600 * 3600 END FROM
             (SELECT max(0, CAST(round((julianday(e.at) - julianday(c.received_at)) * 86400)
                                 AS INTEGER)) AS s)) AS TEXT)
FROM case_file c JOIN case_event e ON e.case_id = c.id AND e.position = 2 AND
     e.status IN ('accepted', 'supplement_requested', 'refused')
UNION ALL
SELECT c.id, c.center_code, c.window_no, c.clerk, c.received_on, 'rating', CAST(v.score AS TEXT)
FROM case_file c JOIN evaluation v ON v.case_id = c.id
UNION ALL
SELECT case_id, center_code, window_no, clerk, day, 'assisted', reason FROM (
    SELECT c.id AS case_id, c.center_code, c.window_no, c.clerk, c.received_on AS day, r.reason,
           CASE r.reason
               WHEN 'elderly' THEN elderly
               WHEN 'disabled' THEN disabled
               WHEN 'agent' THEN agent
               ELSE elderly OR disabled OR agent END AS counted
    FROM (SELECT c.*, (a.kind = 'person' AND a.birth_date IS NOT NULL AND
                       date(a.birth_date, '+60 years') <= c.received_on) AS elderly,
                 a.disabled = 1 AS disabled, c.agent_name IS NOT NULL AS agent
          FROM case_file c JOIN applicant a ON a.identifier = c.applicant_identifier) c
    JOIN (SELECT 'any' AS reason UNION ALL SELECT 'elderly' UNION ALL SELECT 'disabled'
          UNION ALL SELECT 'agent') r)
WHERE counted;

-- The four scopes each contribution counts in.
CREATE VIEW case_summary_row AS
SELECT f.case_id, f.center_code, CASE WHEN r.w THEN f.window_no ELSE 0 END AS window_no,
       CASE WHEN r.c THEN f.clerk ELSE '' END AS clerk, f.kind, f.day, f.key
FROM case_summary_fact f
JOIN (SELECT 0 AS w, 0 AS c UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 1, 1) r;

CREATE VIEW case_ledger_row AS
SELECT c.id AS case_id, c.center_code, m.mode,
       (CASE WHEN instr(ci.item_code, '.') > 0
             THEN substr(ci.item_code, 1, instr(ci.item_code, '.') - 1)
             ELSE ci.item_code END) AS item,
       c.window_no, c.accepted_on AS day
FROM case_file c JOIN case_item ci ON ci.case_id = c.id
JOIN (SELECT 'minimal' AS mode UNION ALL SELECT 'integrated' UNION ALL SELECT 'accepted') m
WHERE c.accepted_on IS NOT NULL AND CASE m.mode
    WHEN 'minimal' THEN c.accepted_on = c.received_on
    WHEN 'integrated' THEN c.scene_code <> '' OR
                           EXISTS (SELECT 1 FROM case_item x WHERE x.case_id = c.id AND
                                   x.position = 2)
    ELSE 1 END;

-- Backfill: the cases already stored.
INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
GROUP BY center_code, window_no, clerk, kind, day, key;
INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
GROUP BY center_code, mode, item, window_no, day;
INSERT INTO ledger_key (center_code, mode, item, window_no)
SELECT DISTINCT center_code, mode, item, window_no FROM ledger_summary;

-- Generated (one block per table a figure depends on): the case's contribution is subtracted
-- before the write and added after it.
CREATE TRIGGER case_file_summary_after_insert AFTER INSERT ON case_file
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_file_summary_before_update BEFORE UPDATE OF id, center_code, window_no, clerk, received_on, received_at, applicant_identifier, agent_name, scene_code, accepted_on ON case_file
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_file_summary_after_update AFTER UPDATE OF id, center_code, window_no, clerk, received_on, received_at, applicant_identifier, agent_name, scene_code, accepted_on ON case_file
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_file_summary_before_delete BEFORE DELETE ON case_file
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_item_summary_before_insert BEFORE INSERT ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_item_summary_after_insert AFTER INSERT ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_item_summary_before_update BEFORE UPDATE ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_item_summary_after_update AFTER UPDATE ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_item_summary_before_delete BEFORE DELETE ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_item_summary_after_delete AFTER DELETE ON case_item
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = OLD.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_event_summary_before_insert BEFORE INSERT ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND NEW.position = 2
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_event_summary_after_insert AFTER INSERT ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND NEW.position = 2
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_event_summary_before_update BEFORE UPDATE ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND (OLD.position = 2 OR NEW.position = 2)
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_event_summary_after_update AFTER UPDATE ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND (OLD.position = 2 OR NEW.position = 2)
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER case_event_summary_before_delete BEFORE DELETE ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND OLD.position = 2
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER case_event_summary_after_delete AFTER DELETE ON case_event
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0 AND OLD.position = 2
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = OLD.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER evaluation_summary_before_insert BEFORE INSERT ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER evaluation_summary_after_insert AFTER INSERT ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER evaluation_summary_before_update BEFORE UPDATE ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER evaluation_summary_after_update AFTER UPDATE ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = NEW.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = NEW.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = NEW.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER evaluation_summary_before_delete BEFORE DELETE ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER evaluation_summary_after_delete AFTER DELETE ON evaluation
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id = OLD.case_id GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id = OLD.case_id GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id = OLD.case_id
    ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER applicant_summary_before_update BEFORE UPDATE OF identifier, kind, birth_date, disabled ON applicant
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, -count(*) FROM case_summary_row
    WHERE case_id IN (SELECT id FROM case_file WHERE applicant_identifier = OLD.identifier) GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, -count(*) FROM case_ledger_row
    WHERE case_id IN (SELECT id FROM case_file WHERE applicant_identifier = OLD.identifier) GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER applicant_summary_after_update AFTER UPDATE OF identifier, kind, birth_date, disabled ON applicant
WHEN (SELECT paused FROM daily_summary_state WHERE id = 1) = 0
BEGIN
    INSERT INTO daily_summary (center_code, window_no, clerk, kind, day, key, n)
    SELECT center_code, window_no, clerk, kind, day, key, count(*) FROM case_summary_row
    WHERE case_id IN (SELECT id FROM case_file WHERE applicant_identifier = NEW.identifier) GROUP BY center_code, window_no, clerk, kind, day, key
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_summary (center_code, mode, item, window_no, day, n)
    SELECT center_code, mode, item, window_no, day, count(*) FROM case_ledger_row
    WHERE case_id IN (SELECT id FROM case_file WHERE applicant_identifier = NEW.identifier) GROUP BY center_code, mode, item, window_no, day
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO ledger_key (center_code, mode, item, window_no)
    SELECT DISTINCT center_code, mode, item, window_no FROM case_ledger_row WHERE case_id IN (SELECT id FROM case_file WHERE applicant_identifier = NEW.identifier)
    ON CONFLICT DO NOTHING;
END;
