-- Reserved for the dash work (placeholder until it lands).
SELECT 1;
