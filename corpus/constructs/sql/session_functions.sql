-- Exercises: SYS_GUID, USER, UID, SYS_CONTEXT('USERENV', ...) with many attributes, USERENV legacy, seq.NEXTVAL / seq.CURRVAL, FROM DUAL, ORA_HASH / STANDARD_HASH, DBTIMEZONE / SESSIONTIMEZONE
SELECT SYS_GUID()                                       AS raw_guid,
       RAWTOHEX(SYS_GUID())                             AS hex_guid,
       USER                                             AS current_user_name,
       UID                                              AS current_uid,
       SYS_CONTEXT('USERENV', 'SESSION_USER')           AS session_user,
       SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')         AS current_schema,
       SYS_CONTEXT('USERENV', 'OS_USER')                AS os_user,
       SYS_CONTEXT('USERENV', 'HOST')                   AS client_host,
       SYS_CONTEXT('USERENV', 'IP_ADDRESS')             AS ip,
       SYS_CONTEXT('USERENV', 'MODULE')                 AS module,
       SYS_CONTEXT('USERENV', 'CLIENT_IDENTIFIER')      AS client_id,
       SYS_CONTEXT('USERENV', 'DB_NAME')                AS db_name,
       SYS_CONTEXT('USERENV', 'CON_NAME')               AS pdb,
       SYS_CONTEXT('USERENV', 'SID')                    AS sid,
       SYS_CONTEXT('userenv', 'instance_name')          AS instance_lower,
       SYS_CONTEXT('APP_CTX', 'TENANT_ID', 30)          AS tenant,
       USERENV('LANGUAGE')                              AS legacy_lang,
       ORA_HASH('ABC', 1023)                            AS bucket,
       STANDARD_HASH('secret-ish', 'SHA256')            AS sha,
       DBTIMEZONE, SESSIONTIMEZONE
  FROM DUAL;

SELECT sales.order_seq.NEXTVAL FROM dual;

SELECT sales.order_seq.CURRVAL AS last_order_id FROM sys.dual;

INSERT INTO sales.order_line (order_id, line_no, sku, qty, unit_price)
VALUES (sales.order_seq.CURRVAL, 1, 'SKU-100', 2, 19.95);

SELECT "APP"."Audit_Seq".nextval FROM dual;
