-- Exercises: UPDATE with correlated subqueries in SET and WHERE, SET (a, b) = (SELECT ...), update of an inline view (key-preserved join), EXISTS, update with CASE
UPDATE sales.order_header o
   SET o.total_amount = (SELECT NVL(SUM(l.line_net), 0)
                           FROM sales.order_line l
                          WHERE l.order_id = o.order_id)
 WHERE o.order_date >= TRUNC(SYSDATE) - 7;

UPDATE crm.customer c
   SET (c.email, c.phone_main) = (SELECT s.email, s.phone
                                    FROM crm.customer_import s
                                   WHERE s.customer_id = c.customer_id)
 WHERE EXISTS (SELECT 1 FROM crm.customer_import s WHERE s.customer_id = c.customer_id);

UPDATE (SELECT i.status, i.due_on, c.credit_hold
          FROM billing.invoice i
          JOIN crm.customer c ON c.customer_id = i.customer_id
         WHERE i.status = 'OPEN') v
   SET v.credit_hold = 'Y'
 WHERE v.due_on < SYSDATE - 60;

UPDATE wms.pick_task t
   SET t.status    = CASE WHEN t.picker_id IS NULL THEN 'OPEN' ELSE 'ASSIGNED' END,
       t.priority  = t.priority + 1
 WHERE t.order_id IN (SELECT order_id FROM sales.order_header WHERE channel = 'EXPRESS');

UPDATE billing.invoice SET status = 'VOID', due_on = NULL WHERE invoice_id = :inv_id;
