-- Exercises: constraint states: DEFERRABLE INITIALLY DEFERRED / IMMEDIATE, NOT DEFERRABLE, ENABLE/DISABLE, VALIDATE/NOVALIDATE, RELY/NORELY
CREATE TABLE fin.gl_journal_line
(
  journal_id      NUMBER(12)      NOT NULL,
  line_no         NUMBER(5)       NOT NULL,
  account_code    VARCHAR2(12)    NOT NULL,
  debit           NUMBER(16,2)    DEFAULT 0 NOT NULL,
  credit          NUMBER(16,2)    DEFAULT 0 NOT NULL,
  cost_centre     VARCHAR2(8),
  CONSTRAINT gl_journal_line_pk PRIMARY KEY (journal_id, line_no)
    NOT DEFERRABLE ENABLE VALIDATE,
  CONSTRAINT gl_journal_line_hdr_fk FOREIGN KEY (journal_id)
    REFERENCES fin.gl_journal (journal_id)
    DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT gl_journal_line_acct_fk FOREIGN KEY (account_code)
    REFERENCES fin.gl_account (account_code)
    DEFERRABLE INITIALLY IMMEDIATE ENABLE NOVALIDATE,
  CONSTRAINT gl_journal_line_side_ck CHECK (debit = 0 OR credit = 0)
    DISABLE NOVALIDATE,
  CONSTRAINT gl_journal_line_cc_fk FOREIGN KEY (cost_centre)
    REFERENCES fin.cost_centre (cost_centre)
    RELY DISABLE NOVALIDATE
);

-- warehouse-style star schema constraint trusted by the optimiser but not enforced
ALTER TABLE fin.gl_journal_line ADD CONSTRAINT gl_journal_line_amt_ck
  CHECK (debit >= 0 AND credit >= 0) RELY ENABLE NOVALIDATE;

ALTER TABLE fin.gl_journal_line MODIFY CONSTRAINT gl_journal_line_cc_fk NORELY;

SET CONSTRAINTS ALL DEFERRED;
SET CONSTRAINT fin.gl_journal_line_acct_fk IMMEDIATE;
