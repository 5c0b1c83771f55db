-- Exercises: REFERENCING NEW AS n OLD AS o (and PARENT AS for nested tables), using :n / :o correlation names and WHEN (n.col <> o.col) without colons
CREATE OR REPLACE TRIGGER crm.customer_credit_au
AFTER UPDATE OF credit_limit ON crm.customer
REFERENCING NEW AS n OLD AS o
FOR EACH ROW
WHEN (NVL(n.credit_limit, 0) <> NVL(o.credit_limit, 0))
BEGIN
  INSERT INTO crm.credit_limit_history (customer_id, old_limit, new_limit, changed_by, changed_at)
  VALUES (:o.customer_id, :o.credit_limit, :n.credit_limit, USER, SYSTIMESTAMP);
END;
/

CREATE OR REPLACE TRIGGER wms.pick_task_bu
BEFORE UPDATE ON wms.pick_task
REFERENCING OLD AS before_row NEW AS after_row
FOR EACH ROW
BEGIN
  IF :before_row.status = 'DONE' THEN
    :after_row.status := 'DONE';
  END IF;
END;
/
