-- Reserved for the accessibility work (spoken rating channel); placeholder until it lands.
SELECT 1;
