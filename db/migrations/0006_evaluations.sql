-- 0006: reserved for 好差评 ratings and rectifications (issue 7 / demo generator); filled by the change that needs it.
SELECT 1;
