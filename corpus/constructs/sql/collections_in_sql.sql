-- Exercises: collections in SQL: TABLE(collection_column), TABLE(:bind / constructor), COLUMN_VALUE, CARDINALITY, CAST(MULTISET(SELECT ...) AS type), MULTISET UNION / EXCEPT, MEMBER OF, SUBMULTISET, SET(), IS EMPTY, COLLECT
SELECT cc.card_id, p.phone_kind, p.phone_number
  FROM crm.contact_card cc,
       TABLE(cc.phones) p
 WHERE p.phone_kind = 'MOBILE';

SELECT cc.card_id, t.COLUMN_VALUE AS tag
  FROM crm.contact_card cc, TABLE(cc.tags) t;

SELECT COLUMN_VALUE AS id FROM TABLE(app.number_list_t(10, 20, 30));

SELECT card_id,
       CARDINALITY(phones)                      AS phone_count,
       CARDINALITY(SET(tags))                   AS distinct_tags
  FROM crm.contact_card
 WHERE phones IS NOT EMPTY
   AND 'VIP' MEMBER OF tags;

SELECT o.order_id,
       CAST(MULTISET(SELECT l.sku
                       FROM sales.order_line l
                      WHERE l.order_id = o.order_id
                      ORDER BY l.line_no) AS app.varchar_list_t) AS skus
  FROM sales.order_header o
 WHERE o.order_date = TRUNC(SYSDATE);

SELECT c.customer_id,
       CAST(COLLECT(o.order_id ORDER BY o.order_id) AS app.number_list_t) AS order_ids
  FROM crm.customer c
  JOIN sales.order_header o ON o.customer_id = c.customer_id
 GROUP BY c.customer_id;

SELECT card_id
  FROM crm.contact_card
 WHERE crm.tag_list_t('VIP', 'B2B') SUBMULTISET OF tags
    OR CARDINALITY(tags MULTISET EXCEPT crm.tag_list_t('ARCHIVED')) = 0;

SELECT * FROM sales.order_header WHERE order_id IN (SELECT COLUMN_VALUE FROM TABLE(:id_list));
