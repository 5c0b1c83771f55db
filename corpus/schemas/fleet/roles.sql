REM  Roles used by the FLEET grants. Needs the CREATE ROLE privilege.

create role fleet_reader;
create role fleet_workshop;
create role fleet_dispatch;
create role fleet_telematics;
