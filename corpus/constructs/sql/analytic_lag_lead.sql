-- Exercises: LAG / LEAD with offset and default, IGNORE NULLS, FIRST_VALUE / LAST_VALUE, NTH_VALUE, used for gaps and deltas
SELECT s.shipment_id,
       s.ship_date,
       LAG(s.ship_date)          OVER (PARTITION BY s.carrier_code ORDER BY s.ship_date) AS prev_ship,
       s.ship_date - LAG(s.ship_date, 1, s.ship_date) OVER (PARTITION BY s.carrier_code ORDER BY s.ship_date) AS days_since_prev,
       LEAD(s.shipment_id, 2)    OVER (PARTITION BY s.carrier_code ORDER BY s.ship_date) AS second_next_id,
       LEAD(s.ship_date, 1, DATE '9999-12-31') OVER (ORDER BY s.ship_date)              AS next_any
  FROM logi.shipment s;

SELECT r.snapshot_id,
       r.base_ccy,
       r.mid_rate,
       LAST_VALUE(r.mid_rate IGNORE NULLS) OVER (PARTITION BY r.base_ccy, r.quote_ccy ORDER BY r.snapshot_id
                                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS filled_rate,
       LAG(r.mid_rate IGNORE NULLS) OVER (PARTITION BY r.base_ccy, r.quote_ccy ORDER BY r.snapshot_id) AS prev_known,
       NTH_VALUE(r.mid_rate, 2) FROM FIRST IGNORE NULLS
         OVER (PARTITION BY r.base_ccy ORDER BY r.snapshot_id
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second_rate
  FROM fin.fx_rate_snapshot r;
