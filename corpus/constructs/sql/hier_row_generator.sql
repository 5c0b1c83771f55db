-- Exercises: CONNECT BY LEVEL <= n row generator on DUAL (calendar, number series), ROWNUM-based generator
SELECT TRUNC(SYSDATE, 'MM') + LEVEL - 1 AS cal_day
  FROM dual
CONNECT BY LEVEL <= TO_NUMBER(TO_CHAR(LAST_DAY(SYSDATE), 'DD'));

SELECT LEVEL AS slot_no,
       TO_CHAR(DATE '2024-01-01' + (LEVEL - 1) / 48, 'HH24:MI') AS slot_start
  FROM DUAL
CONNECT BY LEVEL <= 48;

-- split a comma separated string into rows
SELECT REGEXP_SUBSTR(:csv_list, '[^,]+', 1, LEVEL) AS item
  FROM dual
CONNECT BY REGEXP_SUBSTR(:csv_list, '[^,]+', 1, LEVEL) IS NOT NULL;

SELECT ROWNUM AS n FROM all_objects WHERE ROWNUM <= 1000;
