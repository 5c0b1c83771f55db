-- Exercises: MATCH_RECOGNIZE with PARTITION BY, ORDER BY, MEASURES (FIRST, LAST, COUNT, MATCH_NUMBER, CLASSIFIER), ONE ROW PER MATCH, AFTER MATCH SKIP PAST LAST ROW, PATTERN quantifiers, DEFINE with PREV
-- probing pattern: several small card payments quickly followed by a large one
SELECT *
  FROM fin.card_payment
 MATCH_RECOGNIZE (
   PARTITION BY card_token
   ORDER BY paid_at
   MEASURES
     MATCH_NUMBER()           AS match_no,
     FIRST(probe.paid_at)     AS first_probe_at,
     COUNT(probe.*)           AS probe_count,
     big.amount               AS big_amount,
     big.paid_at              AS big_paid_at,
     CLASSIFIER()             AS last_class
   ONE ROW PER MATCH
   AFTER MATCH SKIP PAST LAST ROW
   PATTERN (probe{3,} big)
   DEFINE
     probe AS probe.amount < 2
              AND (PREV(probe.paid_at) IS NULL OR probe.paid_at - PREV(probe.paid_at) < INTERVAL '10' MINUTE),
     big   AS big.amount > 500
              AND big.paid_at - LAST(probe.paid_at) < INTERVAL '1' HOUR
 ) mr
 ORDER BY card_token, match_no;
