-- Exercises: procedure/function calls with positional, named (=>) and mixed notation, skipping defaulted parameters, calls to packaged / remote (@dblink) procedures, CALL statement, SQL*Plus EXEC
DECLARE
  l_net     NUMBER;
  l_gross   NUMBER;
  l_hdr     sales.order_header%ROWTYPE;
  l_msgs    app.varchar_list_t;
  l_avail   NUMBER;
BEGIN
  -- positional
  sales.price_order(5001, 10, TRUE, 'EUR', l_net, l_gross, l_hdr, l_msgs);

  -- named, any order, defaults skipped
  sales.price_order(
    p_order_id    => 5002,
    p_net_total   => l_net,
    p_gross_total => l_gross,
    p_header      => l_hdr,
    p_messages    => l_msgs);

  -- mixed: positional first, then named
  sales.price_order(5003, p_discount_pct => 5, p_net_total => l_net, p_gross_total => l_gross,
                    p_header => l_hdr, p_messages => l_msgs);

  l_avail := crm.credit_available(p_customer_id => 1001);

  app.log_error(p_module => 'demo', p_message => 'named call');

  legacy.sync_pkg.push_customer@legacy_erp_link(1001);

  DBMS_STATS.GATHER_TABLE_STATS(ownname => 'SALES', tabname => 'ORDER_HEADER', cascade => TRUE, degree => 4);
END;
/

CALL app.log_error('call-stmt', 'called via CALL');

EXEC app.log_error(p_module => 'sqlplus', p_message => 'called via EXEC')

EXECUTE wms.release_wave(17);
