-- Exercises: CREATE TYPE object spec with attributes, MEMBER and STATIC functions/procedures, MAP MEMBER method, user-defined CONSTRUCTOR FUNCTION ... RETURN SELF AS RESULT
CREATE OR REPLACE TYPE fin.money_t AS OBJECT
(
  amount     NUMBER(18,4),
  currency   CHAR(3),

  CONSTRUCTOR FUNCTION money_t (p_amount NUMBER) RETURN SELF AS RESULT,
  CONSTRUCTOR FUNCTION money_t (p_text VARCHAR2) RETURN SELF AS RESULT,

  MEMBER FUNCTION add_to (p_other money_t) RETURN money_t,
  MEMBER FUNCTION to_display RETURN VARCHAR2 DETERMINISTIC,
  MEMBER PROCEDURE round_to (SELF IN OUT NOCOPY money_t, p_decimals IN PLS_INTEGER DEFAULT 2),
  STATIC FUNCTION zero (p_currency CHAR) RETURN money_t,
  MAP MEMBER FUNCTION sort_key RETURN NUMBER
)
NOT FINAL;
/

CREATE OR REPLACE TYPE BODY fin.money_t AS

  CONSTRUCTOR FUNCTION money_t (p_amount NUMBER) RETURN SELF AS RESULT IS
  BEGIN
    SELF.amount   := p_amount;
    SELF.currency := 'EUR';
    RETURN;
  END money_t;

  CONSTRUCTOR FUNCTION money_t (p_text VARCHAR2) RETURN SELF AS RESULT IS
  BEGIN
    -- accepts '12.50 USD'
    SELF.amount   := TO_NUMBER(SUBSTR(p_text, 1, INSTR(p_text, ' ') - 1), '999999999999990D9999', 'NLS_NUMERIC_CHARACTERS=''.,''');
    SELF.currency := UPPER(SUBSTR(p_text, INSTR(p_text, ' ') + 1, 3));
    RETURN;
  END money_t;

  MEMBER FUNCTION add_to (p_other money_t) RETURN money_t IS
  BEGIN
    IF p_other.currency <> SELF.currency THEN
      RAISE_APPLICATION_ERROR(-20101, 'Currency mismatch: ' || SELF.currency || ' vs ' || p_other.currency);
    END IF;
    RETURN money_t(SELF.amount + p_other.amount, SELF.currency);
  END add_to;

  MEMBER FUNCTION to_display RETURN VARCHAR2 DETERMINISTIC IS
  BEGIN
    RETURN TO_CHAR(amount, 'FM999G999G999G990D00') || ' ' || currency;
  END to_display;

  MEMBER PROCEDURE round_to (SELF IN OUT NOCOPY money_t, p_decimals IN PLS_INTEGER DEFAULT 2) IS
  BEGIN
    amount := ROUND(amount, p_decimals);
  END round_to;

  STATIC FUNCTION zero (p_currency CHAR) RETURN money_t IS
  BEGIN
    RETURN money_t(0, p_currency);
  END zero;

  MAP MEMBER FUNCTION sort_key RETURN NUMBER IS
  BEGIN
    RETURN amount;
  END sort_key;

END;
/
