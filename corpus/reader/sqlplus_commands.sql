REM Report-style script with the usual SQL*Plus furniture.
SET ECHO OFF FEEDBACK ON
SET SERVEROUTPUT ON SIZE UNLIMITED
SET LINESIZE 200 PAGESIZE 0
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
SPOOL install_log.txt
COLUMN region_name FORMAT A30 HEADING 'Region'
BREAK ON region_name SKIP 1
TTITLE LEFT 'Regional totals' SKIP 2
VARIABLE v_total NUMBER
CONNECT logistics/secret@depot
CREATE TABLE depot (depot_id NUMBER PRIMARY KEY, region_name VARCHAR2(30));
ALTER SESSION SET CURRENT_SCHEMA = warehouse;
CREATE TABLE bin (bin_id NUMBER PRIMARY KEY, depot_id NUMBER);
EXEC :v_total := 0;
EXECUTE dbms_stats.gather_table_stats(USER, 'BIN');
PRINT v_total
PROMPT Done; see install_log.txt
SPOOL OFF
EXIT
