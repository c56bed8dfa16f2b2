-- Reserved for the catalog administration work (drafts); placeholder until it lands.
SELECT 1;
