-- 0020: the materials dictionary is edited as drafts like the catalog and the guides: an entry
-- added or changed on the administrator screen waits here until the next catalog publication,
-- which checks it with everything else, brings it into `material` and keeps the dictionary it
-- put in force with the version. The counters read `material` only.
CREATE TABLE material_draft (
    key            TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 2 AND 64),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description    TEXT NOT NULL DEFAULT '',
    replaceable_by TEXT CHECK (replaceable_by IN ('e_licence', 'shared_data')),
    saved_at       TEXT NOT NULL,
    saved_by       TEXT NOT NULL CHECK (length(saved_by) > 0)
) WITHOUT ROWID;

-- The dictionary each publication put in force (db/seed/materials.json form); NULL for the
-- versions published before this upgrade, which did not keep it.
ALTER TABLE catalog_release ADD COLUMN materials TEXT
    CHECK (materials IS NULL OR json_valid(materials));

-- What this workstation published (a catalog version, a calendar year) and still has to send to
-- the central store: sent right after publishing when the store answers, else by the next sync
-- round or the screen's "Send to central". Each row goes whole (one call) or not at all.
CREATE TABLE central_publication (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('catalog', 'calendar')),
    what        TEXT NOT NULL CHECK (length(what) > 0), -- catalog version "3", calendar "2027-1"
    queued_at   TEXT NOT NULL,
    queued_by   TEXT NOT NULL,
    sent_at     TEXT,
    sent_as     INTEGER, -- the version of the document in the central store
    last_error  TEXT
);
CREATE INDEX central_publication_unsent ON central_publication (id) WHERE sent_at IS NULL;

-- A guide draft may ask for a material that is itself still a draft (in material_draft, not yet
-- in material): the key is checked against the working dictionary when the draft is stored and
-- by PublishCheck before anything is published, which brings the material in first. So
-- guide_material's key no longer refers to material (the rest of the table is as in 0003).
CREATE TABLE guide_material_new (
    item_code    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    material_key TEXT NOT NULL CHECK (length(material_key) > 0),
    PRIMARY KEY (item_code, version, position),
    FOREIGN KEY (item_code, version) REFERENCES guide (item_code, version) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO guide_material_new SELECT item_code, version, position, material_key
    FROM guide_material;
DROP TABLE guide_material;
ALTER TABLE guide_material_new RENAME TO guide_material;
CREATE INDEX guide_material_by_key ON guide_material (material_key);
