-- Exercises: date arithmetic: date + n, date - n, date - date (days), fractions of a day (1/24, 30/1440), date + INTERVAL, timestamp - timestamp (INTERVAL result), NUMTODSINTERVAL / NUMTOYMINTERVAL
SELECT SYSDATE + 1                                     AS tomorrow,
       SYSDATE - 7                                     AS week_ago,
       SYSDATE + 1/24                                  AS in_one_hour,
       SYSDATE + 30/1440                               AS in_half_hour,
       TRUNC(SYSDATE) + 17/24 + 30/(24*60)             AS today_1730,
       SYSDATE + INTERVAL '2' HOUR                     AS plus_two_hours,
       SYSDATE - INTERVAL '1-3' YEAR TO MONTH          AS minus_15_months,
       SYSTIMESTAMP + NUMTODSINTERVAL(90, 'MINUTE')    AS plus_90_min,
       SYSDATE + NUMTOYMINTERVAL(1, 'YEAR')            AS next_year,
       DATE '2024-12-31' - DATE '2024-01-01'           AS days_between,
       (SYSDATE - TRUNC(SYSDATE)) * 24                 AS hours_into_day,
       SYSTIMESTAMP - TIMESTAMP '2024-01-01 00:00:00'  AS elapsed_interval,
       EXTRACT(DAY FROM (SYSTIMESTAMP - TIMESTAMP '2024-01-01 00:00:00')) AS elapsed_days
  FROM dual;

SELECT s.shipment_id,
       ROUND((st.delivered_at_date - s.ship_date) * 24, 1) AS transit_hours
  FROM logi.shipment s
  JOIN logi.shipment_status st ON st.shipment_id = s.shipment_id
 WHERE s.ship_date > SYSDATE - 30
   AND st.delivered_at_date - s.ship_date > 2;
