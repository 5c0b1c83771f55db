-- A small two-schema system whose dependency graph the tests check: synonyms, a
-- cross-schema view, a package calling another package, a trigger on a table, a
-- database link, and a cycle of foreign keys.
CREATE TABLE stock.warehouse (
  warehouse_id  NUMBER(6) PRIMARY KEY,
  manager_id    NUMBER(8)
);
CREATE TABLE stock.keeper (
  keeper_id     NUMBER(8) PRIMARY KEY,
  warehouse_id  NUMBER(6) NOT NULL
);
ALTER TABLE stock.warehouse ADD CONSTRAINT warehouse_manager_fk
  FOREIGN KEY (manager_id) REFERENCES stock.keeper (keeper_id);
ALTER TABLE stock.keeper ADD CONSTRAINT keeper_warehouse_fk
  FOREIGN KEY (warehouse_id) REFERENCES stock.warehouse (warehouse_id);

CREATE SYNONYM stock.wh FOR stock.warehouse;
CREATE PUBLIC SYNONYM keepers FOR stock.keeper;

CREATE OR REPLACE VIEW sales.v_keepers AS
  SELECT k.keeper_id, w.warehouse_id
    FROM keepers k JOIN stock.wh w ON w.warehouse_id = k.warehouse_id;

CREATE OR REPLACE VIEW sales.v_remote_rates AS
  SELECT currency, rate FROM fx_rates@treasury_link;

CREATE OR REPLACE PACKAGE stock.audit_api AS
  PROCEDURE note (p_text IN VARCHAR2);
END audit_api;
/
CREATE OR REPLACE PACKAGE BODY stock.audit_api AS
  PROCEDURE note (p_text IN VARCHAR2) IS
  BEGIN
    dbms_output.put_line(p_text);
  END note;
END audit_api;
/
CREATE OR REPLACE PACKAGE stock.keeper_api AS
  PROCEDURE move (p_keeper IN NUMBER, p_warehouse IN NUMBER);
END keeper_api;
/
CREATE OR REPLACE PACKAGE BODY stock.keeper_api AS
  PROCEDURE move (p_keeper IN NUMBER, p_warehouse IN NUMBER) IS
  BEGIN
    UPDATE stock.keeper SET warehouse_id = p_warehouse WHERE keeper_id = p_keeper;
    audit_api.note('moved ' || p_keeper);
  END move;
END keeper_api;
/
CREATE OR REPLACE TRIGGER stock.keeper_biu
  BEFORE INSERT OR UPDATE ON stock.keeper
  FOR EACH ROW
BEGIN
  stock.audit_api.note('keeper ' || :NEW.keeper_id);
END;
/
