-- Exercises: 11g COMPOUND TRIGGER with all four timing points (BEFORE STATEMENT, BEFORE EACH ROW, AFTER EACH ROW, AFTER STATEMENT), shared declarations, bulk flush of collected rows (mutating-table workaround)
CREATE OR REPLACE TRIGGER sales.order_line_ct
FOR INSERT OR UPDATE OR DELETE ON sales.order_line
COMPOUND TRIGGER

  TYPE order_id_set_t IS TABLE OF BOOLEAN INDEX BY PLS_INTEGER;
  TYPE audit_tab_t    IS TABLE OF sales.order_line_audit%ROWTYPE INDEX BY PLS_INTEGER;

  g_touched_orders  order_id_set_t;
  g_audit           audit_tab_t;
  c_flush_size      CONSTANT PLS_INTEGER := 200;
  g_idx             PLS_INTEGER;
  g_order           PLS_INTEGER;

  PROCEDURE flush_audit IS
  BEGIN
    FORALL i IN 1 .. g_audit.COUNT
      INSERT INTO sales.order_line_audit VALUES g_audit(i);
    g_audit.DELETE;
  END flush_audit;

  BEFORE STATEMENT IS
  BEGIN
    g_touched_orders.DELETE;
    g_audit.DELETE;
  END BEFORE STATEMENT;

  BEFORE EACH ROW IS
  BEGIN
    IF INSERTING OR UPDATING THEN
      IF :NEW.qty <= 0 THEN
        RAISE_APPLICATION_ERROR(-20030, 'Quantity must be positive');
      END IF;
    END IF;
  END BEFORE EACH ROW;

  AFTER EACH ROW IS
  BEGIN
    g_idx := g_audit.COUNT + 1;
    g_touched_orders(NVL(:NEW.order_id, :OLD.order_id)) := TRUE;
    g_audit(g_idx).order_id   := NVL(:NEW.order_id, :OLD.order_id);
    g_audit(g_idx).line_no    := NVL(:NEW.line_no, :OLD.line_no);
    g_audit(g_idx).action     := CASE WHEN INSERTING THEN 'I' WHEN UPDATING THEN 'U' ELSE 'D' END;
    g_audit(g_idx).changed_at := SYSTIMESTAMP;
    IF g_audit.COUNT >= c_flush_size THEN
      flush_audit;
    END IF;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    flush_audit;
    g_order := g_touched_orders.FIRST;
    WHILE g_order IS NOT NULL LOOP
      UPDATE sales.order_header h
         SET h.total_amount = (SELECT NVL(SUM(l.qty * l.unit_price), 0)
                                 FROM sales.order_line l
                                WHERE l.order_id = h.order_id)
       WHERE h.order_id = g_order;
      g_order := g_touched_orders.NEXT(g_order);
    END LOOP;
  END AFTER STATEMENT;

END order_line_ct;
/
