-- Exercises: CREATE VIEW and CREATE OR REPLACE VIEW, with a column alias list, joins, aggregates, quoted mixed-case column names
CREATE VIEW sales.v_order_summary AS
SELECT oh.order_id,
       oh.order_date,
       c.customer_name,
       COUNT(ol.line_no)      AS line_count,
       SUM(ol.line_net)       AS net_amount
  FROM sales.order_header oh
  JOIN crm.customer c        ON c.customer_id = oh.customer_id
  LEFT JOIN sales.order_line ol ON ol.order_id = oh.order_id
 GROUP BY oh.order_id, oh.order_date, c.customer_name;

CREATE OR REPLACE VIEW crm.v_customer_contact
  (customer_id, "Customer Name", email_address, phone, country)
AS
SELECT c.customer_id,
       c.customer_name,
       LOWER(c.email),
       NVL(c.phone_main, '-'),
       r.country_name
  FROM crm.customer c,
       ref.country r
 WHERE r.country_code = c.country_code;

create or replace view wms.v_open_picks as
  select t.task_id, t.order_id, b.bin_label, b.aisle
    from wms.pick_task t
    join wms.bin_location b on b.bin_id = t.bin_id
   where t.status <> 'DONE'
   order by b.aisle, b.bin_label;
