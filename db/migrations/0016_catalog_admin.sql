-- 0016: catalog administration. 全域办 (offered across regions, 全省通办) is a flag of an item in
-- the catalog, kept with it in every draft and published version (CatalogJson "cross_region").
ALTER TABLE item ADD COLUMN cross_region INTEGER NOT NULL DEFAULT 0 CHECK (cross_region IN (0, 1));

-- The holiday calendar as the administrator keeps it: each saved year is a new version, a draft
-- until published; the calendar in force is the built-in one with the newest published version
-- of each year laid over it (db/src/calendar/CalendarAdmin.h). content is one year in
-- db/seed/calendar/holidays.json's form. A published version is never changed.
CREATE TABLE calendar_year (
    year     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    version  INTEGER NOT NULL CHECK (version >= 1),
    status   TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    content  TEXT NOT NULL CHECK (json_valid(content)),
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL CHECK (length(saved_by) > 0),
    PRIMARY KEY (year, version)
) WITHOUT ROWID;

CREATE TRIGGER calendar_year_published_is_kept BEFORE UPDATE ON calendar_year
WHEN OLD.status = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published calendar version is never changed');
END;
