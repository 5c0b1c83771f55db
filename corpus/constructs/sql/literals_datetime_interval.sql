-- Exercises: datetime and interval literals: DATE '...', TIMESTAMP '...' (with fractional seconds and time zone), INTERVAL 'n' DAY/HOUR/MINUTE/SECOND, INTERVAL 'y-m' YEAR TO MONTH, INTERVAL 'd hh:mi:ss' DAY TO SECOND, with precision; numeric literals (e-notation, f/d suffix, binary float constants)
SELECT DATE '2024-01-31'                                       AS d,
       TIMESTAMP '2024-01-31 23:59:59'                         AS ts,
       TIMESTAMP '2024-01-31 23:59:59.123456'                  AS ts_frac,
       TIMESTAMP '2024-03-30 02:30:00 Europe/Amsterdam'        AS ts_region,
       TIMESTAMP '2024-03-30 02:30:00.000 +01:00'              AS ts_offset,
       INTERVAL '5' DAY                                        AS five_days,
       INTERVAL '36' HOUR                                      AS hours36,
       INTERVAL '90' MINUTE                                    AS ninety_min,
       INTERVAL '30' SECOND                                    AS half_minute,
       INTERVAL '1-6' YEAR TO MONTH                            AS eighteen_months,
       INTERVAL '2' YEAR                                       AS two_years,
       INTERVAL '14' MONTH                                     AS fourteen_months,
       INTERVAL '4 05:30:00' DAY TO SECOND                     AS d_to_s,
       INTERVAL '4 05' DAY TO HOUR                             AS d_to_h,
       INTERVAL '12:30' HOUR TO MINUTE                         AS h_to_m,
       INTERVAL '123' DAY(3)                                   AS with_precision,
       INTERVAL '0 00:00:01.500' DAY TO SECOND(3)              AS frac_second,
       1.5e3                                                   AS sci,
       2.5E-2                                                  AS sci_neg,
       3.0f                                                    AS bin_float,
       7.25d                                                   AS bin_double,
       BINARY_DOUBLE_INFINITY                                  AS inf,
       -.5                                                     AS leading_dot
  FROM dual;

SELECT * FROM sales.order_header WHERE order_date BETWEEN DATE '2024-01-01' AND DATE '2024-01-31' + INTERVAL '1' DAY - INTERVAL '1' SECOND;
