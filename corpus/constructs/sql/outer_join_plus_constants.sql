-- Exercises: (+) with constant filters (a.x(+) = 5, a.y(+) = 'Y'), IS NULL anti-join pattern, (+) with functions and BETWEEN-like range predicates
SELECT c.customer_id,
       c.customer_name,
       a.alias_name
  FROM crm.customer c, crm.customer_alias a
 WHERE a.customer_id(+)  = c.customer_id
   AND a.alias_type(+)   = 'TRADING'
   AND a.is_primary(+)   = 'Y'
   AND a.priority(+)     = 5;

-- customers without any order in 2024 (anti-join)
SELECT c.customer_id, c.customer_name
  FROM crm.customer c, sales.order_header o
 WHERE o.customer_id(+) = c.customer_id
   AND o.order_date(+) >= DATE '2024-01-01'
   AND o.order_date(+) <  DATE '2025-01-01'
   AND o.order_id IS NULL;

-- rate valid on the shipment date, keep shipments without a rate
SELECT s.shipment_id, s.ship_date, r.rate_per_kg
  FROM logi.shipment s, logi.carrier_rate_hist r
 WHERE r.carrier_code(+) = s.carrier_code
   AND TRUNC(s.ship_date) >= r.valid_from(+)
   AND TRUNC(s.ship_date) <  NVL(r.valid_to(+), DATE '9999-12-31');
