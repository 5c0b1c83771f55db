-- Exercises: INSTEAD OF INSERT / UPDATE / DELETE triggers on a join view (FOR EACH ROW), INSTEAD OF on a nested table column of a view
CREATE OR REPLACE VIEW crm.v_customer_with_site AS
SELECT c.customer_id, c.customer_name, c.country_code, s.site_id, s.ship_to
  FROM crm.customer c
  LEFT JOIN crm.customer_site s ON s.customer_id = c.customer_id;

CREATE OR REPLACE TRIGGER crm.v_customer_with_site_ioi
INSTEAD OF INSERT ON crm.v_customer_with_site
FOR EACH ROW
DECLARE
  l_cust_id crm.customer.customer_id%TYPE := :NEW.customer_id;
BEGIN
  IF l_cust_id IS NULL THEN
    INSERT INTO crm.customer (customer_name, country_code)
    VALUES (:NEW.customer_name, :NEW.country_code)
    RETURNING customer_id INTO l_cust_id;
  END IF;
  IF :NEW.site_id IS NOT NULL THEN
    INSERT INTO crm.customer_site (site_id, customer_id, ship_to)
    VALUES (:NEW.site_id, l_cust_id, :NEW.ship_to);
  END IF;
END;
/

CREATE OR REPLACE TRIGGER crm.v_customer_with_site_iou
INSTEAD OF UPDATE OR DELETE ON crm.v_customer_with_site
FOR EACH ROW
BEGIN
  IF DELETING THEN
    DELETE FROM crm.customer_site WHERE site_id = :OLD.site_id;
  ELSE
    UPDATE crm.customer SET customer_name = :NEW.customer_name WHERE customer_id = :OLD.customer_id;
  END IF;
END;
/

CREATE OR REPLACE TRIGGER crm.v_contact_card_phones_ioi
INSTEAD OF INSERT ON NESTED TABLE phones OF crm.v_contact_card
REFERENCING NEW AS n PARENT AS p
FOR EACH ROW
BEGIN
  INSERT INTO TABLE(SELECT cc.phones FROM crm.contact_card cc WHERE cc.card_id = :p.card_id)
  VALUES (:n.phone_kind, :n.phone_number);
END;
/
