-- Exercises: MERGE INTO ... USING (subquery) ON (...) WHEN MATCHED THEN UPDATE SET ... WHERE ... DELETE WHERE ..., WHEN NOT MATCHED THEN INSERT (cols) VALUES (...) WHERE ...
MERGE INTO wms.stock_level tgt
USING (SELECT warehouse_code,
              sku,
              SUM(CASE movement_type WHEN 'I' THEN quantity ELSE -quantity END) AS delta
         FROM wms.stock_movement
        WHERE posted_flag = 0
        GROUP BY warehouse_code, sku) src
   ON (tgt.warehouse_code = src.warehouse_code AND tgt.sku = src.sku)
 WHEN MATCHED THEN
      UPDATE SET tgt.on_hand      = tgt.on_hand + src.delta,
                 tgt.last_move_at = SYSTIMESTAMP
       WHERE src.delta <> 0
      DELETE WHERE tgt.on_hand = 0
 WHEN NOT MATCHED THEN
      INSERT (warehouse_code, sku, on_hand, last_move_at)
      VALUES (src.warehouse_code, src.sku, src.delta, SYSTIMESTAMP)
       WHERE src.delta > 0;
