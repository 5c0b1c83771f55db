-- Exercises: TYPE ... IS RECORD with defaults / NOT NULL fields / %TYPE fields / nested records, record assignment, record in SELECT INTO, record-based INSERT and UPDATE ... SET ROW
DECLARE
  TYPE address_rec IS RECORD (
    street   VARCHAR2(100),
    city     VARCHAR2(60),
    zip      VARCHAR2(12)
  );

  TYPE customer_rec IS RECORD (
    id          crm.customer.customer_id%TYPE,
    name        crm.customer.customer_name%TYPE,
    status      VARCHAR2(10) NOT NULL := 'ACTIVE',
    created     DATE DEFAULT SYSDATE,
    home        address_rec
  );

  l_cust      customer_rec;
  l_copy      customer_rec;
  l_country   ref.country%ROWTYPE;
BEGIN
  SELECT customer_id, customer_name, 'ACTIVE', created_at, NULL
    INTO l_cust.id, l_cust.name, l_cust.status, l_cust.created, l_cust.home.street
    FROM crm.customer
   WHERE customer_id = 1001;

  l_cust.home.city := 'Utrecht';
  l_copy := l_cust;

  l_country.country_code := 'LU';
  l_country.country_name := 'Luxembourg';

  INSERT INTO ref.country VALUES l_country;

  l_country.country_name := 'Grand Duchy of Luxembourg';
  UPDATE ref.country SET ROW = l_country WHERE country_code = l_country.country_code;

  DBMS_OUTPUT.PUT_LINE(l_copy.name || ' lives in ' || l_copy.home.city);
END;
/
