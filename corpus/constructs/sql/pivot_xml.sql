-- Exercises: PIVOT XML with IN (ANY) and with IN (subquery), extracting the XML result
SELECT *
  FROM (SELECT country_code, segment_code, customer_id FROM crm.customer)
 PIVOT XML (COUNT(customer_id) AS customers FOR segment_code IN (ANY));

SELECT p.carrier_code,
       p.service_level_xml.getClobVal() AS levels_xml
  FROM (SELECT carrier_code, service_level, rate_per_kg FROM logi.carrier_rate)
 PIVOT XML (MAX(rate_per_kg) AS max_rate
            FOR service_level IN (SELECT DISTINCT service_level FROM logi.carrier_rate)) p;
