-- Reserved for the sync work; placeholder until it lands.
SELECT 1;

-- Home visits (wip/syncui)
-- 上门服务 appointments travel both ways between the windows of a center (the workstation's
-- migration 0021); a visited one names its case (case_field: it follows its case's scope).
-- Row-level security of sync_row keeps them to their center like every synced row.
INSERT INTO onewindow.sync_table (name, direction, case_field) VALUES
    ('home_visit', 'both', 'case_id');
