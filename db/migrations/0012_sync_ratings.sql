-- 0012: 好差评 ratings and their rectifications travel to the central store like cases (a
-- supervisor at any window sees them). Scans and signatures do not yet: their bytes need the
-- chunked upload first (issue 6), and a row without its file would only say "missing".
INSERT INTO sync_table (name, key_columns, scope, direction, apply_order) VALUES
    ('evaluation', '["case_id"]', 'center', 'both', 40),
    ('rectification', '["case_id"]', 'center', 'both', 50);
