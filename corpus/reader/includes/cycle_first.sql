-- Includes cycle_second.sql, which includes this file again.
CREATE TABLE part_cycle_a (id NUMBER);
@@cycle_second.sql
