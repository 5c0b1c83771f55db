-- Exercises: ALTER TABLE MOVE (tablespace, compression, ONLINE, LOB), RENAME TO, RENAME statement, READ ONLY, SHRINK SPACE, logging/parallel/cache changes
ALTER TABLE wms.pick_task_archive MOVE TABLESPACE wms_hist;

ALTER TABLE dw.fact_returns MOVE ROW STORE COMPRESS ADVANCED PARALLEL 4;

ALTER TABLE crm.customer MOVE ONLINE TABLESPACE crm_data2 UPDATE INDEXES;

ALTER TABLE docs.email_archive MOVE LOB (body) STORE AS SECUREFILE (TABLESPACE docs_lob2 COMPRESS HIGH);

ALTER TABLE wms.pick_task_archive RENAME TO pick_task_hist;

RENAME stage_sales TO stage_sales_old;

ALTER TABLE ref.country READ ONLY;
ALTER TABLE ref.country READ WRITE;

ALTER TABLE ops.app_log ENABLE ROW MOVEMENT;
ALTER TABLE ops.app_log SHRINK SPACE CASCADE;

ALTER TABLE dw.stage_sales NOLOGGING;
ALTER TABLE dw.stage_sales PARALLEL 8;
ALTER TABLE ref.country NOCACHE;
ALTER TABLE app.audit_event PCTFREE 0 STORAGE (NEXT 8M);
ALTER TABLE app.audit_event ALLOCATE EXTENT (SIZE 100M);
ALTER TABLE app.audit_event DEALLOCATE UNUSED;
