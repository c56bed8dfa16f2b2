-- 0001: the central store of OneWindow (PostgreSQL 15): centers and their login roles, the rows
-- every workstation pushes and pulls, applied operations, conflicts, and the sync functions.
--
-- Who may do what:
--   ow_owner   (no login) owns the schema, the tables and the sync functions (SECURITY DEFINER).
--              The tables FORCE row-level security, so even the functions see and write only
--              the rows of the center whose role is logged in (session_user).
--   ow_center  (no login) the group of every center's login role ow_<code>: may call the sync
--              functions and read the reference data, nothing else.
--   the administrator who runs `owctl central init` (a superuser or the database owner) creates
--   centers and publishes reference data.
-- Rows are kept as JSONB documents keyed by (center, table, primary key of the local table), so
-- that a new local table joins the protocol with one row in sync_table here and in the client.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ow_owner') THEN
        CREATE ROLE ow_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ow_center') THEN
        CREATE ROLE ow_center NOLOGIN;
    END IF;
END
$roles$;

CREATE SCHEMA onewindow AUTHORIZATION ow_owner;
GRANT USAGE ON SCHEMA onewindow TO ow_center;
SET LOCAL search_path = onewindow, pg_temp;

-- One row per hall (政务服务中心) and its login role.
CREATE TABLE center (
    code       text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9]{2,16}$'),
    name       text NOT NULL CHECK (length(btrim(name)) > 0),
    role_name  text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The tables the protocol carries: up (workstation → central), down (central → workstation) or
-- both. case_field names the field of a row that holds its case's id (case-bound rows).
CREATE TABLE sync_table (
    name       text PRIMARY KEY,
    direction  text NOT NULL CHECK (direction IN ('up', 'down', 'both')),
    case_field text
);
INSERT INTO sync_table (name, direction, case_field) VALUES
    ('applicant', 'both', NULL),
    ('case_file', 'both', 'id'),
    ('case_item', 'both', 'case_id'),
    ('case_material', 'both', 'case_id'),
    ('case_event', 'both', 'case_id'),
    ('audit_log', 'up', NULL),
    ('sync_conflict', 'down', NULL),
    ('sync_reference', 'down', NULL);

-- Every synced row, newest version only. data NULL is a tombstone (the row was deleted).
-- origin: the workstation whose row this version is exactly (it is not sent back to it); NULL
-- when the store made it (a merge, a renumbered event, a case's status, a conflict record).
-- (xid, seq) orders the change log: a reader takes rows in (xid, seq) order and only those whose
-- transaction id is below the oldest transaction still running, so a transaction that commits
-- late can never be skipped (its xid holds the horizon back until it ends).
CREATE SEQUENCE sync_row_seq;
CREATE TABLE sync_row (
    center_code text NOT NULL, -- '*': reference data for every center
    table_name  text NOT NULL REFERENCES sync_table (name),
    row_key     text NOT NULL,
    case_id     text,
    data        jsonb,
    xid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq         bigint NOT NULL DEFAULT nextval('sync_row_seq'),
    origin      uuid,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (center_code, table_name, row_key)
);
CREATE INDEX sync_row_log ON sync_row (center_code, xid, seq);
CREATE INDEX sync_row_case ON sync_row (center_code, case_id) WHERE case_id IS NOT NULL;

-- Every operation ever applied, by its client UUID: a replay (after a lost reply) is skipped.
CREATE TABLE applied_op (
    op_id       uuid PRIMARY KEY,
    center_code text NOT NULL,
    client_id   uuid NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE schema_version (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE center OWNER TO ow_owner;
ALTER TABLE sync_table OWNER TO ow_owner;
ALTER SEQUENCE sync_row_seq OWNER TO ow_owner;
ALTER TABLE sync_row OWNER TO ow_owner;
ALTER TABLE applied_op OWNER TO ow_owner;
ALTER TABLE schema_version OWNER TO ow_owner;

-- The center whose role is logged in (NULL for anyone else).
CREATE FUNCTION session_center() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$ SELECT code FROM onewindow.center WHERE role_name = session_user $$;
ALTER FUNCTION session_center() OWNER TO ow_owner;

ALTER TABLE sync_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_row FORCE ROW LEVEL SECURITY;
CREATE POLICY own_rows_read ON sync_row FOR SELECT
    USING (center_code = (SELECT onewindow.session_center()) OR center_code = '*');
CREATE POLICY own_rows_insert ON sync_row FOR INSERT
    WITH CHECK (center_code = (SELECT onewindow.session_center()));
CREATE POLICY own_rows_update ON sync_row FOR UPDATE
    USING (center_code = (SELECT onewindow.session_center()))
    WITH CHECK (center_code = (SELECT onewindow.session_center()));
ALTER TABLE applied_op ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_op FORCE ROW LEVEL SECURITY;
CREATE POLICY own_ops ON applied_op
    USING (center_code = (SELECT onewindow.session_center()))
    WITH CHECK (center_code = (SELECT onewindow.session_center()));

-- Reference data (catalog, guides, materials dictionary, holiday calendar): readable by every
-- center.
CREATE VIEW reference_data AS
    SELECT data ->> 'kind' AS kind, data ->> 'key' AS key, (data ->> 'version')::integer AS version,
           (data ->> 'body')::jsonb AS body, updated_at
      FROM sync_row WHERE center_code = '*' AND table_name = 'sync_reference' AND data IS NOT NULL;
ALTER VIEW reference_data OWNER TO ow_owner;
GRANT SELECT ON reference_data TO ow_center;

-- Which protocol the store speaks and who is asking. Refuses another protocol with a message.
CREATE FUNCTION sync_hello(protocol integer) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c onewindow.center;
BEGIN
    IF protocol <> 1 THEN
        RAISE EXCEPTION 'this central store speaks sync protocol 1, the workstation speaks %', protocol
            USING ERRCODE = 'feature_not_supported';
    END IF;
    SELECT * INTO c FROM center WHERE role_name = session_user;
    RETURN jsonb_build_object('protocol', 1,
                              'schema', (SELECT max(version) FROM schema_version),
                              'center', c.code, 'center_name', c.name);
END
$$;

-- A conflict record: the store kept `kept`, the operation `op_id` of `client` lost `lost`.
CREATE FUNCTION record_conflict(c text, tbl text, k text, kept jsonb, lost jsonb, client uuid,
                                op_id text) RETURNS void
    LANGUAGE sql VOLATILE SET search_path = onewindow, pg_temp
AS $$
    INSERT INTO sync_row (center_code, table_name, row_key, data, origin)
    SELECT c, 'sync_conflict', format('["%s"]', id),
           jsonb_build_object('id', id::text, 'table_name', tbl, 'row_key', k, 'kept', kept::text,
                              'lost', lost::text, 'lost_client', client::text, 'op_id', op_id,
                              'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
           NULL
      FROM (SELECT gen_random_uuid() AS id) fresh
$$;
ALTER FUNCTION record_conflict(text, text, text, jsonb, jsonb, uuid, text) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION record_conflict(text, text, text, jsonb, jsonb, uuid, text) FROM PUBLIC;

-- Applies a batch of operations in the caller's transaction (one call = one transaction when
-- the client runs it alone). ops: [{op, table, key, old, new}], old NULL for an insert, new NULL
-- for a delete. Replays are skipped by op id. Field edits merge: a field only the client changed
-- is taken; a field the store changed too since the client's version (or any differing field of
-- an insert over an existing row) keeps the store's value, and the client's value is recorded in
-- a conflict row. Case events never conflict: an event at a position taken by another one is
-- appended after the last; the case's status follows its last event.
CREATE FUNCTION sync_push(client uuid, ops jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
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
    n_applied integer := 0;
    n_skipped integer := 0;
    n_conflicts integer := 0;
    frozen boolean;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(ops) <> 'array' THEN
        RAISE EXCEPTION 'sync_push needs an array of operations';
    END IF;
    FOR op IN SELECT value FROM jsonb_array_elements(ops) LOOP
        INSERT INTO applied_op (op_id, center_code, client_id)
            VALUES ((op ->> 'op')::uuid, c, client) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
            n_skipped := n_skipped + 1;
            CONTINUE;
        END IF;
        n_applied := n_applied + 1;
        tbl := op ->> 'table';
        k := op ->> 'key';
        old_row := CASE WHEN jsonb_typeof(op -> 'old') = 'object' THEN op -> 'old' END;
        new_row := CASE WHEN jsonb_typeof(op -> 'new') = 'object' THEN op -> 'new' END;
        SELECT * INTO t FROM sync_table WHERE name = tbl;
        IF NOT FOUND OR t.direction = 'down' THEN
            RAISE EXCEPTION 'the central store takes no rows of "%"', tbl
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF k IS NULL OR (old_row IS NULL AND new_row IS NULL) THEN
            RAISE EXCEPTION 'operation % has no key or no row', op ->> 'op';
        END IF;
        case_ref := CASE WHEN t.case_field IS NOT NULL
                         THEN coalesce(new_row, old_row) ->> t.case_field END;
        SELECT data, true INTO cur_data, cur_found FROM sync_row
            WHERE center_code = c AND table_name = tbl AND row_key = k FOR UPDATE;
        cur_found := coalesce(cur_found, false);

        IF tbl IN ('audit_log', 'case_event') AND cur_data IS NOT NULL
           AND (new_row IS NULL OR (tbl = 'audit_log' AND cur_data <> new_row)) THEN
            -- The audit log and the event log are append-only here too: a change or removal of
            -- a stored record is refused and kept as a conflict for a supervisor to see.
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
                -- Another window's event holds this position: this one comes after the last.
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
            -- An edit made before the client knew the case was withdrawn is not applied.
            frozen := tbl = 'case_file' AND cur_data ->> 'status' = 'withdrawn'
                      AND old_row IS NOT NULL AND old_row ->> 'status' IS DISTINCT FROM 'withdrawn';
            FOR f IN SELECT jsonb_object_keys(new_row) LOOP
                nv := new_row -> f;
                ov := old_row -> f;
                sv := cur_data -> f;
                CONTINUE WHEN nv IS NOT DISTINCT FROM sv;
                CONTINUE WHEN old_row IS NOT NULL AND nv IS NOT DISTINCT FROM ov;
                CONTINUE WHEN tbl = 'case_file' AND f = 'status'; -- follows the events
                IF f = 'updated_at' THEN -- a time stamp: the later one
                    IF nv > sv THEN merged := merged || jsonb_build_object(f, nv); END IF;
                ELSIF NOT frozen AND old_row IS NOT NULL AND sv IS NOT DISTINCT FROM ov THEN
                    merged := merged || jsonb_build_object(f, nv);
                ELSE
                    lost := lost || jsonb_build_object(f, nv);
                    kept := kept || jsonb_build_object(f, sv);
                END IF;
            END LOOP;
            -- A conflict touches the row even when nothing changed: the loser's workstation
            -- kept its own version while its operation was pending and must get the store's.
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
            -- An event that arrives after the case was withdrawn elsewhere stays in the log (it
            -- happened), but the case stays withdrawn and a supervisor sees the race.
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

    -- The cases whose events came (one array, not one append per event).
    SELECT coalesce(array_agg(DISTINCT value -> 'new' ->> 'case_id'), '{}') INTO touched
      FROM jsonb_array_elements(ops)
     WHERE value ->> 'table' = 'case_event' AND jsonb_typeof(value -> 'new') = 'object';
    -- A case's status is its last event's, or withdrawn once it was withdrawn.
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
       AND cf.data IS NOT NULL AND cf.data ->> 'status' IS DISTINCT FROM e.status;

    RETURN jsonb_build_object('applied', n_applied, 'skipped', n_skipped,
                              'conflicts', n_conflicts);
END
$$;

-- Rows changed after the cursor (after_xid, after_seq), in log order, at most max_rows; only
-- rows of transactions older than every one still running (so none can commit below the
-- cursor later). initial: a first pull, which leaves out cases closed more than keep_days ago.
-- Rows exactly as client pushed them are passed over (it has them).
CREATE FUNCTION sync_pull(client uuid, after_xid text, after_seq bigint, max_rows integer,
                          initial boolean, keep_days integer DEFAULT 90) RETURNS jsonb
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
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x),
    old_cases AS (
        SELECT case_id FROM sync_row
         WHERE initial AND center_code = c AND table_name = 'case_file' AND data IS NOT NULL
           AND data ->> 'status' IN ('refused', 'concluded', 'delivered', 'archived', 'withdrawn')
           AND (data ->> 'received_on')::date < current_date - keep_days),
    -- One index range scan per owner (the hall's rows, the reference data), merged. Every
    -- filter is applied before the limit: a page shorter than max_rows means "nothing more".
    hall AS (
        SELECT r.table_name, r.row_key, r.data, r.xid, r.seq, r.origin
          FROM sync_row r, horizon h
         WHERE r.center_code = c AND (r.xid, r.seq) > (after_xid::xid8, after_seq)
           AND r.xid < h.x
           AND r.table_name IN (SELECT name FROM sync_table WHERE direction IN ('down', 'both'))
           AND NOT (initial AND r.data IS NULL)
           AND NOT (initial AND r.case_id IS NOT NULL AND r.case_id IN (SELECT case_id FROM old_cases))
         ORDER BY r.xid, r.seq LIMIT max_rows),
    reference AS (
        SELECT r.table_name, r.row_key, r.data, r.xid, r.seq, r.origin
          FROM sync_row r, horizon h
         WHERE r.center_code = '*' AND (r.xid, r.seq) > (after_xid::xid8, after_seq)
           AND r.xid < h.x AND NOT (initial AND r.data IS NULL)
         ORDER BY r.xid, r.seq LIMIT max_rows),
    page AS (
        SELECT * FROM (SELECT * FROM hall UNION ALL SELECT * FROM reference) both_owners
         ORDER BY xid, seq LIMIT max_rows)
    -- The last row read moves the cursor even when it is the client's own (sent as "own").
    SELECT jsonb_build_object(
               'rows', coalesce(jsonb_agg(CASE WHEN origin IS NOT DISTINCT FROM client
                                               THEN jsonb_build_object('own', true, 'xid', xid::text, 'seq', seq)
                                               ELSE jsonb_build_object('table', table_name, 'key', row_key,
                                                                       'data', data, 'xid', xid::text,
                                                                       'seq', seq) END
                                          ORDER BY xid, seq),
                                '[]'::jsonb))
      INTO result FROM page;
    RETURN result;
END
$$;

-- How many live rows of each table the center has (the post-sync count check).
CREATE FUNCTION sync_counts() RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
    SELECT coalesce(jsonb_object_agg(table_name, n), '{}'::jsonb)
      FROM (SELECT table_name, count(*) AS n FROM sync_row
             WHERE center_code = session_center() AND data IS NOT NULL
             GROUP BY table_name) counts
$$;

-- Administrator: a center and its login role (password given in clear, stored as SCRAM).
CREATE FUNCTION add_center(code text, name text, password text) RETURNS text
    LANGUAGE plpgsql VOLATILE SET search_path = onewindow, pg_temp
AS $$
DECLARE
    role text := 'ow_' || lower(code);
BEGIN
    IF code !~ '^[A-Za-z0-9]{2,16}$' THEN
        RAISE EXCEPTION 'a center code is 2 to 16 letters or digits, not "%"', code;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role, password);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role, password);
    END IF;
    EXECUTE format('GRANT ow_center TO %I', role);
    INSERT INTO center (code, name, role_name) VALUES (code, name, role)
        ON CONFLICT ON CONSTRAINT center_pkey DO UPDATE SET name = excluded.name;
    RETURN role;
END
$$;

-- Administrator: publish a new version of a reference document (catalog, guides, materials,
-- calendar); every workstation pulls it.
CREATE FUNCTION publish_reference(kind text, key text, body jsonb) RETURNS integer
    LANGUAGE plpgsql VOLATILE SET search_path = onewindow, pg_temp
AS $$
DECLARE
    k text := format('[%s,%s]', to_jsonb(kind)::text, to_jsonb(key)::text);
    v integer;
BEGIN
    SELECT coalesce((data ->> 'version')::integer, 0) + 1 INTO v FROM sync_row
     WHERE center_code = '*' AND table_name = 'sync_reference' AND row_key = k;
    v := coalesce(v, 1);
    INSERT INTO sync_row (center_code, table_name, row_key, data)
        VALUES ('*', 'sync_reference', k, jsonb_build_object('kind', kind, 'key', key, 'version', v,
                                                          'body', body::text))
        ON CONFLICT (center_code, table_name, row_key) DO UPDATE
        SET data = excluded.data, xid = pg_current_xact_id(), seq = nextval('sync_row_seq'),
            updated_at = now();
    RETURN v;
END
$$;

ALTER FUNCTION sync_hello(integer) OWNER TO ow_owner;
ALTER FUNCTION sync_push(uuid, jsonb) OWNER TO ow_owner;
ALTER FUNCTION sync_pull(uuid, text, bigint, integer, boolean, integer) OWNER TO ow_owner;
ALTER FUNCTION sync_counts() OWNER TO ow_owner;
REVOKE ALL ON FUNCTION session_center(), sync_hello(integer), sync_push(uuid, jsonb),
    sync_pull(uuid, text, bigint, integer, boolean, integer), sync_counts(),
    add_center(text, text, text), publish_reference(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_hello(integer), sync_push(uuid, jsonb),
    sync_pull(uuid, text, bigint, integer, boolean, integer), sync_counts() TO ow_center;
GRANT EXECUTE ON FUNCTION session_center() TO ow_center;
