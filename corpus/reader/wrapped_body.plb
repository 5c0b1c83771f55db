-- The specification is clear; the body was obfuscated with the wrap utility.
CREATE OR REPLACE PACKAGE pricing_rules AS
  FUNCTION discount_for (p_customer_id IN NUMBER) RETURN NUMBER;
END pricing_rules;
/
CREATE OR REPLACE PACKAGE BODY pricing_rules wrapped 
a000000
1f
abcd
abcd
abcd
b
5c1 2e4
Hk3TgqZbN7yv0M2rQc8eW1sVxJ4pLu6aFo9GdKiYhBtXnEmRzA5CwS/+PqUrT0vOj2lNc7b3
yG8fQe1kXs4ZhVd6WmLpIaJoRn9tBuCxEzAy5FgHi2Ml0OqPrSv7TwUjNbKc3YeDa8hX1sQp
/
CREATE OR REPLACE FUNCTION price_of wrapped
a000000
8
2a 6d
Zq4Rt8Yp2LmNc6Vb0Xw3Ks9Jd1Hf5Gg7Aa==
/
