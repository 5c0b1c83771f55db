-- Exercises: ROWID and UROWID column types (e.g. for exception tables)
CREATE TABLE ops.reconcile_exceptions
(
  source_rowid   ROWID,
  target_urowid  UROWID(4000),
  any_urowid     UROWID,
  owner          VARCHAR2(128),
  table_name     VARCHAR2(128),
  constraint_name VARCHAR2(128)
);
