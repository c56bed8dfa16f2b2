-- Reserved for the sync work; placeholder until it lands.
SELECT 1;

-- Home visits (wip/syncui)
-- 上门服务 appointments travel both ways between the windows of a center (the workstation's
-- migration 0021); a visited one names its case (case_field: it follows its case's scope).
-- Row-level security of sync_row keeps them to their center like every synced row.
INSERT INTO onewindow.sync_table (name, direction, case_field) VALUES
    ('home_visit', 'both', 'case_id');

-- Parents by key (wip/pullparents)
-- The log keeps only a row's newest version, so a parent changed after its children comes after
-- them; a page that ends between them asks for the missing parents' current rows by key and
-- stores them with the page. keys: [{"table": …, "key": …}, …]; the answer is rows as
-- sync_pull_page sends them ({"rows": [{"table", "key", "data"}]}), live rows only, and only
-- what sync_pull_page would send this center: its own rows and the reference data ('*'), of the
-- tables that come down. Keys of other centers' rows or of tables that do not come down give
-- nothing.
CREATE FUNCTION onewindow.sync_pull_rows(client uuid, keys jsonb) RETURNS jsonb
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
    IF jsonb_typeof(keys) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the keys must be a JSON array of {"table", "key"}'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT jsonb_build_object('rows', coalesce(jsonb_agg(jsonb_build_object(
               'table', s.table_name, 'key', s.row_key, 'data', s.data) ORDER BY s.xid, s.seq),
               '[]'::jsonb))
      INTO result
      FROM sync_row s
     WHERE s.center_code IN (c, '*') AND s.data IS NOT NULL
       AND s.table_name IN (SELECT name FROM sync_table WHERE direction IN ('down', 'both'))
       AND (s.table_name, s.row_key) IN (
               SELECT k.value ->> 'table', k.value ->> 'key' FROM jsonb_array_elements(keys) k
                WHERE jsonb_typeof(k.value) = 'object');
    RETURN result;
END
$$;
ALTER FUNCTION onewindow.sync_pull_rows(uuid, jsonb) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION onewindow.sync_pull_rows(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onewindow.sync_pull_rows(uuid, jsonb) TO ow_center;
