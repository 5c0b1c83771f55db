-- Exercises: classic top-N with ROWNUM around an ORDER BY subquery, pagination with two nested ROWNUM filters, ROWNUM aliased as rnum
SELECT *
  FROM (SELECT o.order_id, o.customer_id, o.total_amount
          FROM sales.order_header o
         WHERE o.order_date >= TRUNC(SYSDATE) - 30
         ORDER BY o.total_amount DESC)
 WHERE ROWNUM <= 10;

-- rows 41..60 of an ordered result
SELECT order_id, customer_id, order_date
  FROM (SELECT a.*, ROWNUM rnum
          FROM (SELECT order_id, customer_id, order_date
                  FROM sales.order_header
                 WHERE channel = :channel
                 ORDER BY order_date DESC, order_id) a
         WHERE ROWNUM <= :last_row)
 WHERE rnum >= :first_row;

-- latest invoice per customer using ROWNUM in a correlated subquery
SELECT c.customer_id,
       (SELECT invoice_id
          FROM (SELECT i.invoice_id, i.customer_id
                  FROM billing.invoice i
                 ORDER BY i.issued_on DESC) x
         WHERE x.customer_id = c.customer_id
           AND ROWNUM = 1) AS latest_invoice_id
  FROM crm.customer c;
