-- 0008: the push's apply, leaner; same rules. Measured on a 10,000-case push (60,001
-- operations, 13 batches): sync_push_rows took 675 ms of a 1.0–1.1 s round, 352 ms of it the
-- INSERT into sync_row and the rest passes over the batch's arrays, each a few ms per batch.
-- Now:
--   * sync_row_seq hands each session 1,000 numbers at a time instead of one (a row's seq only
--     orders the rows of its own transaction: the log is read in (xid, seq) order, and one
--     transaction is one session, whose numbers rise);
--   * the first pass over the batch also finds the rows that are not JSON objects and the cases
--     with an event changed or deleted (two passes less);
--   * in a batch of inserts only (the usual one), a key that comes twice is found by the plain
--     INSERT failing on it, not by a pass of its own before it;
--   * the race between an event and a withdrawal is looked for only when a case of the batch's
--     events is withdrawn, and the case files whose status needs writing come out of the same
--     look at the store's events as the statuses.
SET LOCAL search_path = onewindow, pg_temp;

ALTER SEQUENCE sync_row_seq CACHE 1000;

CREATE OR REPLACE FUNCTION sync_push_rows(client uuid, a_seq bigint[], a_op uuid[],
                                          a_tbl text[], a_key text[], a_old jsonb[],
                                          a_new jsonb[]) RETURNS jsonb
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
    a_case text[];
    a_fresh boolean[];
    a_bulk boolean[];
    a_stored boolean[];
    a_live boolean[];
    n_live integer;
    any_bad boolean;
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
    by_batch boolean;
    held_cases text[];
    odd boolean;
    twice_cases text[];
    ev_status jsonb; -- case → its status as the store's events say, after the bulk rows
    fix_cases text[];
    lo bigint;
    hi bigint;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    n_total := coalesce(cardinality(a_op), 0);
    IF n_total = 0 THEN
        RETURN jsonb_build_object('applied', 0, 'skipped', 0, 'conflicts', 0);
    END IF;
    IF coalesce(cardinality(a_tbl), 0) <> n_total OR coalesce(cardinality(a_key), 0) <> n_total
       OR coalesce(cardinality(a_old), 0) <> n_total OR coalesce(cardinality(a_new), 0) <> n_total
       OR array_ndims(a_op) <> 1
       OR (a_seq IS NOT NULL AND coalesce(cardinality(a_seq), 0) <> n_total)
       -- (Elements are taken by position from 1 on below.)
       OR 1 <> ANY (ARRAY[array_lower(a_op, 1), array_lower(a_tbl, 1), array_lower(a_key, 1),
                         array_lower(a_old, 1), array_lower(a_new, 1),
                         coalesce(array_lower(a_seq, 1), 1)]) THEN
        RAISE EXCEPTION 'sync_push_rows needs one operation per element of each of its arrays, '
                        'numbered from 1'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT jsonb_object_agg(name, jsonb_build_object('direction', direction,
                                                     'case_field', case_field))
      INTO tmap FROM sync_table;
    -- One pass over the batch for what the steps below ask of every operation (each pass over
    -- the arrays costs as much as a statement of the push): the case of each, which are inserts
    -- (a new row, no old one), whether any operation looks malformed, the cases whose events
    -- came, the cases with an event changed or deleted (their events go through the merge), and
    -- whether a row is not a JSON object. Such a row counts as none: sync_push's JSON may carry
    -- anything; the usual batch has none such, and its rows are not copied again. With one, the
    -- rows are made none and the pass is made again.
    LOOP
        SELECT array_agg(u.cs ORDER BY u.n),
               array_agg(u.nw IS NOT NULL AND u.o IS NULL ORDER BY u.n),
               count(*) FILTER (WHERE u.nw IS NOT NULL AND u.o IS NULL),
               coalesce(bool_or(tmap -> u.tbl IS NULL OR tmap -> u.tbl ->> 'direction' = 'down'
                                OR u.k IS NULL OR (u.o IS NULL AND u.nw IS NULL)), false),
               coalesce(array_agg(DISTINCT u.cs) FILTER (WHERE u.tbl = 'case_event'
                                                        AND u.nw IS NOT NULL AND u.cs IS NOT NULL),
                        '{}'),
               coalesce(array_agg(DISTINCT u.cs) FILTER (WHERE u.tbl = 'case_event'
                                                        AND u.cs IS NOT NULL
                                                        AND (u.nw IS NULL OR u.o IS NOT NULL)),
                        '{}'),
               coalesce(bool_or(jsonb_typeof(u.o) <> 'object' OR jsonb_typeof(u.nw) <> 'object'),
                        false)
          INTO a_case, a_live, n_live, any_bad, touched, bad_cases, odd
          FROM (SELECT y.n, y.tbl, y.k, y.o, y.nw,
                       coalesce(y.nw, y.o) ->> (tmap -> y.tbl ->> 'case_field') AS cs
                  FROM unnest(a_tbl, a_key, a_old, a_new) WITH ORDINALITY y(tbl, k, o, nw, n)) u;
        EXIT WHEN NOT odd;
        SELECT array_agg(CASE WHEN jsonb_typeof(y.o) = 'object' THEN y.o END ORDER BY y.n),
               array_agg(CASE WHEN jsonb_typeof(y.nw) = 'object' THEN y.nw END ORDER BY y.n)
          INTO a_old, a_new
          FROM unnest(a_old, a_new) WITH ORDINALITY y(o, nw, n);
    END LOOP;

    -- Claim every operation at once; the ones already applied are replays and are skipped.
    -- With the workstation's outbox positions (a_seq, strictly ascending): one applied_batch row
    -- for the batch, looked up by the client and the range of positions, the operation ids
    -- compared one by one (a position taken again by another operation, e.g. after a workstation
    -- was restored from a copy, is a new operation). The client's lock makes a second push of the
    -- same client (owctl sync beside the program) wait for the first and then see its claims.
    -- Without positions (sync_push's JSON): one applied_op row per operation.
    by_batch := a_seq IS NOT NULL AND array_position(a_seq, NULL) IS NULL;
    IF by_batch THEN
        IF EXISTS (SELECT FROM unnest(a_seq) WITH ORDINALITY u(s, n)
                    WHERE u.n > 1 AND u.s <= a_seq[u.n - 1]) THEN
            RAISE EXCEPTION 'the outbox positions of a batch must be strictly ascending'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('onewindow.push ' || client::text, 0));
        lo := a_seq[1];
        hi := a_seq[n_total];
        IF EXISTS (SELECT FROM applied_batch b
                    WHERE b.center_code = c AND b.client_id = client AND b.last_seq >= lo
                      AND b.first_seq <= hi) THEN
            SELECT array_agg(d.o IS NULL ORDER BY u.n), count(*) FILTER (WHERE d.o IS NULL)
              INTO a_fresh, n_applied
              FROM unnest(a_seq, a_op) WITH ORDINALITY u(s, op, n)
              LEFT JOIN (SELECT x.s, x.o FROM applied_batch b, unnest(b.seqs, b.ops) x(s, o)
                          WHERE b.center_code = c AND b.client_id = client
                            AND b.last_seq >= lo AND b.first_seq <= hi) d
                     ON d.s = u.s AND d.o = u.op;
        ELSE
            a_fresh := array_fill(true, ARRAY[n_total]); -- the usual case: all new
            n_applied := n_total;
        END IF;
        IF n_applied = n_total THEN
            INSERT INTO applied_batch (center_code, client_id, first_seq, last_seq, seqs, ops)
            VALUES (c, client, lo, hi, a_seq, a_op);
        ELSIF n_applied > 0 THEN
            INSERT INTO applied_batch (center_code, client_id, first_seq, last_seq, seqs, ops)
            SELECT c, client, min(u.s), max(u.s), array_agg(u.s ORDER BY u.n),
                   array_agg(u.op ORDER BY u.n)
              FROM unnest(a_fresh, a_seq, a_op) WITH ORDINALITY u(fr, s, op, n)
             WHERE u.fr;
        END IF;
    ELSE
        WITH claimed AS (
            INSERT INTO applied_op (op_id, center_code, client_id)
            SELECT u.op, c, client FROM unnest(a_op) u(op)
            ON CONFLICT DO NOTHING RETURNING op_id)
        SELECT (SELECT count(*) FROM claimed),
               CASE WHEN (SELECT count(*) FROM claimed) = n_total -- the usual case: all new
                    THEN array_fill(true, ARRAY[n_total])
                    ELSE ARRAY(SELECT cl.op_id IS NOT NULL
                                 FROM unnest(a_op) WITH ORDINALITY u(op, n)
                                 LEFT JOIN claimed cl ON cl.op_id = u.op ORDER BY u.n) END
          INTO n_applied, a_fresh;
    END IF;
    IF n_applied = 0 THEN
        RETURN jsonb_build_object('applied', 0, 'skipped', n_total, 'conflicts', 0);
    END IF;

    -- A malformed operation is refused by name before anything is written (the claims roll
    -- back with the transaction; a replayed one was not malformed).
    IF any_bad THEN
        SELECT u.n INTO bad
          FROM unnest(a_fresh, a_tbl, a_key, a_old, a_new) WITH ORDINALITY u(fr, tbl, k, o, nw, n)
         WHERE u.fr AND (tmap -> u.tbl IS NULL OR tmap -> u.tbl ->> 'direction' = 'down'
                         OR u.k IS NULL OR (u.o IS NULL AND u.nw IS NULL))
         ORDER BY u.n LIMIT 1;
    END IF;
    IF bad IS NOT NULL AND (tmap -> a_tbl[bad] IS NULL
                            OR tmap -> a_tbl[bad] ->> 'direction' = 'down') THEN
        RAISE EXCEPTION 'the central store takes no rows of "%"', a_tbl[bad]
            USING ERRCODE = 'invalid_parameter_value';
    ELSIF bad IS NOT NULL THEN
        RAISE EXCEPTION 'operation % has no key or no row', a_op[bad];
    END IF;

    -- The bulk operations: fresh, a new row (no old one: an insert at the workstation), the
    -- only operation on its key in the batch, and for an event: every event operation of its
    -- case in the batch is such one, on a position the store does not hold. (An edit goes
    -- through the merge below, where the row the store holds is.) A key that comes twice with
    -- an edit or a delete among its operations is looked for here, when the batch has any such
    -- operation; a key inserted twice is found by the insert below (it fails on it; then the
    -- keys are looked at), so that a batch of inserts only (the usual one) is not looked at for
    -- it.
    dups := '{}';
    IF n_live < n_total THEN
        SELECT coalesce(array_agg(ROW(d.tbl, d.k)::text), '{}') INTO dups
          FROM (SELECT u.tbl, u.k FROM unnest(a_fresh, a_tbl, a_key) u(fr, tbl, k) WHERE u.fr
                 GROUP BY u.tbl, u.k HAVING count(*) > 1) d;
        IF cardinality(dups) > 0 THEN
            SELECT coalesce(array_agg(DISTINCT u.cs), '{}') INTO twice_cases
              FROM unnest(a_fresh, a_tbl, a_key, a_case) u(fr, tbl, k, cs)
             WHERE u.fr AND u.tbl = 'case_event' AND u.cs IS NOT NULL
               AND ROW('case_event', u.k)::text = ANY (dups);
            bad_cases := bad_cases || twice_cases;
        END IF;
    END IF;
    IF cardinality(dups) = 0 AND cardinality(bad_cases) = 0 AND n_applied = n_total THEN
        a_bulk := a_live; -- the usual case: every operation new, every one an insert
        n_bulk := n_live;
    ELSE
        SELECT array_agg(u.fr AND u.nw IS NOT NULL AND u.o IS NULL
                         AND ROW(u.tbl, u.k)::text <> ALL (dups)
                         AND (u.tbl <> 'case_event' OR u.cs IS NULL OR u.cs <> ALL (bad_cases))
                         ORDER BY u.n)
          INTO a_bulk
          FROM unnest(a_fresh, a_tbl, a_key, a_old, a_new, a_case)
               WITH ORDINALITY u(fr, tbl, k, o, nw, cs, n);
        SELECT count(*) FILTER (WHERE b) INTO n_bulk FROM unnest(a_bulk) x(b);
    END IF;

    -- Their rows, in batch order, in one statement, first as a plain INSERT (INSERT … ON
    -- CONFLICT costs 1.6× as much: every row goes in speculatively and is confirmed). A key the
    -- store holds already (a row deleted before, the same applicant taken at another window, an
    -- event position taken at another window) or a key inserted twice in the batch makes it
    -- fail; the savepoint undoes it, and then: a key twice goes through the merge, every time
    -- (and the events of its case with it); the events of a case with a position the store holds go
    -- through the merge (renumbered); the rest go in with ON CONFLICT, which leaves the rows
    -- held alive to the merge too.
    BEGIN
        INSERT INTO sync_row (center_code, table_name, row_key, case_id, data, origin)
        SELECT c, u.tbl, u.k, u.cs, u.nw, client
          FROM unnest(a_bulk, a_tbl, a_key, a_case, a_new) u(b, tbl, k, cs, nw)
         WHERE u.b;
        n_written := n_bulk;
        a_stored := a_bulk;
    EXCEPTION WHEN unique_violation THEN
        SELECT coalesce(array_agg(ROW(d.tbl, d.k)::text), '{}') INTO dups
          FROM (SELECT u.tbl, u.k FROM unnest(a_fresh, a_tbl, a_key) u(fr, tbl, k) WHERE u.fr
                 GROUP BY u.tbl, u.k HAVING count(*) > 1) d;
        SELECT coalesce(array_agg(u.k), '{}'),
               coalesce(array_agg(DISTINCT u.cs) FILTER (WHERE ROW('case_event', u.k)::text
                                                        = ANY (dups)), '{}')
          INTO ev_keys, twice_cases
          FROM unnest(a_fresh, a_tbl, a_key, a_case) u(fr, tbl, k, cs)
         WHERE u.fr AND u.tbl = 'case_event' AND u.cs IS NOT NULL;
        bad_cases := bad_cases || twice_cases;
        -- (One look-up by a list of keys held in a variable, not a probe per event: the plan
        -- is an index scan by the list whatever the planner believes about the table's size,
        -- and the row security's check runs once.)
        SELECT coalesce(array_agg(DISTINCT r.case_id), '{}') INTO held_cases
          FROM sync_row r
         WHERE r.center_code = c AND r.table_name = 'case_event' AND r.row_key = ANY (ev_keys)
           AND r.data IS NOT NULL;
        bad_cases := bad_cases || held_cases;
        IF cardinality(dups) > 0 OR cardinality(bad_cases) > 0 THEN
            SELECT array_agg(u.b AND ROW(u.tbl, u.k)::text <> ALL (dups)
                             AND (u.tbl <> 'case_event' OR u.cs IS NULL
                                  OR u.cs <> ALL (bad_cases)) ORDER BY u.n)
              INTO a_bulk
              FROM unnest(a_bulk, a_tbl, a_key, a_case) WITH ORDINALITY u(b, tbl, k, cs, n);
            SELECT count(*) FILTER (WHERE b) INTO n_bulk FROM unnest(a_bulk) x(b);
        END IF;
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
        SELECT (SELECT count(*) FROM written),
               CASE WHEN (SELECT count(*) FROM written) = n_bulk THEN a_bulk
                    ELSE ARRAY(SELECT u.b AND w.w_key IS NOT NULL
                                 FROM unnest(a_bulk, a_tbl, a_key) WITH ORDINALITY u(b, tbl, k, n)
                                 LEFT JOIN written w ON w.w_tbl = u.tbl AND w.w_key = u.k
                                ORDER BY u.n) END
          INTO n_written, a_stored;
    END;

    -- A bulk event after a withdrawal of its case (stored before, or earlier in this batch)
    -- stays, but the case stays withdrawn and a supervisor sees the race.
    -- One look at the store's events of the cases whose events came (a superset of the cases
    -- of the events stored here), by the case index: each case's status as its events say
    -- (withdrawn once withdrawn, else its last event's), which were withdrawn, and which of
    -- them have no case file stored in this batch saying so. The race below looks only at the
    -- withdrawn ones (none: no race); the status at the end uses the rest when nothing went
    -- through the merge.
    SELECT coalesce(jsonb_object_agg(e.case_id, e.status), '{}'),
           coalesce(array_agg(e.case_id) FILTER (WHERE e.status = 'withdrawn'), '{}'),
           coalesce(array_agg(e.case_id) FILTER (WHERE b.cs IS NULL), '{}')
      INTO ev_status, ev_cases, fix_cases
      FROM (SELECT case_id,
                   CASE WHEN bool_or(data ->> 'status' = 'withdrawn') THEN 'withdrawn'
                        ELSE (array_agg(data ->> 'status'
                                        ORDER BY (data ->> 'position')::integer DESC))[1]
                   END AS status
              FROM sync_row
             WHERE center_code = c AND table_name = 'case_event' AND data IS NOT NULL
               AND case_id = ANY (touched)
             GROUP BY case_id) e
      LEFT JOIN (SELECT u.cs, u.nw ->> 'status' AS status
                   FROM unnest(a_stored, a_tbl, a_case, a_new) u(st, tbl, cs, nw)
                  WHERE u.st AND u.tbl = 'case_file') b
             ON b.cs = e.case_id AND b.status = e.status;
    IF cardinality(ev_cases) > 0 THEN -- (else no case of theirs is withdrawn)
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
    END IF;

    -- The rest, one by one in batch order (the merge rules of 0001); none when every fresh
    -- operation was stored above.
    IF n_written < n_applied THEN
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
    END IF;

    -- The cases whose events came: a case's status is its last event's, or withdrawn once it
    -- was withdrawn.
    -- When every operation went in above (no merge), the events are those looked at before the
    -- race: only the case files that say otherwise are written, and a case file that came in
    -- this batch saying the same is not looked up again.
    IF cardinality(touched) > 0 AND n_written = n_applied THEN
        IF cardinality(fix_cases) > 0 THEN
            UPDATE sync_row cf
               SET data = jsonb_set(cf.data, '{status}', to_jsonb(ev_status ->> cf.case_id)),
                   xid = pg_current_xact_id(), seq = nextval('sync_row_seq'), updated_at = now(),
                   origin = NULL
             WHERE cf.center_code = c AND cf.table_name = 'case_file'
               AND cf.case_id = ANY (fix_cases) AND cf.data IS NOT NULL
               AND cf.data ->> 'status' IS DISTINCT FROM ev_status ->> cf.case_id;
        END IF;
    ELSIF cardinality(touched) > 0 THEN
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

ALTER FUNCTION sync_push_rows(uuid, bigint[], uuid[], text[], text[], jsonb[], jsonb[])
    OWNER TO ow_owner;
REVOKE ALL ON FUNCTION sync_push_rows(uuid, bigint[], uuid[], text[], text[], jsonb[], jsonb[])
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_push_rows(uuid, bigint[], uuid[], text[], text[], jsonb[], jsonb[])
    TO ow_center;

