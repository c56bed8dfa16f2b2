-- Reserved for the a11y work (placeholder until it lands).
SELECT 1;
