-- Exercises: XMLTABLE with PASSING, COLUMNS ... PATH, FOR ORDINALITY, XMLNAMESPACES; XMLAGG with XMLELEMENT / XMLATTRIBUTES / XMLFOREST, XMLSERIALIZE, EXTRACTVALUE (deprecated)
SELECT d.declaration_id, x.*
  FROM customs.declaration_xml d,
       XMLTABLE(XMLNAMESPACES(DEFAULT 'urn:example:customs:v2'),
                '/declaration/item'
                PASSING d.payload
                COLUMNS
                  item_no     FOR ORDINALITY,
                  hs_code     VARCHAR2(10)  PATH 'hsCode',
                  origin      VARCHAR2(2)   PATH '@origin',
                  net_mass_kg NUMBER        PATH 'netMass',
                  description VARCHAR2(200) PATH 'description/text()') x
 WHERE d.country_code = 'NL';

SELECT XMLSERIALIZE(CONTENT
         XMLELEMENT("shipments",
           XMLATTRIBUTES(SYSDATE AS "generated", 'v1' AS "version"),
           XMLAGG(
             XMLELEMENT("shipment",
               XMLATTRIBUTES(s.shipment_id AS "id"),
               XMLFOREST(s.carrier_code AS "carrier", TO_CHAR(s.ship_date, 'YYYY-MM-DD') AS "date"))
             ORDER BY s.ship_date))
         AS CLOB INDENT SIZE = 2) AS doc
  FROM logi.shipment s
 WHERE s.ship_date >= TRUNC(SYSDATE) - 1;

SELECT EXTRACTVALUE(d.payload, '/declaration/@ref') AS legacy_ref,
       XMLCAST(XMLQUERY('/declaration/totalValue' PASSING d.payload RETURNING CONTENT) AS NUMBER) AS total_value
  FROM customs.declaration_xml d;
