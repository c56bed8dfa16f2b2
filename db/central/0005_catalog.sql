-- Reserved for the admin work (placeholder until it lands).
SELECT 1;
