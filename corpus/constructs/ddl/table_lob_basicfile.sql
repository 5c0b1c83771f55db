-- Exercises: LOB STORE AS BASICFILE with PCTVERSION, CHUNK, STORAGE, INDEX-less legacy options; LOB list for several columns
CREATE TABLE legacy.scanned_invoice
(
  scan_id        NUMBER(12)     NOT NULL,
  page_image     BLOB,
  ocr_text       CLOB,
  ocr_text_alt   CLOB
)
TABLESPACE legacy_data
LOB (page_image) STORE AS BASICFILE scanned_invoice_img
(
  TABLESPACE legacy_lob
  DISABLE STORAGE IN ROW
  CHUNK 16384
  PCTVERSION 10
  NOCACHE LOGGING
  STORAGE (INITIAL 10M NEXT 10M PCTINCREASE 0)
)
LOB (ocr_text, ocr_text_alt) STORE AS BASICFILE
(
  TABLESPACE legacy_lob
  ENABLE STORAGE IN ROW
  CACHE
);
