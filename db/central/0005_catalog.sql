-- 0005: a hall's administrator publishes the catalog and the holiday calendar from the
-- administrator screen (同源管理), through the hall's own center login, without the central
-- administrator's password at the counter. Only the centers the central administrator allowed
-- (`owctl central allow-publish CODE`) may; the document lands exactly as publish_reference
-- writes it, one statement, so it is in the store whole or not at all.
SET LOCAL search_path = onewindow, pg_temp;

-- The centers whose login may publish reference data (catalog releases, guides, the materials
-- dictionary, the holiday calendar).
CREATE TABLE reference_publisher (
    center_code text PRIMARY KEY REFERENCES center (code),
    allowed_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE reference_publisher OWNER TO ow_owner;

-- Whether the center logged in may publish (false for anyone else).
CREATE FUNCTION may_publish_reference() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
    SELECT EXISTS (SELECT FROM onewindow.reference_publisher
                    WHERE center_code = (SELECT onewindow.session_center()))
$$;
ALTER FUNCTION may_publish_reference() OWNER TO ow_owner;

-- The reference rows ('*') are written by the function below only, for an allowed center.
CREATE POLICY reference_publish_insert ON sync_row FOR INSERT
    WITH CHECK (center_code = '*' AND table_name = 'sync_reference'
                AND (SELECT onewindow.may_publish_reference()));
CREATE POLICY reference_publish_update ON sync_row FOR UPDATE
    USING (center_code = '*' AND table_name = 'sync_reference'
           AND (SELECT onewindow.may_publish_reference()))
    WITH CHECK (center_code = '*' AND table_name = 'sync_reference'
                AND (SELECT onewindow.may_publish_reference()));

-- A center's login publishes the next version of a reference document (as publish_reference).
CREATE FUNCTION publish_reference_as_center(kind text, key text, body jsonb) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c text := onewindow.session_center();
    k text := format('[%s,%s]', to_jsonb(kind)::text, to_jsonb(key)::text);
    v integer;
BEGIN
    IF c IS NULL OR NOT onewindow.may_publish_reference() THEN
        RAISE EXCEPTION 'center % may not publish the catalog or calendar: the central administrator allows it with owctl central allow-publish %',
            coalesce(c, session_user), coalesce(c, 'CODE') USING ERRCODE = '42501';
    END IF;
    IF kind NOT IN ('catalog', 'guide', 'materials', 'calendar') THEN
        RAISE EXCEPTION 'unknown kind of reference data "%"', kind;
    END IF;
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
ALTER FUNCTION publish_reference_as_center(text, text, jsonb) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION may_publish_reference(), publish_reference_as_center(text, text, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION may_publish_reference(), publish_reference_as_center(text, text, jsonb)
    TO ow_center;

-- Administrator: allow a center's login to publish (idempotent).
CREATE FUNCTION allow_publish(code text) RETURNS void
    LANGUAGE plpgsql VOLATILE SET search_path = onewindow, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM onewindow.center c WHERE c.code = allow_publish.code) THEN
        RAISE EXCEPTION 'there is no center "%": add it first with owctl central add-center', code;
    END IF;
    INSERT INTO onewindow.reference_publisher (center_code) VALUES (code)
        ON CONFLICT (center_code) DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION allow_publish(text) FROM PUBLIC;
