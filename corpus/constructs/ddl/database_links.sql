-- Exercises: CREATE [SHARED] [PUBLIC] DATABASE LINK: CONNECT TO ... IDENTIFIED BY ... USING 'alias', full TNS descriptor, CONNECT TO CURRENT_USER, quoted password, DROP DATABASE LINK
CREATE DATABASE LINK crm_prod_link
  CONNECT TO crm_reader IDENTIFIED BY "Placeholder#Pw1"
  USING 'CRMPROD';

CREATE PUBLIC DATABASE LINK legacy_erp_link
  CONNECT TO erp_bridge IDENTIFIED BY placeholder_pw2
  USING '(DESCRIPTION=
            (ADDRESS_LIST=
              (ADDRESS=(PROTOCOL=TCP)(HOST=erp-db01.corp.example.com)(PORT=1521))
              (ADDRESS=(PROTOCOL=TCP)(HOST=erp-db02.corp.example.com)(PORT=1521)))
            (CONNECT_DATA=(SERVICE_NAME=erp.corp.example.com)(SERVER=DEDICATED)))';

CREATE DATABASE LINK wms_site2.corp.example.com
  CONNECT TO wms_link IDENTIFIED BY "Another#Placeholder3"
  USING 'wms-site2.corp.example.com:1521/wmssite2';

CREATE PUBLIC DATABASE LINK dw_current_user_link
  CONNECT TO CURRENT_USER
  USING 'DWPROD';

CREATE SHARED DATABASE LINK report_shared_link
  CONNECT TO reporting IDENTIFIED BY "Sh4red_Placeholder"
  AUTHENTICATED BY link_auth IDENTIFIED BY "Auth_Placeholder9"
  USING 'RPTDB';

DROP DATABASE LINK crm_prod_link;
DROP PUBLIC DATABASE LINK dw_current_user_link;
