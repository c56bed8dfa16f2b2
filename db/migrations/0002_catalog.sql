-- 0002: the lifecycle catalog (the plan's two annexes): lifecycles, stages, scenes, items,
-- sub-items and the four department columns. Codes are the keys used everywhere else.
CREATE TABLE lifecycle (
    code     TEXT PRIMARY KEY NOT NULL CHECK (code IN ('E', 'P')),
    name     TEXT NOT NULL,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

CREATE TABLE stage (
    code           TEXT PRIMARY KEY NOT NULL,
    lifecycle_code TEXT NOT NULL REFERENCES lifecycle (code) ON DELETE CASCADE,
    no             INTEGER NOT NULL CHECK (no > 0),
    name           TEXT NOT NULL,
    UNIQUE (lifecycle_code, no)
) WITHOUT ROWID;

CREATE TABLE scene (
    code       TEXT PRIMARY KEY NOT NULL,
    stage_code TEXT NOT NULL REFERENCES stage (code) ON DELETE CASCADE,
    no         TEXT NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (stage_code, position)
) WITHOUT ROWID;

CREATE TABLE item (
    code       TEXT PRIMARY KEY NOT NULL,
    scene_code TEXT NOT NULL REFERENCES scene (code) ON DELETE CASCADE,
    no         INTEGER NOT NULL CHECK (no > 0),
    name       TEXT NOT NULL,
    type       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX item_by_scene ON item (scene_code, no);

CREATE TABLE subitem (
    code      TEXT PRIMARY KEY NOT NULL,
    item_code TEXT NOT NULL REFERENCES item (code) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position > 0),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    UNIQUE (item_code, position)
) WITHOUT ROWID;

CREATE TABLE department (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- One row per department named in one of the four columns of an item or a sub-item.
CREATE TABLE catalog_department (
    item_code     TEXT REFERENCES item (code) ON DELETE CASCADE,
    subitem_code  TEXT REFERENCES subitem (code) ON DELETE CASCADE,
    role          TEXT NOT NULL
                  CHECK (role IN ('city_lead', 'city_co', 'district_lead', 'district_co')),
    position      INTEGER NOT NULL,
    department_id INTEGER NOT NULL REFERENCES department (id),
    CHECK ((item_code IS NULL) <> (subitem_code IS NULL))
);
CREATE UNIQUE INDEX catalog_department_item
    ON catalog_department (item_code, role, position) WHERE item_code IS NOT NULL;
CREATE UNIQUE INDEX catalog_department_subitem
    ON catalog_department (subitem_code, role, position) WHERE subitem_code IS NOT NULL;
CREATE INDEX catalog_department_by_department ON catalog_department (department_id);
