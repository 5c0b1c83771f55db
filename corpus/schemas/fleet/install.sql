REM ======================================================================
REM  FLEET - vehicle fleet maintenance
REM  Installs the FLEET schema objects exported from SQL Developer
REM  (one file per object type; one file per table under tables/).
REM  Run in SQL*Plus or SQLcl connected as FLEET from this directory:
REM      sqlplus fleet@FLEETDB @install.sql
REM ======================================================================

SET DEFINE OFF
SET SQLBLANKLINES ON
SET ECHO OFF
SET FEEDBACK ON
SET SERVEROUTPUT ON
WHENEVER SQLERROR EXIT FAILURE ROLLBACK

SPOOL fleet_install.log

PROMPT
PROMPT === FLEET: roles
@@roles.sql

PROMPT === FLEET: sequences
@@sequences.sql

PROMPT === FLEET: tables
@@tables/fuel_type.sql
@@tables/depot.sql
@@tables/mechanic.sql
@@tables/driver.sql
@@tables/vehicle_model.sql
@@tables/vehicle.sql
@@tables/part_category.sql
@@tables/part.sql
@@tables/part_stock.sql
@@tables/work_order.sql
@@tables/work_order_task.sql
@@tables/work_order_part.sql
@@tables/fuel_transaction.sql
@@tables/telematics_event.sql
@@tables/vehicle_inspection.sql
@@tables/maint_forecast_tmp.sql

PROMPT === FLEET: indexes
@@indexes.sql

PROMPT === FLEET: constraints (primary keys, unique keys, checks, then foreign keys)
@@constraints.sql

PROMPT === FLEET: views
@@views.sql

PROMPT === FLEET: materialized views
@@materialized_views.sql

PROMPT === FLEET: synonyms
@@synonyms.sql

PROMPT === FLEET: comments
@@comments.sql

PROMPT === FLEET: grants
@@grants.sql

SPOOL OFF
PROMPT FLEET installation complete.
