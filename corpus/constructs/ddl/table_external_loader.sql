-- Exercises: ORGANIZATION EXTERNAL with TYPE ORACLE_LOADER, DEFAULT DIRECTORY, ACCESS PARAMETERS (records/fields spec) and LOCATION, REJECT LIMIT
CREATE TABLE fin.ext_bank_statement
(
  account_iban     VARCHAR2(34),
  booking_date     DATE,
  value_date       DATE,
  amount           NUMBER(16,2),
  currency         CHAR(3),
  counterparty     VARCHAR2(140),
  remittance_info  VARCHAR2(400)
)
ORGANIZATION EXTERNAL
(
  TYPE ORACLE_LOADER
  DEFAULT DIRECTORY bank_in_dir
  ACCESS PARAMETERS
  (
    RECORDS DELIMITED BY NEWLINE
    CHARACTERSET AL32UTF8
    SKIP 1
    BADFILE bank_log_dir:'statement_%a_%p.bad'
    LOGFILE bank_log_dir:'statement_%a_%p.log'
    NODISCARDFILE
    FIELDS TERMINATED BY ';' OPTIONALLY ENCLOSED BY '"'
    MISSING FIELD VALUES ARE NULL
    REJECT ROWS WITH ALL NULL FIELDS
    (
      account_iban     CHAR(34),
      booking_date     CHAR(10) DATE_FORMAT DATE MASK "DD.MM.YYYY",
      value_date       CHAR(10) DATE_FORMAT DATE MASK "DD.MM.YYYY",
      amount           CHAR(20),
      currency         CHAR(3),
      counterparty     CHAR(140),
      remittance_info  CHAR(400)
    )
  )
  LOCATION (bank_in_dir:'stmt_main.csv', 'stmt_savings.csv')
)
REJECT LIMIT UNLIMITED
PARALLEL 2;

-- fixed-width variant
CREATE TABLE wms.ext_scanner_feed
(
  scanner_id   VARCHAR2(8),
  scanned_at   VARCHAR2(14),
  barcode      VARCHAR2(32)
)
ORGANIZATION EXTERNAL
(
  TYPE ORACLE_LOADER
  DEFAULT DIRECTORY scanner_dir
  ACCESS PARAMETERS
  (
    RECORDS FIXED 56
    FIELDS
    (
      scanner_id   POSITION(1:8)   CHAR(8),
      scanned_at   POSITION(9:22)  CHAR(14),
      barcode      POSITION(23:54) CHAR(32)
    )
  )
  LOCATION ('feed.dat')
)
REJECT LIMIT 100;
