-- Exercises: CREATE TABLE with numeric built-in types: NUMBER(p,s), NUMBER(*,0), NUMBER, FLOAT(n), BINARY_FLOAT, BINARY_DOUBLE, ANSI aliases
CREATE TABLE fin.fx_rate_snapshot
(
  snapshot_id      NUMBER(12)          NOT NULL,
  base_ccy         CHAR(3 BYTE)        NOT NULL,
  quote_ccy        CHAR(3 BYTE)        NOT NULL,
  mid_rate         NUMBER(18,8),
  spread_bps       NUMBER(6,2),
  lot_count        NUMBER(*,0),       -- integer of maximum precision
  raw_rate         NUMBER,            -- no precision: floating decimal
  scaled_rate      NUMBER(10,-2),     -- negative scale rounds to hundreds
  tiny_fraction    NUMBER(4,6),       -- scale greater than precision
  vol_estimate     FLOAT(63),
  vol_short        FLOAT,
  model_score      BINARY_FLOAT,
  model_variance   BINARY_DOUBLE,
  tick_count       INTEGER,
  source_rank      SMALLINT,
  weight_pct       DECIMAL(5,2),
  adj_factor       DOUBLE PRECISION,
  fudge            REAL
);
