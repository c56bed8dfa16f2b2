-- Reserved for the syncfiles work (placeholder until it lands).
SELECT 1;
