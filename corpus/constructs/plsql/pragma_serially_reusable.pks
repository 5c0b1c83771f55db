-- Exercises: PRAGMA SERIALLY_REUSABLE in a package spec and body (package state reset after each server call)
CREATE OR REPLACE PACKAGE app.request_state_pkg
IS
  PRAGMA SERIALLY_REUSABLE;

  g_request_id   NUMBER;
  g_started_at   TIMESTAMP;

  PROCEDURE begin_request (p_request_id IN NUMBER);
  FUNCTION elapsed_ms RETURN NUMBER;
END request_state_pkg;
/

CREATE OR REPLACE PACKAGE BODY app.request_state_pkg
IS
  PRAGMA SERIALLY_REUSABLE;

  PROCEDURE begin_request (p_request_id IN NUMBER) IS
  BEGIN
    g_request_id := p_request_id;
    g_started_at := SYSTIMESTAMP;
  END begin_request;

  FUNCTION elapsed_ms RETURN NUMBER IS
    l_diff INTERVAL DAY TO SECOND := SYSTIMESTAMP - g_started_at;
  BEGIN
    RETURN EXTRACT(SECOND FROM l_diff) * 1000
         + EXTRACT(MINUTE FROM l_diff) * 60000
         + EXTRACT(HOUR FROM l_diff) * 3600000;
  END elapsed_ms;
END request_state_pkg;
/
