-- 0010: reserved for sync outbox, cursor and conflicts (issue 6); filled by the change that needs it.
SELECT 1;
