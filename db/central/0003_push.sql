-- 0003: a set-based push, a one-call idle round, the post-sync count check, and tombstones
-- purged after a retention period (with the horizon that tells a client too far behind).
--
-- sync_push keeps its contract (one call = one batch = one transaction, replays skipped by op
-- id, the same merge rules) but applies the common case — a new row the store does not hold yet,
-- the only operation on its key in the batch — with one INSERT … SELECT … ON CONFLICT for the
-- whole batch; only edits, deletes and rows already held go through the per-operation merge.
SET LOCAL search_path = onewindow, pg_temp;

-- The newest purged tombstone of each owner (a center, or '*' for reference data): a client
-- whose cursor is below it may have missed a delete and resyncs in full.
CREATE TABLE sync_purge (
    center_code text PRIMARY KEY,
    xid         xid8 NOT NULL,
    seq         bigint NOT NULL,
    purged_at   timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE sync_purge OWNER TO ow_owner;
ALTER TABLE sync_purge ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_purge FORCE ROW LEVEL SECURITY;
CREATE POLICY own_purge_read ON sync_purge FOR SELECT
    USING (center_code = (SELECT onewindow.session_center()) OR center_code = '*');
CREATE POLICY own_purge_write ON sync_purge FOR INSERT
    WITH CHECK (center_code = (SELECT onewindow.session_center()));
CREATE POLICY own_purge_update ON sync_purge FOR UPDATE
    USING (center_code = (SELECT onewindow.session_center()))
    WITH CHECK (center_code = (SELECT onewindow.session_center()));
-- Only the purge removes rows of sync_row (a delete of a business row is a tombstone).
CREATE POLICY own_rows_delete ON sync_row FOR DELETE
    USING (center_code = (SELECT onewindow.session_center()) AND data IS NULL);
CREATE INDEX sync_row_tombstone ON sync_row (center_code, updated_at) WHERE data IS NULL;
-- The table of a row is checked by the functions that write it (sync_push refuses a table it does
-- not know before it writes anything; publish_reference and record_conflict name theirs); the
-- foreign key's check per row was a third of a bulk push.
ALTER TABLE sync_row DROP CONSTRAINT sync_row_table_name_fkey;

-- Removes the tombstones of owner c older than keep_days and moves its purge horizon.
CREATE FUNCTION purge_tombstones_of(c text, keep_days integer) RETURNS integer
    LANGUAGE plpgsql VOLATILE SET search_path = onewindow, pg_temp
AS $$
DECLARE
    n integer;
    top_xid xid8;
    top_seq bigint;
BEGIN
    WITH gone AS (
        DELETE FROM sync_row
         WHERE center_code = c AND data IS NULL
           AND updated_at < now() - make_interval(days => keep_days)
        RETURNING xid, seq),
    ranked AS (SELECT xid, seq, count(*) OVER () AS n FROM gone ORDER BY xid DESC, seq DESC LIMIT 1)
    SELECT ranked.n, ranked.xid, ranked.seq INTO n, top_xid, top_seq FROM ranked;
    IF coalesce(n, 0) = 0 THEN
        RETURN 0;
    END IF;
    INSERT INTO sync_purge AS p (center_code, xid, seq) VALUES (c, top_xid, top_seq)
        ON CONFLICT (center_code) DO UPDATE SET xid = excluded.xid, seq = excluded.seq,
                                                purged_at = now()
        WHERE (p.xid, p.seq) < (excluded.xid, excluded.seq);
    RETURN n;
END
$$;
ALTER FUNCTION purge_tombstones_of(text, integer) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION purge_tombstones_of(text, integer) FROM PUBLIC;

-- Administrator: purge the tombstones of every center and of the reference data older than
-- keep_days (sync_push does it for its own center with 30 days after every batch).
CREATE FUNCTION purge_tombstones(keep_days integer DEFAULT 30) RETURNS integer
    LANGUAGE sql VOLATILE SET search_path = onewindow, pg_temp
AS $$
    SELECT coalesce(sum(onewindow.purge_tombstones_of(owner, keep_days)), 0)::integer
      FROM (SELECT '*' AS owner UNION SELECT code FROM onewindow.center) owners
$$;
REVOKE ALL ON FUNCTION purge_tombstones(integer) FROM PUBLIC;

-- The hello of protocol 1 and, in the same round trip, where the client stands: 'changes' (the
-- log has rows after its cursor: a pull is worth it) and 'behind' (tombstones after its cursor
-- were purged: only a full resync is right).
CREATE FUNCTION sync_hello(protocol integer, client uuid, after_xid text, after_seq bigint)
    RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    answer jsonb := sync_hello(protocol);
    c text := answer ->> 'center';
BEGIN
    IF c IS NULL THEN
        RETURN answer;
    END IF;
    RETURN answer || jsonb_build_object(
        'changes', EXISTS (SELECT FROM sync_row
                            WHERE center_code IN (c, '*')
                              AND (xid, seq) > (after_xid::xid8, after_seq)),
        'behind', (after_xid <> '0' OR after_seq <> 0) AND EXISTS (
                      SELECT FROM sync_purge
                       WHERE center_code IN (c, '*') AND (xid, seq) > (after_xid::xid8, after_seq)));
END
$$;

-- The next page of the change log after the cursor: max_rows rows read (of this center and the
-- reference data, below the horizon of running transactions, see sync_pull), of which only the
-- ones the client keeps are sent; 'xid'/'seq' is the last row read (the new cursor) and 'read'
-- how many were read (fewer than max_rows: the end). mode 'next': every change; 'initial': a
-- first pull (no tombstones, no cases closed more than keep_days ago); 'full': a full resync,
-- with tombstones (a row deleted after it was sent) and the client's own rows (it checks them).
CREATE FUNCTION sync_pull_page(client uuid, after_xid text, after_seq bigint, max_rows integer,
                               mode text, keep_days integer DEFAULT 90) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c text := session_center();
    result jsonb;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF mode NOT IN ('next', 'initial', 'full') THEN
        RAISE EXCEPTION 'unknown pull mode "%"', mode USING ERRCODE = 'invalid_parameter_value';
    END IF;
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x),
    old_cases AS (
        SELECT case_id FROM sync_row
         WHERE mode <> 'next' AND center_code = c AND table_name = 'case_file' AND data IS NOT NULL
           AND data ->> 'status' IN ('refused', 'concluded', 'delivered', 'archived', 'withdrawn')
           AND (data ->> 'received_on')::date < current_date - keep_days),
    -- What was read, without the documents (most are the client's own, not sent back).
    read AS MATERIALIZED (
        SELECT * FROM (
            (SELECT r.center_code, r.table_name, r.row_key, r.data IS NULL AS gone, r.xid, r.seq,
                    r.origin, r.case_id
               FROM sync_row r, horizon h
              WHERE r.center_code = c AND (r.xid, r.seq) > (after_xid::xid8, after_seq)
                AND r.xid < h.x
              ORDER BY r.xid, r.seq LIMIT max_rows)
            UNION ALL
            (SELECT r.center_code, r.table_name, r.row_key, r.data IS NULL AS gone, r.xid, r.seq,
                    r.origin, r.case_id
               FROM sync_row r, horizon h
              WHERE r.center_code = '*' AND (r.xid, r.seq) > (after_xid::xid8, after_seq)
                AND r.xid < h.x
              ORDER BY r.xid, r.seq LIMIT max_rows)) both_owners
         ORDER BY xid, seq LIMIT max_rows),
    sent AS (
        SELECT r.table_name, r.row_key, r.xid, r.seq, s.data
          FROM read r
          JOIN sync_row s USING (center_code, table_name, row_key)
         WHERE r.table_name IN (SELECT name FROM sync_table WHERE direction IN ('down', 'both'))
           AND NOT (mode <> 'full' AND r.origin IS NOT DISTINCT FROM client)
           AND NOT (mode = 'initial' AND r.gone)
           AND NOT (mode <> 'next' AND r.case_id IS NOT NULL
                    AND r.case_id IN (SELECT case_id FROM old_cases))),
    last AS (SELECT xid, seq FROM read ORDER BY xid DESC, seq DESC LIMIT 1)
    SELECT jsonb_build_object(
               'rows', coalesce((SELECT jsonb_agg(jsonb_build_object('table', table_name,
                                                                     'key', row_key, 'data', data)
                                                  ORDER BY xid, seq) FROM sent), '[]'::jsonb),
               'read', (SELECT count(*) FROM read),
               'xid', (SELECT xid::text FROM last),
               'seq', (SELECT seq FROM last))
      INTO result;
    RETURN result;
END
$$;

-- The post-sync count check: live rows per table of the tables both sides keep, leaving out
-- the cases a first pull leaves out (closed more than keep_days ago: 'closed' statuses and
-- 'cutoff' date, so the client counts alike); 'moved': the log has rows of those tables after
-- the client's cursor (another window pushed meanwhile), so the counts cannot be compared now.
CREATE FUNCTION sync_check(client uuid, after_xid text, after_seq bigint,
                           keep_days integer DEFAULT 90) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c text := session_center();
    result jsonb;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    WITH kept AS (SELECT name, case_field FROM sync_table WHERE direction = 'both'),
    old_cases AS (
        SELECT case_id FROM sync_row
         WHERE center_code = c AND table_name = 'case_file' AND data IS NOT NULL
           AND data ->> 'status' IN ('refused', 'concluded', 'delivered', 'archived', 'withdrawn')
           AND (data ->> 'received_on')::date < current_date - keep_days),
    counts AS (
        SELECT k.name, (SELECT count(*) FROM sync_row r
                         WHERE r.center_code = c AND r.table_name = k.name AND r.data IS NOT NULL
                           AND (r.case_id IS NULL
                                OR r.case_id NOT IN (SELECT case_id FROM old_cases))) AS n
          FROM kept k)
    SELECT jsonb_build_object(
               'counts', (SELECT jsonb_object_agg(name, n) FROM counts),
               'case_fields', (SELECT jsonb_object_agg(name, case_field) FROM kept
                                WHERE case_field IS NOT NULL),
               'closed', '["refused", "concluded", "delivered", "archived", "withdrawn"]'::jsonb,
               'cutoff', to_char(current_date - keep_days, 'YYYY-MM-DD'),
               'moved', EXISTS (SELECT FROM sync_row
                                 WHERE center_code = c AND (xid, seq) > (after_xid::xid8, after_seq)
                                   AND table_name IN (SELECT name FROM kept)))
      INTO result;
    RETURN result;
END
$$;

-- The set-based push (see the header). Operations:
--   fresh     not applied before (claimed in applied_op in one statement);
--   bulk      fresh, a whole new row, the only operation on its key in the batch, and (for
--             events) every event operation of its case in the batch is such a one on a position
--             the store does not hold: written together, in batch order, by one statement;
--   the rest  one by one in batch order with the merge rules of 0001, as before; a bulk row whose
--             key the store holds alive (another window's row, or a concurrent batch's) joins
--             them.
-- Bulk rows cannot change what the rest sees (other keys, other cases' events), so the stored
-- outcome is the one the one-by-one order gives. Only the log order differs (the rest comes after
-- the bulk rows); the client takes a page again, larger, when a parent comes after its children.
CREATE OR REPLACE FUNCTION sync_push(client uuid, ops jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = onewindow, pg_temp
    -- Plans made for this batch (a generic plan of a table that was small when it was made
    -- turns a bulk push quadratic), sorts in memory, no nested loops between whole sets.
    SET work_mem = '64MB' SET plan_cache_mode = 'force_custom_plan' SET enable_nestloop = off
AS $$
#variable_conflict use_column
DECLARE
    c text := session_center();
    op jsonb;
    tbl text;
    k text;
    old_row jsonb;
    new_row jsonb;
    t sync_table;
    cur_data jsonb;
    cur_found boolean;
    merged jsonb;
    lost jsonb;
    kept jsonb;
    f text;
    nv jsonb;
    ov jsonb;
    sv jsonb;
    pos integer;
    case_ref text;
    touched text[] := '{}';
    tmap jsonb;
    -- The batch unpacked once, one array per field, in batch order.
    a_op uuid[];
    a_tbl text[];
    a_key text[];
    a_old jsonb[];
    a_new jsonb[];
    a_case text[];
    a_fresh boolean[];
    a_bulk boolean[];
    a_stored boolean[];
    dups text[];
    bad_cases text[];
    ev_keys text[];
    ev_cases text[];
    bad integer;
    n_total integer;
    n_bulk integer;
    n_written integer;
    n_applied integer := 0;
    n_conflicts integer := 0;
    frozen boolean;
    race record;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(ops) <> 'array' THEN
        RAISE EXCEPTION 'sync_push needs an array of operations';
    END IF;
    SELECT jsonb_object_agg(name, jsonb_build_object('direction', direction,
                                                     'case_field', case_field))
      INTO tmap FROM sync_table;
    SELECT count(*)::integer, array_agg((o.v ->> 'op')::uuid), array_agg(o.v ->> 'table'),
           array_agg(o.v ->> 'key'),
           array_agg(CASE WHEN jsonb_typeof(o.v -> 'old') = 'object' THEN o.v -> 'old' END),
           array_agg(CASE WHEN jsonb_typeof(o.v -> 'new') = 'object' THEN o.v -> 'new' END),
           array_agg(coalesce(CASE WHEN jsonb_typeof(o.v -> 'new') = 'object' THEN o.v -> 'new' END,
                              o.v -> 'old') ->> (tmap -> (o.v ->> 'table') ->> 'case_field'))
      INTO n_total, a_op, a_tbl, a_key, a_old, a_new, a_case
      FROM jsonb_array_elements(ops) o(v);
    IF n_total = 0 THEN
        RETURN jsonb_build_object('applied', 0, 'skipped', 0, 'conflicts', 0);
    END IF;

    -- Claim every operation at once; the ones already applied are replays and are skipped.
    WITH claimed AS (
        INSERT INTO applied_op (op_id, center_code, client_id)
        SELECT u.op, c, client FROM unnest(a_op) u(op)
        ON CONFLICT DO NOTHING RETURNING op_id)
    SELECT CASE WHEN (SELECT count(*) FROM claimed) = n_total -- the usual case: all new
                THEN array_fill(true, ARRAY[n_total])
                ELSE ARRAY(SELECT cl.op_id IS NOT NULL
                             FROM unnest(a_op) WITH ORDINALITY u(op, n)
                             LEFT JOIN claimed cl ON cl.op_id = u.op ORDER BY u.n) END
      INTO a_fresh;
    SELECT count(*) FILTER (WHERE fr) INTO n_applied FROM unnest(a_fresh) x(fr);
    IF n_applied = 0 THEN
        RETURN jsonb_build_object('applied', 0, 'skipped', n_total, 'conflicts', 0);
    END IF;

    -- A malformed operation is refused by name before anything is written (the claims roll
    -- back with the transaction).
    SELECT u.n INTO bad
      FROM unnest(a_fresh, a_tbl, a_key, a_old, a_new) WITH ORDINALITY u(fr, tbl, k, o, nw, n)
     WHERE u.fr AND (tmap -> u.tbl IS NULL OR tmap -> u.tbl ->> 'direction' = 'down'
                     OR u.k IS NULL OR (u.o IS NULL AND u.nw IS NULL))
     ORDER BY u.n LIMIT 1;
    IF bad IS NOT NULL AND (tmap -> a_tbl[bad] IS NULL
                            OR tmap -> a_tbl[bad] ->> 'direction' = 'down') THEN
        RAISE EXCEPTION 'the central store takes no rows of "%"', a_tbl[bad]
            USING ERRCODE = 'invalid_parameter_value';
    ELSIF bad IS NOT NULL THEN
        RAISE EXCEPTION 'operation % has no key or no row', a_op[bad];
    END IF;

    -- The bulk operations: fresh, a whole row, the only operation on its key in the batch, and
    -- for an event: every event operation of its case in the batch is such one, on a position
    -- the store does not hold. (A row already held under another key is found by the insert.)
    SELECT coalesce(array_agg(ROW(d.tbl, d.k)::text), '{}') INTO dups
      FROM (SELECT u.tbl, u.k FROM unnest(a_fresh, a_tbl, a_key) u(fr, tbl, k) WHERE u.fr
             GROUP BY u.tbl, u.k HAVING count(*) > 1) d;
    -- (One look-up by a list of keys held in a variable, not a probe per event: the plan is an
    -- index scan by the list whatever the planner believes about the table's size, and the row
    -- security's check runs once.)
    SELECT coalesce(array_agg(u.k), '{}'),
           coalesce(array_agg(DISTINCT u.cs) FILTER (WHERE u.nw IS NULL
                                                    OR ROW('case_event', u.k)::text = ANY (dups)),
                    '{}')
      INTO ev_keys, bad_cases
      FROM unnest(a_fresh, a_tbl, a_key, a_new, a_case) u(fr, tbl, k, nw, cs)
     WHERE u.fr AND u.tbl = 'case_event' AND u.cs IS NOT NULL;
    SELECT bad_cases || coalesce(array_agg(DISTINCT r.case_id), '{}') INTO bad_cases
      FROM sync_row r
     WHERE r.center_code = c AND r.table_name = 'case_event' AND r.row_key = ANY (ev_keys)
       AND r.data IS NOT NULL;
    IF cardinality(dups) = 0 AND cardinality(bad_cases) = 0 THEN -- the usual case
        SELECT array_agg(u.fr AND u.nw IS NOT NULL) INTO a_bulk
          FROM unnest(a_fresh, a_new) u(fr, nw);
    ELSE
        SELECT array_agg(u.fr AND u.nw IS NOT NULL AND ROW(u.tbl, u.k)::text <> ALL (dups)
                         AND (u.tbl <> 'case_event' OR u.cs IS NULL OR u.cs <> ALL (bad_cases)))
          INTO a_bulk
          FROM unnest(a_fresh, a_tbl, a_key, a_new, a_case) u(fr, tbl, k, nw, cs);
    END IF;
    SELECT count(*) FILTER (WHERE b) INTO n_bulk FROM unnest(a_bulk) x(b);

    -- Their rows, in batch order, in one statement. One the store holds alive already (another
    -- window's, or a concurrent batch's) is not written here and goes through the merge below.
    WITH written AS (
        INSERT INTO sync_row AS r (center_code, table_name, row_key, case_id, data, origin)
        SELECT c, u.tbl, u.k, u.cs, u.nw, client
          FROM unnest(a_bulk, a_tbl, a_key, a_case, a_new) u(b, tbl, k, cs, nw)
         WHERE u.b
        ON CONFLICT (center_code, table_name, row_key) DO UPDATE
        SET data = excluded.data, case_id = excluded.case_id, xid = pg_current_xact_id(),
            seq = nextval('sync_row_seq'), origin = excluded.origin, updated_at = now()
        WHERE r.data IS NULL
        RETURNING r.table_name AS w_tbl, r.row_key AS w_key)
    SELECT CASE WHEN (SELECT count(*) FROM written) = n_bulk THEN a_bulk
                ELSE ARRAY(SELECT u.b AND w.w_key IS NOT NULL
                             FROM unnest(a_bulk, a_tbl, a_key) WITH ORDINALITY u(b, tbl, k, n)
                             LEFT JOIN written w ON w.w_tbl = u.tbl AND w.w_key = u.k
                            ORDER BY u.n) END
      INTO a_stored;

    -- A bulk event after a withdrawal of its case (stored before, or earlier in this batch)
    -- stays, but the case stays withdrawn and a supervisor sees the race.
    SELECT coalesce(array_agg(DISTINCT u.cs), '{}') INTO ev_cases
      FROM unnest(a_stored, a_tbl, a_case) u(st, tbl, cs)
     WHERE u.st AND u.tbl = 'case_event' AND u.cs IS NOT NULL;
    FOR race IN
        WITH ev AS (
            SELECT u.n AS e_n, u.op AS e_op, u.k AS e_key, u.nw AS e_new, u.cs AS e_case
              FROM unnest(a_stored, a_tbl, a_op, a_key, a_new, a_case)
                   WITH ORDINALITY u(st, tbl, op, k, nw, cs, n)
             WHERE u.st AND u.tbl = 'case_event'),
        withdrawn AS (
            SELECT w.case_id, w.row_key, (w.data ->> 'position')::integer AS position
              FROM sync_row w
             WHERE w.center_code = c AND w.case_id = ANY (ev_cases)
               AND w.table_name = 'case_event' AND w.data ->> 'status' = 'withdrawn')
        SELECT e.e_op, e.e_case, e.e_new FROM ev e
         WHERE e.e_new ->> 'status' <> 'withdrawn'
           AND EXISTS (
               SELECT FROM withdrawn w
                WHERE w.case_id = e.e_case
                  AND w.position < (e.e_new ->> 'position')::integer
                  AND NOT EXISTS (SELECT FROM ev later
                                   WHERE later.e_key = w.row_key AND later.e_n > e.e_n))
         ORDER BY e.e_n
    LOOP
        n_conflicts := n_conflicts + 1;
        PERFORM record_conflict(c, 'case_event',
                                format('["%s",%s]', race.e_case, race.e_new ->> 'position'),
                                jsonb_build_object('status', 'withdrawn'),
                                jsonb_build_object('status', race.e_new ->> 'status'),
                                client, race.e_op::text);
    END LOOP;

    -- The rest, one by one in batch order (the merge rules of 0001).
    FOR op IN
        SELECT jsonb_build_object('op', u.op, 'table', u.tbl, 'key', u.k, 'old', u.o, 'new', u.nw)
          FROM unnest(a_fresh, a_stored, a_op, a_tbl, a_key, a_old, a_new)
               WITH ORDINALITY u(fr, st, op, tbl, k, o, nw, n)
         WHERE u.fr AND NOT u.st
         ORDER BY u.n
    LOOP
        tbl := op ->> 'table';
        k := op ->> 'key';
        old_row := CASE WHEN jsonb_typeof(op -> 'old') = 'object' THEN op -> 'old' END;
        new_row := CASE WHEN jsonb_typeof(op -> 'new') = 'object' THEN op -> 'new' END;
        SELECT * INTO t FROM sync_table WHERE name = tbl;
        case_ref := CASE WHEN t.case_field IS NOT NULL
                         THEN coalesce(new_row, old_row) ->> t.case_field END;
        cur_data := NULL;
        cur_found := NULL;
        SELECT data, true INTO cur_data, cur_found FROM sync_row
            WHERE center_code = c AND table_name = tbl AND row_key = k FOR UPDATE;
        cur_found := coalesce(cur_found, false);

        IF tbl IN ('audit_log', 'case_event') AND cur_data IS NOT NULL
           AND (new_row IS NULL OR (tbl = 'audit_log' AND cur_data <> new_row)) THEN
            n_conflicts := n_conflicts + 1;
            PERFORM record_conflict(c, tbl, k, cur_data,
                                    coalesce(new_row, jsonb_build_object('deleted', true)),
                                    client, op ->> 'op');
        ELSIF new_row IS NULL THEN -- a delete: a tombstone the other workstations pull
            IF cur_data IS NOT NULL THEN
                UPDATE sync_row SET data = NULL, xid = pg_current_xact_id(),
                       seq = nextval('sync_row_seq'), origin = client, updated_at = now()
                 WHERE center_code = c AND table_name = tbl AND row_key = k;
            END IF;
        ELSIF cur_data IS NULL THEN -- a new row (or one deleted before)
            INSERT INTO sync_row (center_code, table_name, row_key, case_id, data, origin)
                VALUES (c, tbl, k, case_ref, new_row, client)
                ON CONFLICT (center_code, table_name, row_key) DO UPDATE
                SET data = excluded.data, case_id = excluded.case_id, xid = pg_current_xact_id(),
                    seq = nextval('sync_row_seq'), origin = excluded.origin, updated_at = now();
        ELSIF tbl = 'case_event' THEN
            IF cur_data <> new_row THEN
                SELECT coalesce(max((data ->> 'position')::integer), 0) + 1 INTO pos FROM sync_row
                 WHERE center_code = c AND table_name = 'case_event' AND case_id = case_ref
                   AND data IS NOT NULL;
                new_row := jsonb_set(new_row, '{position}', to_jsonb(pos));
                INSERT INTO sync_row (center_code, table_name, row_key, case_id, data, origin)
                    VALUES (c, tbl, format('["%s",%s]', case_ref, pos), case_ref, new_row, NULL);
            END IF;
        ELSE
            merged := cur_data;
            lost := '{}';
            kept := '{}';
            frozen := tbl = 'case_file' AND cur_data ->> 'status' = 'withdrawn'
                      AND old_row IS NOT NULL AND old_row ->> 'status' IS DISTINCT FROM 'withdrawn';
            FOR f IN SELECT jsonb_object_keys(new_row) LOOP
                nv := new_row -> f;
                ov := old_row -> f;
                sv := cur_data -> f;
                CONTINUE WHEN nv IS NOT DISTINCT FROM sv;
                CONTINUE WHEN old_row IS NOT NULL AND nv IS NOT DISTINCT FROM ov;
                CONTINUE WHEN tbl = 'case_file' AND f = 'status';
                IF f = 'updated_at' THEN
                    IF nv > sv THEN merged := merged || jsonb_build_object(f, nv); END IF;
                ELSIF NOT frozen AND old_row IS NOT NULL AND sv IS NOT DISTINCT FROM ov THEN
                    merged := merged || jsonb_build_object(f, nv);
                ELSE
                    lost := lost || jsonb_build_object(f, nv);
                    kept := kept || jsonb_build_object(f, sv);
                END IF;
            END LOOP;
            IF merged <> cur_data OR lost <> '{}' THEN
                UPDATE sync_row SET data = merged, xid = pg_current_xact_id(),
                       seq = nextval('sync_row_seq'), updated_at = now(),
                       origin = CASE WHEN merged = new_row THEN client END
                 WHERE center_code = c AND table_name = tbl AND row_key = k;
            END IF;
            IF lost <> '{}' THEN
                n_conflicts := n_conflicts + 1;
                PERFORM record_conflict(c, tbl, k, kept, lost, client, op ->> 'op');
            END IF;
        END IF;
        IF tbl = 'case_event' AND case_ref IS NOT NULL THEN
            IF new_row IS NOT NULL AND new_row ->> 'status' <> 'withdrawn' AND EXISTS (
                   SELECT FROM sync_row
                    WHERE center_code = c AND table_name = 'case_event' AND case_id = case_ref
                      AND data ->> 'status' = 'withdrawn'
                      AND (data ->> 'position')::integer < (new_row ->> 'position')::integer) THEN
                n_conflicts := n_conflicts + 1;
                PERFORM record_conflict(c, tbl, format('["%s",%s]', case_ref, new_row ->> 'position'),
                                        jsonb_build_object('status', 'withdrawn'),
                                        jsonb_build_object('status', new_row ->> 'status'),
                                        client, op ->> 'op');
            END IF;
        END IF;
    END LOOP;

    -- The cases whose events came: a case's status is its last event's, or withdrawn once it
    -- was withdrawn.
    SELECT coalesce(array_agg(DISTINCT u.cs), '{}') INTO touched
      FROM unnest(a_tbl, a_new, a_case) u(tbl, nw, cs)
     WHERE u.tbl = 'case_event' AND u.nw IS NOT NULL AND u.cs IS NOT NULL;
    IF cardinality(touched) > 0 THEN
        UPDATE sync_row cf
           SET data = jsonb_set(cf.data, '{status}', to_jsonb(e.status)), xid = pg_current_xact_id(),
               seq = nextval('sync_row_seq'), updated_at = now(), origin = NULL
          FROM (SELECT case_id,
                       CASE WHEN bool_or(data ->> 'status' = 'withdrawn') THEN 'withdrawn'
                            ELSE (array_agg(data ->> 'status'
                                            ORDER BY (data ->> 'position')::integer DESC))[1]
                       END AS status
                  FROM sync_row
                 WHERE center_code = c AND table_name = 'case_event' AND data IS NOT NULL
                   AND case_id = ANY (touched)
                 GROUP BY case_id) e
         WHERE cf.center_code = c AND cf.table_name = 'case_file' AND cf.case_id = e.case_id
           AND cf.case_id = ANY (touched)
           AND cf.data IS NOT NULL AND cf.data ->> 'status' IS DISTINCT FROM e.status;
    END IF;

    -- Tombstones older than the retention period go (the purge horizon tells late clients).
    PERFORM purge_tombstones_of(c, 30);

    RETURN jsonb_build_object('applied', n_applied, 'skipped', n_total - n_applied,
                              'conflicts', n_conflicts);
END
$$;

ALTER FUNCTION purge_tombstones(integer) OWNER TO ow_owner;
ALTER FUNCTION sync_hello(integer, uuid, text, bigint) OWNER TO ow_owner;
ALTER FUNCTION sync_pull_page(uuid, text, bigint, integer, text, integer) OWNER TO ow_owner;
ALTER FUNCTION sync_check(uuid, text, bigint, integer) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION sync_hello(integer, uuid, text, bigint),
    sync_pull_page(uuid, text, bigint, integer, text, integer),
    sync_check(uuid, text, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_hello(integer, uuid, text, bigint),
    sync_pull_page(uuid, text, bigint, integer, text, integer),
    sync_check(uuid, text, bigint, integer) TO ow_center;
