-- Exercises: PIPELINED table functions with PIPE ROW and bare RETURN, PARALLEL_ENABLE (PARTITION ... BY ANY / HASH), cursor-parameter table function, NO_DATA_NEEDED handling
CREATE OR REPLACE TYPE billing.rated_usage_t AS OBJECT
(
  usage_id       NUMBER(18),
  subscriber_id  NUMBER(12),
  rated_amount   NUMBER(12,4)
);
/

CREATE OR REPLACE TYPE billing.rated_usage_tab_t AS TABLE OF billing.rated_usage_t;
/

CREATE OR REPLACE PACKAGE billing.rating_pkg AS
  TYPE usage_cur_t IS REF CURSOR RETURN billing.usage_record%ROWTYPE;
  TYPE raw_usage_cur_t IS REF CURSOR;

  FUNCTION rate_usage (p_from IN DATE, p_to IN DATE)
    RETURN billing.rated_usage_tab_t PIPELINED;

  FUNCTION rate_cursor (p_cur IN raw_usage_cur_t)
    RETURN billing.rated_usage_tab_t PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY ANY);

  FUNCTION rate_by_subscriber (p_cur IN usage_cur_t)
    RETURN billing.rated_usage_tab_t PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY HASH (subscriber_id));
END rating_pkg;
/

CREATE OR REPLACE PACKAGE BODY billing.rating_pkg AS

  FUNCTION tariff (p_units NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN CASE WHEN p_units > 1000 THEN p_units * 0.008 ELSE p_units * 0.01 END;
  END tariff;

  FUNCTION rate_usage (p_from IN DATE, p_to IN DATE)
    RETURN billing.rated_usage_tab_t PIPELINED
  IS
  BEGIN
    FOR r IN (SELECT usage_id, subscriber_id, units
                FROM billing.usage_record
               WHERE usage_date BETWEEN p_from AND p_to)
    LOOP
      PIPE ROW (billing.rated_usage_t(r.usage_id, r.subscriber_id, tariff(r.units)));
    END LOOP;
    RETURN;
  EXCEPTION
    WHEN NO_DATA_NEEDED THEN
      RETURN;
  END rate_usage;

  FUNCTION rate_cursor (p_cur IN raw_usage_cur_t)
    RETURN billing.rated_usage_tab_t PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY ANY)
  IS
    l_id     NUMBER;
    l_sub    NUMBER;
    l_units  NUMBER;
  BEGIN
    LOOP
      FETCH p_cur INTO l_id, l_sub, l_units;
      EXIT WHEN p_cur%NOTFOUND;
      PIPE ROW (billing.rated_usage_t(l_id, l_sub, tariff(l_units)));
    END LOOP;
    CLOSE p_cur;
    RETURN;
  END rate_cursor;

  FUNCTION rate_by_subscriber (p_cur IN usage_cur_t)
    RETURN billing.rated_usage_tab_t PIPELINED PARALLEL_ENABLE (PARTITION p_cur BY HASH (subscriber_id))
  IS
    l_rec billing.usage_record%ROWTYPE;
  BEGIN
    LOOP
      FETCH p_cur INTO l_rec;
      EXIT WHEN p_cur%NOTFOUND;
      PIPE ROW (billing.rated_usage_t(l_rec.usage_id, l_rec.subscriber_id, tariff(l_rec.units)));
    END LOOP;
    RETURN;
  END rate_by_subscriber;

END rating_pkg;
/
