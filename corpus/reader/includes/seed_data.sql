-- START passes its arguments as &1, &2.
INSERT INTO &1..part (part_no, descr) VALUES ('P-&2', 'seeded part');
