-- Reserved for the syncpush work (placeholder until it lands).
SELECT 1;
