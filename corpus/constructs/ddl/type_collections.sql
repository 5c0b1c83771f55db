-- Exercises: schema-level collection types: VARRAY (VARYING ARRAY), nested TABLE OF scalar and object, TABLE OF ... NOT NULL, collections of collections, ALTER TYPE ... MODIFY LIMIT
CREATE OR REPLACE TYPE app.number_list_t AS TABLE OF NUMBER;
/

CREATE OR REPLACE TYPE app.varchar_list_t IS TABLE OF VARCHAR2(4000);
/

CREATE OR REPLACE TYPE app.id_list_nn_t AS TABLE OF NUMBER(12) NOT NULL;
/

CREATE OR REPLACE TYPE logi.stop_codes_t AS VARRAY(20) OF VARCHAR2(8);
/

CREATE OR REPLACE TYPE logi.weekday_hours_t AS VARYING ARRAY(7) OF NUMBER(4,2);
/

CREATE OR REPLACE TYPE logi.route_stop_t AS OBJECT
(
  stop_seq      NUMBER(3),
  depot_id      NUMBER(8),
  eta           DATE
);
/

CREATE OR REPLACE TYPE logi.route_stop_list_t AS TABLE OF logi.route_stop_t;
/

CREATE OR REPLACE TYPE logi.route_plan_t AS VARRAY(50) OF logi.route_stop_list_t;
/

ALTER TYPE logi.stop_codes_t MODIFY LIMIT 40 CASCADE;
