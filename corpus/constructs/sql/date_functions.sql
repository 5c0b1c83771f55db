-- Exercises: TRUNC / ROUND on dates with 'MM', 'IW', 'Q', 'YYYY', 'DD', 'HH24', ADD_MONTHS, MONTHS_BETWEEN, LAST_DAY, NEXT_DAY, EXTRACT, SYSDATE / SYSTIMESTAMP / CURRENT_DATE / LOCALTIMESTAMP, NEW_TIME / FROM_TZ / AT TIME ZONE
SELECT TRUNC(SYSDATE)                       AS today,
       TRUNC(SYSDATE, 'MM')                 AS month_start,
       TRUNC(SYSDATE, 'IW')                 AS iso_week_start,
       TRUNC(SYSDATE, 'Q')                  AS quarter_start,
       TRUNC(SYSDATE, 'YYYY')               AS year_start,
       TRUNC(SYSDATE, 'HH24')               AS this_hour,
       ROUND(SYSDATE, 'MM')                 AS nearest_month,
       ROUND(SYSDATE, 'YYYY')               AS nearest_year,
       ROUND(SYSDATE, 'DD')                 AS nearest_day,
       ROUND(SYSDATE, 'IW')                 AS nearest_iso_week,
       ROUND(SYSDATE, 'Q')                  AS nearest_quarter,
       TRUNC(SYSTIMESTAMP, 'MI')            AS this_minute,
       ADD_MONTHS(SYSDATE, 3)               AS plus_quarter,
       ADD_MONTHS(LAST_DAY(SYSDATE), -1)    AS prev_month_end,
       MONTHS_BETWEEN(SYSDATE, DATE '2020-02-29') AS months_since,
       TRUNC(MONTHS_BETWEEN(SYSDATE, DATE '1990-05-17') / 12) AS age_years,
       LAST_DAY(SYSDATE)                    AS month_end,
       NEXT_DAY(TRUNC(SYSDATE), 'MONDAY')   AS next_monday,
       EXTRACT(YEAR FROM SYSDATE)           AS yr,
       EXTRACT(HOUR FROM SYSTIMESTAMP)      AS hr,
       EXTRACT(TIMEZONE_HOUR FROM SYSTIMESTAMP) AS tz_h,
       SYSDATE, SYSTIMESTAMP, CURRENT_DATE, CURRENT_TIMESTAMP, LOCALTIMESTAMP,
       SYSTIMESTAMP AT TIME ZONE 'UTC'      AS utc_now,
       FROM_TZ(CAST(SYSDATE AS TIMESTAMP), 'Europe/Berlin') AT LOCAL AS berlin_local,
       NEW_TIME(SYSDATE, 'GMT', 'PST')      AS pst,
       SYS_EXTRACT_UTC(SYSTIMESTAMP)        AS utc_ts
  FROM dual;

SELECT TRUNC(order_date, 'Q') AS qtr, COUNT(*)
  FROM sales.order_header
 WHERE order_date >= ADD_MONTHS(TRUNC(SYSDATE, 'YYYY'), -12)
 GROUP BY TRUNC(order_date, 'Q')
 ORDER BY 1;
