-- Exercises: CREATE [OR REPLACE] DIRECTORY for UTL_FILE / external tables / BFILE, Windows and Unix paths, DROP DIRECTORY
CREATE OR REPLACE DIRECTORY bank_in_dir AS '/u01/app/interfaces/bank/inbound';

CREATE OR REPLACE DIRECTORY bank_log_dir AS '/u01/app/interfaces/bank/log';

CREATE DIRECTORY contract_scans AS '/mnt/scans/contracts';

CREATE OR REPLACE DIRECTORY "Report_Out" AS 'D:\oracle\exports\reports';

CREATE OR REPLACE DIRECTORY scanner_dir AS '/data/wms/scanner';

DROP DIRECTORY contract_scans;
