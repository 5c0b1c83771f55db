-- Exercises: LOB types CLOB, NCLOB, BLOB and BFILE as table columns
CREATE TABLE DOCS.CONTRACT_DOCUMENT
(
  DOC_ID          NUMBER(12)     NOT NULL,
  CONTRACT_NO     VARCHAR2(30)   NOT NULL,
  BODY_TEXT       CLOB,
  TRANSLATED_TEXT NCLOB,
  SIGNED_PDF      BLOB,
  SCAN_ORIGINAL   BFILE,
  UPLOADED_AT     DATE DEFAULT SYSDATE,
  CONSTRAINT CONTRACT_DOCUMENT_PK PRIMARY KEY (DOC_ID)
);

-- empty LOB locators and a BFILE pointer on insert
INSERT INTO docs.contract_document (doc_id, contract_no, body_text, signed_pdf, scan_original)
VALUES (1, 'C-2024-0001', EMPTY_CLOB(), EMPTY_BLOB(), BFILENAME('CONTRACT_SCANS', 'C-2024-0001.tif'));
