-- 0002: 好差评 ratings and rectifications join the protocol (the workstation's migration 0012).
INSERT INTO onewindow.sync_table (name, direction, case_field) VALUES
    ('evaluation', 'both', 'case_id'),
    ('rectification', 'both', 'case_id');
