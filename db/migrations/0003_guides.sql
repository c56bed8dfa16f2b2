-- 0003: the materials dictionary and the standardized guides (办事指南), versioned. A guide is
-- kept as its JSON document (the shape of db/seed/guides/*.json); the columns beside it are what
-- lists and lookups need.
CREATE TABLE material (
    key            TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    replaceable_by TEXT CHECK (replaceable_by IN ('e_licence', 'shared_data'))
) WITHOUT ROWID;

CREATE TABLE guide (
    item_code      TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version > 0),
    effective_date TEXT NOT NULL,
    review_status  TEXT NOT NULL CHECK (review_status IN ('draft', 'published')),
    content        TEXT NOT NULL CHECK (json_valid(content)),
    PRIMARY KEY (item_code, version)
) WITHOUT ROWID;

-- Which materials each guide version asks for: what chain merging and 免提交 counts read.
CREATE TABLE guide_material (
    item_code    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    material_key TEXT NOT NULL REFERENCES material (key),
    PRIMARY KEY (item_code, version, position),
    FOREIGN KEY (item_code, version) REFERENCES guide (item_code, version) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX guide_material_by_key ON guide_material (material_key);
