-- Exercises: UNPIVOT (default EXCLUDE NULLS), UNPIVOT INCLUDE NULLS, multi-column UNPIVOT with literal labels
SELECT account_code, quarter, amount
  FROM fin.budget_by_quarter
UNPIVOT (amount FOR quarter IN (q1_amount AS 'Q1', q2_amount AS 'Q2', q3_amount AS 'Q3', q4_amount AS 'Q4'));

SELECT customer_id, phone_kind, phone_value
  FROM crm.customer_phones_wide
UNPIVOT INCLUDE NULLS (phone_value FOR phone_kind IN (phone_home AS 'HOME', phone_work AS 'WORK', phone_mobile AS 'MOBILE'))
 ORDER BY customer_id, phone_kind;

SELECT *
  FROM fin.budget_by_half
UNPIVOT EXCLUDE NULLS ((plan_amt, actual_amt) FOR half_year IN ((h1_plan, h1_actual) AS 1,
                                                                (h2_plan, h2_actual) AS 2));
