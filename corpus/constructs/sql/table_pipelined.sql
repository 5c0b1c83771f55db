-- Exercises: querying pipelined / table functions: TABLE(pkg.fn(args)), TABLE(fn(CURSOR(SELECT ...))), lateral join to a table function, DBMS_XPLAN.DISPLAY_CURSOR, 12.2+ call without the TABLE keyword
SELECT *
  FROM TABLE(billing.rating_pkg.rate_usage(p_from => DATE '2024-01-01', p_to => DATE '2024-01-31'));

SELECT r.subscriber_id, r.rated_amount
  FROM TABLE(billing.rating_pkg.rate_cursor(
               CURSOR(SELECT usage_id, subscriber_id, units
                        FROM billing.usage_record
                       WHERE usage_date >= TRUNC(SYSDATE) - 1))) r
 WHERE r.rated_amount > 0;

SELECT c.customer_id, s.column_value AS segment_tag
  FROM crm.customer c,
       TABLE(crm.segment_pkg.tags_for(c.customer_id)) s;

SELECT * FROM TABLE(DBMS_XPLAN.DISPLAY_CURSOR(NULL, NULL, 'ALLSTATS LAST'));

SELECT * FROM TABLE(app.split_csv('a,b,c'));

SELECT * FROM app.split_csv('x;y', ';');
