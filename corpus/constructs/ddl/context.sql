-- Exercises: CREATE [OR REPLACE] CONTEXT ... USING [schema.]package, ACCESSED GLOBALLY, INITIALIZED EXTERNALLY; and the package that sets it
CREATE OR REPLACE CONTEXT app_ctx USING app.app_ctx_pkg;

CREATE CONTEXT tenant_ctx USING app.tenant_ctx_pkg ACCESSED GLOBALLY;

CREATE OR REPLACE CONTEXT ldap_ctx USING app.ldap_ctx_pkg INITIALIZED EXTERNALLY;

CREATE OR REPLACE PACKAGE app.app_ctx_pkg AUTHID DEFINER AS
  PROCEDURE set_tenant (p_tenant_id IN NUMBER);
  PROCEDURE clear_all;
END app_ctx_pkg;
/

CREATE OR REPLACE PACKAGE BODY app.app_ctx_pkg AS
  PROCEDURE set_tenant (p_tenant_id IN NUMBER) IS
  BEGIN
    DBMS_SESSION.SET_CONTEXT(namespace => 'APP_CTX', attribute => 'TENANT_ID', value => TO_CHAR(p_tenant_id));
  END set_tenant;

  PROCEDURE clear_all IS
  BEGIN
    DBMS_SESSION.CLEAR_ALL_CONTEXT('APP_CTX');
  END clear_all;
END app_ctx_pkg;
/
