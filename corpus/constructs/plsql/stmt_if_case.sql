-- Exercises: IF / ELSIF / ELSE / END IF (nested, with AND/OR/NOT, IS NULL, BETWEEN, LIKE, IN), CASE expressions in assignments, boolean variables in conditions
DECLARE
  l_amount    NUMBER := 1250;
  l_country   VARCHAR2(2) := 'DE';
  l_is_vip    BOOLEAN := TRUE;
  l_band      VARCHAR2(10);
  l_fee       NUMBER;
BEGIN
  IF l_amount IS NULL THEN
    l_band := 'UNKNOWN';
  ELSIF l_amount < 100 THEN
    l_band := 'SMALL';
  ELSIF l_amount BETWEEN 100 AND 999.99 THEN
    l_band := 'MEDIUM';
  ELSE
    l_band := 'LARGE';
    IF l_is_vip AND l_country IN ('DE', 'AT', 'CH') THEN
      l_band := l_band || '-VIP';
    END IF;
  END IF;

  IF NOT l_is_vip OR l_country LIKE 'N_' THEN
    l_fee := 4.95;
  END IF;

  IF l_fee IS NULL THEN l_fee := 0; END IF;

  l_fee := l_fee + CASE l_band WHEN 'SMALL' THEN 2.50 WHEN 'MEDIUM' THEN 1.00 ELSE 0 END;
  l_fee := CASE WHEN l_amount > 5000 THEN 0 ELSE l_fee END;

  DBMS_OUTPUT.PUT_LINE(l_band || ' fee=' || l_fee);
END;
/
