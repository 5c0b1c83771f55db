-- Exercises: standalone procedure with IN, OUT, IN OUT, IN OUT NOCOPY, OUT NOCOPY parameters, DEFAULT and := defaults, %TYPE / %ROWTYPE parameter types, collection parameter
CREATE OR REPLACE PROCEDURE sales.price_order (
  p_order_id       IN            sales.order_header.order_id%TYPE,
  p_discount_pct   IN            NUMBER   DEFAULT 0,
  p_apply_vat      IN            BOOLEAN  := TRUE,
  p_currency       IN            VARCHAR2 DEFAULT 'EUR',
  p_net_total      OUT           NUMBER,
  p_gross_total    OUT NOCOPY    NUMBER,
  p_header         IN OUT        sales.order_header%ROWTYPE,
  p_messages       IN OUT NOCOPY app.varchar_list_t
)
IS
  l_vat_rate CONSTANT NUMBER := 0.21;
BEGIN
  SELECT NVL(SUM(qty * unit_price), 0) * (1 - p_discount_pct / 100)
    INTO p_net_total
    FROM sales.order_line
   WHERE order_id = p_order_id;

  p_gross_total := CASE WHEN p_apply_vat THEN ROUND(p_net_total * (1 + l_vat_rate), 2) ELSE p_net_total END;
  p_header.total_amount := p_gross_total;

  IF p_messages IS NULL THEN
    p_messages := app.varchar_list_t();
  END IF;
  p_messages.EXTEND;
  p_messages(p_messages.LAST) := 'priced ' || p_order_id || ' in ' || p_currency;
END price_order;
/
