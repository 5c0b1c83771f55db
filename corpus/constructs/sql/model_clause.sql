-- Exercises: MODEL clause with PARTITION BY / DIMENSION BY / MEASURES, RULES with cell references, CV(), FOR loop, UPSERT, ITERATE, RETURN UPDATED ROWS
SELECT region_code, fiscal_year, revenue
  FROM (SELECT region_code, fiscal_year, SUM(revenue) AS revenue
          FROM sales.channel_revenue_yearly
         GROUP BY region_code, fiscal_year)
 MODEL
   RETURN UPDATED ROWS
   PARTITION BY (region_code)
   DIMENSION BY (fiscal_year)
   MEASURES (revenue)
   RULES UPSERT
   (
     revenue[2025] = ROUND(revenue[2024] * (1 + (revenue[2024] - revenue[2023]) / NULLIF(revenue[2023], 0)), 2),
     revenue[FOR fiscal_year FROM 2026 TO 2027 INCREMENT 1] = revenue[CV(fiscal_year) - 1] * 1.03
   )
 ORDER BY region_code, fiscal_year;

SELECT n, fib
  FROM dual
 MODEL
   DIMENSION BY (0 AS n)
   MEASURES (0 AS fib)
   RULES ITERATE (20)
   (
     fib[ITERATION_NUMBER] = CASE WHEN ITERATION_NUMBER < 2 THEN ITERATION_NUMBER
                                  ELSE fib[ITERATION_NUMBER - 1] + fib[ITERATION_NUMBER - 2] END
   );
