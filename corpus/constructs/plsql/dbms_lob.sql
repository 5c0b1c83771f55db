-- Exercises: DBMS_LOB: CREATETEMPORARY, WRITEAPPEND, APPEND, GETLENGTH, SUBSTR, INSTR, READ in chunks, TRIM, COPY, FREETEMPORARY, LOADCLOBFROMFILE from a BFILE, FILEOPEN / FILECLOSE, DBMS_LOB.LOBMAXSIZE, SELECT ... FOR UPDATE of a LOB locator
DECLARE
  l_doc       CLOB;
  l_piece     VARCHAR2(32767);
  l_len       INTEGER;
  l_pos       INTEGER;
  l_amount    INTEGER := 8000;
  l_offset    INTEGER := 1;
  l_buffer    VARCHAR2(8000);
  l_target    CLOB;
  l_bfile     BFILE := BFILENAME('CONTRACT_SCANS', 'C-2024-0001.txt');
  l_dest_off  INTEGER := 1;
  l_src_off   INTEGER := 1;
  l_csid      NUMBER := DBMS_LOB.DEFAULT_CSID;
  l_lang      INTEGER := DBMS_LOB.DEFAULT_LANG_CTX;
  l_warn      INTEGER;
BEGIN
  DBMS_LOB.CREATETEMPORARY(l_doc, cache => TRUE, dur => DBMS_LOB.SESSION);

  FOR r IN (SELECT customer_name FROM crm.customer WHERE ROWNUM <= 1000) LOOP
    l_piece := r.customer_name || CHR(10);
    DBMS_LOB.WRITEAPPEND(l_doc, LENGTH(l_piece), l_piece);
  END LOOP;

  l_len := DBMS_LOB.GETLENGTH(l_doc);
  l_pos := DBMS_LOB.INSTR(l_doc, 'GmbH', 1, 1);
  DBMS_OUTPUT.PUT_LINE('length ' || l_len || ', first GmbH at ' || l_pos || ': ' || DBMS_LOB.SUBSTR(l_doc, 40, GREATEST(l_pos - 20, 1)));

  WHILE l_offset <= l_len LOOP
    DBMS_LOB.READ(l_doc, l_amount, l_offset, l_buffer);
    l_offset := l_offset + l_amount;
  END LOOP;

  SELECT body_text INTO l_target FROM docs.contract_document WHERE doc_id = 1 FOR UPDATE;
  DBMS_LOB.TRIM(l_target, 0);
  DBMS_LOB.APPEND(l_target, l_doc);
  DBMS_LOB.COPY(l_target, l_doc, 100, DBMS_LOB.GETLENGTH(l_target) + 1, 1);

  DBMS_LOB.FILEOPEN(l_bfile, DBMS_LOB.FILE_READONLY);
  DBMS_LOB.LOADCLOBFROMFILE(
    dest_lob     => l_target,
    src_bfile    => l_bfile,
    amount       => DBMS_LOB.LOBMAXSIZE,
    dest_offset  => l_dest_off,
    src_offset   => l_src_off,
    bfile_csid   => l_csid,
    lang_context => l_lang,
    warning      => l_warn);
  DBMS_LOB.FILECLOSE(l_bfile);

  DBMS_LOB.FREETEMPORARY(l_doc);
  COMMIT;
END;
/
