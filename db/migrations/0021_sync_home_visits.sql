-- Reserved for the sync work (home visits); placeholder until it lands.
SELECT 1;
