-- 0004: scans and signatures reach the central store (the workstation's migration 0015): their
-- files first, by SHA-256, in resumable chunks verified on arrival, then the rows that refer to
-- them.
--
-- What the store keeps of a file is the encrypted file exactly as it lies in the workstation's
-- file store (SecureFileStore: "OWE1", nonce, XSalsa20-Poly1305 ciphertext). The workstation's
-- key never leaves the workstation, so the store cannot read a scan: it is the hall's off-site
-- copy, readable again by the workstation that took it (or one restored with its key). Hence
-- the rows of case_scan and case_signature go up only; other windows do not pull files they
-- could not open.
--   name           the file's name at the workstation: SHA-256 of the plain content (what the
--                  rows refer to)
--   content_sha256 SHA-256 of the bytes uploaded (the encrypted file), recomputed here on arrival
--   client_id      the workstation whose key encrypted it
SET LOCAL search_path = onewindow, pg_temp;

INSERT INTO sync_table (name, direction, case_field) VALUES
    ('case_scan', 'up', 'case_id'),
    ('case_signature', 'up', 'case_id');

CREATE TABLE sync_file (
    center_code    text NOT NULL,
    client_id      uuid NOT NULL,
    name           text NOT NULL CHECK (name ~ '^[0-9a-f]{64}$'),
    content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    size           bigint NOT NULL CHECK (size > 0 AND size <= 1073741824),
    received       bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
    started_at     timestamptz NOT NULL DEFAULT now(),
    completed_at   timestamptz, -- set when the whole file arrived and its SHA-256 matched
    PRIMARY KEY (center_code, client_id, name),
    CHECK (completed_at IS NULL OR received = size)
);
CREATE INDEX sync_file_by_name ON sync_file (center_code, name) WHERE completed_at IS NOT NULL;

-- The bytes of a file, in the chunks they arrived in (by their first byte): the file is its
-- chunks in order (view stored_file). Kept as they came, so each byte is written once.
CREATE TABLE sync_file_chunk (
    center_code text NOT NULL,
    client_id   uuid NOT NULL,
    name        text NOT NULL,
    start       bigint NOT NULL CHECK (start >= 0),
    data        bytea NOT NULL,
    PRIMARY KEY (center_code, client_id, name, start),
    FOREIGN KEY (center_code, client_id, name) REFERENCES sync_file ON DELETE CASCADE
);

ALTER TABLE sync_file OWNER TO ow_owner;
ALTER TABLE sync_file_chunk OWNER TO ow_owner;
ALTER TABLE sync_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_file FORCE ROW LEVEL SECURITY;
CREATE POLICY own_files ON sync_file
    USING (center_code = (SELECT onewindow.session_center()))
    WITH CHECK (center_code = (SELECT onewindow.session_center()));
ALTER TABLE sync_file_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_file_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY own_chunks ON sync_file_chunk
    USING (center_code = (SELECT onewindow.session_center()))
    WITH CHECK (center_code = (SELECT onewindow.session_center()));

-- Announces files and asks how far each has come. files: [{name, sha256, size}] (sha256 of the
-- bytes to upload). Answers [{name, offset, complete}]: the byte to go on from. A file announced
-- again with other bytes (the workstation stored it anew) starts over, unless it is complete
-- already (the stored copy stays: the same content under the same key).
CREATE FUNCTION sync_file_status(client uuid, files jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c text := session_center();
    f jsonb;
    n text;
    h text;
    s bigint;
    cur sync_file;
    answer jsonb := '[]';
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(files) <> 'array' THEN
        RAISE EXCEPTION 'sync_file_status needs an array of files';
    END IF;
    FOR f IN SELECT value FROM jsonb_array_elements(files) LOOP
        n := f ->> 'name';
        h := f ->> 'sha256';
        s := (f ->> 'size')::bigint;
        IF n !~ '^[0-9a-f]{64}$' OR h !~ '^[0-9a-f]{64}$' OR s IS NULL OR s <= 0 THEN
            RAISE EXCEPTION 'a file is announced by its name and SHA-256 (64 hexadecimal digits) and a size above 0, not %', f
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO cur FROM sync_file
         WHERE center_code = c AND client_id = client AND name = n FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO sync_file (center_code, client_id, name, content_sha256, size)
                VALUES (c, client, n, h, s)
                RETURNING * INTO cur;
        ELSIF cur.completed_at IS NULL AND (cur.content_sha256 <> h OR cur.size <> s) THEN
            DELETE FROM sync_file_chunk WHERE center_code = c AND client_id = client AND name = n;
            UPDATE sync_file SET content_sha256 = h, size = s, received = 0, started_at = now()
             WHERE center_code = c AND client_id = client AND name = n
             RETURNING * INTO cur;
        END IF;
        answer := answer || jsonb_build_object('name', n, 'offset', cur.received,
                                               'complete', cur.completed_at IS NOT NULL);
    END LOOP;
    RETURN answer;
END
$$;

-- One chunk of an announced file at byte start, with the SHA-256 of the chunk. A chunk whose
-- hash does not match is refused (nothing stored). A chunk already received (a replay after a
-- lost answer) is passed over. The last chunk checks the SHA-256 of the whole file (its chunks in
-- order): a mismatch drops everything received of it and answers an error (the file starts
-- over); a match marks it complete.
-- Answers {received, complete} or {error}.
CREATE FUNCTION sync_file_chunk(client uuid, file_name text, start bigint, data bytea,
                                chunk_sha256 text) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    c text := session_center();
    cur sync_file;
    whole bytea;
    got text;
BEGIN
    IF c IS NULL THEN
        RAISE EXCEPTION 'the role % is not a center of this central store', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO cur FROM sync_file
     WHERE center_code = c AND client_id = client AND name = file_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the file %… was not announced (sync_file_status) before its chunks',
            left(file_name, 16) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cur.completed_at IS NOT NULL THEN
        RETURN jsonb_build_object('received', cur.size, 'complete', true);
    END IF;
    IF encode(sha256(data), 'hex') <> lower(chunk_sha256) THEN
        RAISE EXCEPTION 'the chunk at byte % of the file %… does not match its SHA-256: refused, nothing of it was stored',
            start, left(file_name, 16) USING ERRCODE = 'data_corrupted';
    END IF;
    IF start < cur.received AND start + length(data) <= cur.received THEN
        RETURN jsonb_build_object('received', cur.received, 'complete', false); -- a replay
    END IF;
    IF start <> cur.received THEN
        RAISE EXCEPTION 'the file %… goes on at byte %, not %', left(file_name, 16), cur.received,
            start USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(data) = 0 OR length(data) > 4194304 OR start + length(data) > cur.size THEN
        RAISE EXCEPTION 'a chunk of the file %… holds 1 byte to 4 MiB and ends by byte % (its size)',
            left(file_name, 16), cur.size USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO sync_file_chunk (center_code, client_id, name, start, data)
        VALUES (c, client, file_name, start, data);
    UPDATE sync_file SET received = received + length(data)
     WHERE center_code = c AND client_id = client AND name = file_name;
    IF start + length(data) < cur.size THEN
        RETURN jsonb_build_object('received', start + length(data), 'complete', false);
    END IF;

    SELECT string_agg(k.data, ''::bytea ORDER BY k.start) INTO whole FROM sync_file_chunk k
     WHERE k.center_code = c AND k.client_id = client AND k.name = file_name;
    got := encode(sha256(whole), 'hex');
    IF got <> cur.content_sha256 OR length(whole) <> cur.size THEN
        DELETE FROM sync_file WHERE center_code = c AND client_id = client AND name = file_name;
        RETURN jsonb_build_object(
            'error', format('the file %s… arrived with SHA-256 %s…, not %s… as announced: refused, '
                            'the %s bytes received were dropped and it is sent again from the start',
                            left(file_name, 16), left(got, 16), left(cur.content_sha256, 16),
                            length(whole)));
    END IF;
    UPDATE sync_file SET completed_at = now()
     WHERE center_code = c AND client_id = client AND name = file_name;
    RETURN jsonb_build_object('received', cur.size, 'complete', true);
END
$$;

-- A scan or signature row is stored only when its files are whole in the store (whatever path
-- writes it: sync_push, a merge, a hand-written statement).
CREATE FUNCTION sync_row_needs_files() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = onewindow, pg_temp
AS $$
DECLARE
    n text;
BEGIN
    IF NEW.data IS NULL THEN
        RETURN NEW;
    END IF;
    FOR n IN SELECT v FROM (VALUES (NEW.data ->> 'sha256'), (NEW.data ->> 'thumbnail_sha256')) AS t (v)
              WHERE v IS NOT NULL AND v <> '' LOOP
        IF NOT EXISTS (SELECT FROM sync_file
                        WHERE center_code = NEW.center_code AND name = n
                          AND completed_at IS NOT NULL) THEN
            RAISE EXCEPTION 'the % row % refers to the file %…, which the central store has not received whole: the file goes first',
                NEW.table_name, NEW.row_key, left(n, 16) USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
ALTER FUNCTION sync_row_needs_files() OWNER TO ow_owner;
CREATE TRIGGER sync_row_needs_files BEFORE INSERT OR UPDATE ON sync_row
    FOR EACH ROW WHEN (NEW.table_name IN ('case_scan', 'case_signature'))
    EXECUTE FUNCTION sync_row_needs_files();

-- The files the store holds whole, as bytes (for an administrator restoring a workstation; no
-- center login may read it).
CREATE VIEW stored_file WITH (security_invoker = true) AS
    SELECT f.center_code, f.client_id, f.name, f.content_sha256, f.size, f.completed_at,
           (SELECT string_agg(k.data, ''::bytea ORDER BY k.start) FROM sync_file_chunk k
             WHERE k.center_code = f.center_code AND k.client_id = f.client_id
               AND k.name = f.name) AS content
      FROM sync_file f WHERE f.completed_at IS NOT NULL;
ALTER VIEW stored_file OWNER TO ow_owner;
REVOKE ALL ON stored_file FROM PUBLIC;

ALTER FUNCTION sync_file_status(uuid, jsonb) OWNER TO ow_owner;
ALTER FUNCTION sync_file_chunk(uuid, text, bigint, bytea, text) OWNER TO ow_owner;
REVOKE ALL ON FUNCTION sync_file_status(uuid, jsonb), sync_file_chunk(uuid, text, bigint, bytea, text),
    sync_row_needs_files() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_file_status(uuid, jsonb),
    sync_file_chunk(uuid, text, bigint, bytea, text) TO ow_center;
