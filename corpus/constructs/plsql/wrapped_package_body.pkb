-- Exercises: wrapped (obfuscated) package body as produced by the wrap utility: "wrapped" header line, version line, abcd filler block, type code and length line, base64-looking payload, terminated by "/"
CREATE OR REPLACE PACKAGE fin.license_check AS
  FUNCTION is_licensed (p_feature IN VARCHAR2) RETURN BOOLEAN;
END license_check;
/

CREATE OR REPLACE PACKAGE BODY fin.license_check wrapped 
a000000
b2
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
abcd
b
4f1 2c7
Qk9yQ0V4YW1wbGVQYXlsb2FkTm90UmVhbGx5V3JhcHBlZEJ1dExvb2tzTGlrZUl0MDEyMzQ1Njc4
OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSktMTU5PUFFSU1RVVld4eXpMaWNl
bnNlQ2hlY2tCb2R5UGxhY2Vob2xkZXJGb3JQYXJzZXJUZXN0aW5nT25seURvTm90VW53cmFwVGhp
c0l0SXNJbnZlbnRlZFRleHRaeXhXdnVUc3JRcG9ObWxLamlIZ2ZFZGNCYTk4NzY1NDMyMTBaWVhX
VlVUU1JRUE9OTUxLSklIR0ZFRENCQWdpYmJlcmlzaEdpYmJlcmlzaEdpYmJlcmlzaEJsb2NrMDA1
UGF5bG9hZENvbnRpbnVlc0hlcmVXaXRoTW9yZUZha2VCeXRlc0FuZE5vU2VtaWNvbG9uc0F0QWxs
RW5kT2ZQYXlsb2FkQmxvY2tTZXZlbkxpbmVzVG90YWxGb3JUaGVGYWtlV3JhcHBlZEJvZHlYWVo9
/
