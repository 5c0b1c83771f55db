-- q-quoted literals with the delimiter kinds Oracle accepts.
INSERT INTO app_message (msg_key, msg_text) VALUES ('greeting', q'[It's a ; day]');
INSERT INTO app_message (msg_key, msg_text) VALUES ('braces', Q'{use '{' and braces freely; ok}');
INSERT INTO app_message (msg_key, msg_text) VALUES ('parens', q'(values (1); (2))');
INSERT INTO app_message (msg_key, msg_text) VALUES ('angles', q'<a > b; don't>');
INSERT INTO app_message (msg_key, msg_text) VALUES ('bang', q'!Isn't it; grand!');
INSERT INTO app_message (msg_key, msg_text) VALUES ('hash', nq'#national ; text#');
BEGIN
  EXECUTE IMMEDIATE q'[UPDATE app_message SET msg_text = 'x;y' WHERE msg_key = 'bang']';
END;
/
