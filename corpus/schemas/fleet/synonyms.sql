--------------------------------------------------------
--  DDL for Synonym JOBS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "FLEET"."JOBS" FOR "FLEET"."WORK_ORDER";
--------------------------------------------------------
--  DDL for Synonym OPEN_JOBS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "FLEET"."OPEN_JOBS" FOR "FLEET"."V_OPEN_WORK_ORDERS";
--------------------------------------------------------
--  DDL for Synonym VEHICLES
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "FLEET"."VEHICLES" FOR "FLEET"."VEHICLE";
--------------------------------------------------------
--  DDL for Synonym VEHICLE_OVERVIEW
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "FLEET"."VEHICLE_OVERVIEW" FOR "FLEET"."V_VEHICLE_OVERVIEW";
