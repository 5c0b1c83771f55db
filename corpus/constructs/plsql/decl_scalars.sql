-- Exercises: declarations: scalar variables, CONSTANT, NOT NULL with default, := and DEFAULT initialisers, %TYPE (column and variable), %ROWTYPE (table and cursor), SUBTYPE (constrained, NOT NULL, RANGE), PLS_INTEGER / SIMPLE_INTEGER / BOOLEAN / BINARY_DOUBLE
DECLARE
  c_vat_rate       CONSTANT NUMBER(5,4) := 0.21;
  c_app_name       CONSTANT VARCHAR2(30) DEFAULT 'orderdesk';
  l_counter        PLS_INTEGER NOT NULL := 0;
  l_fast_counter   SIMPLE_INTEGER := 0;
  l_is_valid       BOOLEAN DEFAULT FALSE;
  l_ratio          BINARY_DOUBLE;
  l_note           VARCHAR2(200 CHAR);
  l_started        TIMESTAMP WITH TIME ZONE := SYSTIMESTAMP;
  l_gap            INTERVAL DAY TO SECOND;
  l_raw            RAW(16) := SYS_GUID();
  l_big_text       CLOB;

  l_customer_id    crm.customer.customer_id%TYPE;
  l_name           crm.customer.customer_name%TYPE := 'unknown';
  l_name_copy      l_name%TYPE;
  l_customer       crm.customer%ROWTYPE;

  CURSOR c_recent IS
    SELECT order_id, order_date, total_amount FROM sales.order_header WHERE ROWNUM <= 10;
  l_recent         c_recent%ROWTYPE;

  SUBTYPE money_t      IS NUMBER(14,2);
  SUBTYPE flag_t       IS CHAR(1) NOT NULL;
  SUBTYPE short_name_t IS VARCHAR2(30);
  SUBTYPE percent_t    IS PLS_INTEGER RANGE 0 .. 100;
  SUBTYPE id_t         IS crm.customer.customer_id%TYPE;

  l_amount         money_t := 0;
  l_flag           flag_t := 'N';
  l_pct            percent_t := 50;
  l_id             id_t;
BEGIN
  SELECT * INTO l_customer FROM crm.customer WHERE ROWNUM = 1;
  l_customer_id := l_customer.customer_id;
  l_name_copy   := l_customer.customer_name;
  l_amount      := 199.99 * (1 + c_vat_rate);
  l_is_valid    := l_amount > 0 AND l_flag = 'N';
  l_gap         := SYSTIMESTAMP - l_started;
  l_fast_counter := l_fast_counter + 1;
  l_counter     := l_counter + l_pct;
  l_id          := l_customer_id;
  OPEN c_recent;
  FETCH c_recent INTO l_recent;
  CLOSE c_recent;
END;
/
