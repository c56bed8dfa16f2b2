-- 0011: published versions of the catalog and its guides (同源管理、动态调整). The working tables
-- (item, subitem, guide …) hold what counters use; an imported catalog waits in catalog_draft
-- and new guide versions wait as drafts until an administrator publishes. Each publication is
-- one row here, never changed: the catalog as it was, the guide version in force per item.
CREATE TABLE catalog_release (
    version      INTEGER PRIMARY KEY CHECK (version >= 1),
    effective_on TEXT NOT NULL CHECK (date(effective_on) IS effective_on),
    note         TEXT NOT NULL CHECK (length(trim(note)) > 0),
    published_at TEXT NOT NULL CHECK (length(published_at) >= 19),
    published_by TEXT NOT NULL CHECK (length(published_by) > 0),
    catalog      TEXT NOT NULL CHECK (json_valid(catalog)),
    guides       TEXT NOT NULL CHECK (json_valid(guides) AND json_type(guides) = 'object'),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64)
);

CREATE TRIGGER catalog_release_is_kept_update BEFORE UPDATE ON catalog_release
BEGIN
    SELECT RAISE(ABORT, 'a published catalog version is never changed');
END;
CREATE TRIGGER catalog_release_is_kept_delete BEFORE DELETE ON catalog_release
BEGIN
    SELECT RAISE(ABORT, 'a published catalog version is never changed');
END;

-- At most one imported catalog waiting to be published.
CREATE TABLE catalog_draft (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    catalog     TEXT NOT NULL CHECK (json_valid(catalog)),
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
