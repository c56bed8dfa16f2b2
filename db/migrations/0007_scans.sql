-- 0007: scans (扫描件) attached to the materials of a case. The files themselves are in the
-- encrypted file store (SecureFileStore), named by the SHA-256 of their content; this table says
-- what each one is and who attached it when. case_material.scans keeps the JSON array of the
-- names in position order, as before: the repository writes both in one transaction.
CREATE TABLE case_scan (
    case_id          TEXT NOT NULL REFERENCES case_file (id),
    material_key     TEXT NOT NULL CHECK (length(material_key) > 0),
    position         INTEGER NOT NULL CHECK (position >= 1),
    sha256           TEXT NOT NULL
        CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    -- 'unknown' only for names a case held before this table existed.
    media_type       TEXT NOT NULL
        CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf', 'unknown')),
    file_name        TEXT NOT NULL DEFAULT '',
    pages            INTEGER NOT NULL CHECK (pages >= 0),
    size             INTEGER NOT NULL CHECK (size >= 0),
    thumbnail_sha256 TEXT
        CHECK (thumbnail_sha256 IS NULL OR
               (length(thumbnail_sha256) = 64 AND thumbnail_sha256 NOT GLOB '*[^0-9a-f]*')),
    added_by         TEXT NOT NULL CHECK (length(added_by) > 0),
    added_at         TEXT NOT NULL CHECK (length(added_at) >= 19),
    PRIMARY KEY (case_id, material_key, position)
) WITHOUT ROWID;
-- Whether a stored file is still used by any case (before it may be removed from the store).
CREATE INDEX case_scan_by_sha256 ON case_scan (sha256);
CREATE INDEX case_scan_by_thumbnail ON case_scan (thumbnail_sha256);

-- Names a case held before: one row each, what they are unknown, attached by the case's clerk.
INSERT OR IGNORE INTO case_scan (case_id, material_key, position, sha256, media_type, file_name, pages,
                       size, thumbnail_sha256, added_by, added_at)
SELECT m.case_id, m.key, CAST(j.key AS INTEGER) + 1, j.value, 'unknown', '', 0, 0, NULL, f.clerk,
       f.received_at
FROM case_material m
JOIN case_file f ON f.id = m.case_id, json_each(m.scans) j
WHERE j.type = 'text' AND length(j.value) = 64
  AND j.value NOT GLOB '*[^0-9a-f]*';
