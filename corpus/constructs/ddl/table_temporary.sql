-- Exercises: GLOBAL TEMPORARY tables with ON COMMIT DELETE ROWS and ON COMMIT PRESERVE ROWS
CREATE GLOBAL TEMPORARY TABLE billing.gtt_rating_batch
(
  usage_id        NUMBER(18),
  subscriber_id   NUMBER(12),
  tariff_code     VARCHAR2(10),
  rated_amount    NUMBER(12,4)
)
ON COMMIT DELETE ROWS;

create global temporary table APP.GTT_REPORT_PARAMS
(
  param_name   varchar2(30) not null,
  param_value  varchar2(4000),
  constraint gtt_report_params_pk primary key (param_name)
)
on commit preserve rows;

CREATE GLOBAL TEMPORARY TABLE wms.gtt_pick_candidates
(
  bin_id    NUMBER(10),
  sku       VARCHAR2(20),
  qty       NUMBER(12,3)
);
