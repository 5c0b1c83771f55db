-- Exercises: MERGE variants: only WHEN MATCHED, only WHEN NOT MATCHED, USING a table directly, USING DUAL upsert with binds, hints, LOG ERRORS, constant ON (1 = 0) insert-only trick
MERGE INTO crm.customer c
USING crm.customer_import i
   ON (c.customer_id = i.customer_id)
 WHEN MATCHED THEN UPDATE SET c.email = i.email, c.phone_main = i.phone;

MERGE /*+ APPEND */ INTO dw.dim_store d
USING (SELECT store_id, store_name, region_code FROM ops.store_master) s
   ON (d.store_id = s.store_id)
 WHEN NOT MATCHED THEN INSERT (d.store_id, d.store_name, d.region_code)
                       VALUES (s.store_id, s.store_name, s.region_code);

MERGE INTO app.job_checkpoint jc
USING (SELECT :job_name AS job_name, SYSTIMESTAMP AS run_at FROM dual) x
   ON (jc.job_name = x.job_name)
 WHEN MATCHED THEN
   UPDATE SET jc.last_run_at = x.run_at
 WHEN NOT MATCHED THEN
   INSERT (job_name, last_run_at) VALUES (x.job_name, x.run_at);

MERGE INTO ref.country t
USING ref.country_feed f
   ON (1 = 0)
 WHEN NOT MATCHED THEN INSERT VALUES (f.country_code, f.country_name)
LOG ERRORS INTO ref.err$_country REJECT LIMIT 50;
