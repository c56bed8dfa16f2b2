-- 0008: reserved for applicant signatures; filled by the change that needs it.
SELECT 1;
