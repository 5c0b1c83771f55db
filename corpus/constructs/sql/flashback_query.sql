-- Exercises: flashback query AS OF TIMESTAMP / AS OF SCN, VERSIONS BETWEEN with pseudo-columns, flashback in a subquery for diffing
SELECT customer_id, customer_name, credit_limit
  FROM crm.customer AS OF TIMESTAMP (SYSTIMESTAMP - INTERVAL '15' MINUTE)
 WHERE customer_id = :cid;

SELECT * FROM billing.invoice AS OF TIMESTAMP TO_TIMESTAMP('2024-01-31 08:00:00', 'YYYY-MM-DD HH24:MI:SS');

SELECT COUNT(*) FROM sales.order_header AS OF SCN 1234567890;

SELECT versions_startscn, versions_starttime, versions_endtime, versions_xid, versions_operation,
       invoice_id, status
  FROM billing.invoice
       VERSIONS BETWEEN TIMESTAMP SYSTIMESTAMP - INTERVAL '1' HOUR AND SYSTIMESTAMP
 WHERE invoice_id = :inv;

-- rows changed in the last hour
SELECT cur.customer_id, old.credit_limit AS old_limit, cur.credit_limit AS new_limit
  FROM crm.customer cur
  JOIN crm.customer AS OF TIMESTAMP (SYSDATE - 1/24) old
    ON old.customer_id = cur.customer_id
 WHERE DECODE(old.credit_limit, cur.credit_limit, 0, 1) = 1;

SELECT DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER AS current_scn, TIMESTAMP_TO_SCN(SYSTIMESTAMP) FROM dual;
