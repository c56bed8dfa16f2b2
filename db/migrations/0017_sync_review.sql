-- Reserved for the syncui work (placeholder until it lands).
SELECT 1;
