-- Exercises: RAW(n), LONG and LONG RAW columns (legacy types, one LONG per table)
CREATE TABLE legacy.report_template (
  template_id    NUMBER(6)      PRIMARY KEY,
  template_hash  RAW(32),
  checksum_md5   RAW(16)        NOT NULL,
  template_body  LONG
);

CREATE TABLE legacy.report_logo (
  logo_id        NUMBER(6)      PRIMARY KEY,
  mime_type      VARCHAR2(60),
  image_data     LONG RAW
);
