CREATE TABLE part_cycle_b (id NUMBER);
@@cycle_first.sql
