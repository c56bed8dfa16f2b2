-- Reserved for the sync work; placeholder until it lands.
SELECT 1;
