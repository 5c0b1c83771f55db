-- Exercises: Oracle (+) outer join syntax: left and right side, multi-column join, and (+) on both tables in different predicates
SELECT c.customer_id, c.customer_name, o.order_id, o.order_date
  FROM crm.customer c, sales.order_header o
 WHERE o.customer_id(+) = c.customer_id
 ORDER BY c.customer_id;

-- (+) on the left operand
SELECT o.order_id, r.rep_name
  FROM sales.customer_order o, crm.sales_rep r
 WHERE r.sales_rep_id (+) = o.sales_rep_id;

-- composite key outer join
SELECT ol.order_id, ol.line_no, sl.shipment_id, sl.shipped_qty
  FROM sales.order_line ol, sales.order_shipment_line sl
 WHERE sl.order_id(+) = ol.order_id
   AND sl.line_no(+)  = ol.line_no;

-- each table outer-joined to a different one (both sides of the query carry (+))
SELECT p.sku, p.description, s.on_hand, pr.list_price
  FROM sales.product p, wms.stock_level s, sales.price_list_item pr
 WHERE s.sku(+)  = p.sku
   AND p.sku     = pr.sku(+)
   AND pr.price_list_id(+) = 1;
