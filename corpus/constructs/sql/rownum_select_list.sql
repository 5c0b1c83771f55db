-- Exercises: ROWNUM in the select list: over a table, over an ordered inline view (order repeated in OVER, or not visible outside), with a ROWNUM filter of the same block, and the pagination idiom with literal bounds
CREATE TABLE ops.ticket
(
  ticket_id    NUMBER(10)    PRIMARY KEY,
  queue_code   VARCHAR2(10)  NOT NULL,
  priority     NUMBER(1)     NOT NULL,
  opened_at    DATE          NOT NULL,
  subject      VARCHAR2(200)
);

-- numbered as the rows come
SELECT ROWNUM AS line_no, t.ticket_id, t.subject
  FROM ops.ticket t
 WHERE t.queue_code = 'HELP';

-- numbered in the order of the inline view
SELECT ROWNUM position, q.*
  FROM (SELECT ticket_id, priority, opened_at
          FROM ops.ticket
         ORDER BY priority DESC, opened_at) q;

-- the inline view sorts by a column it does not return: numbered in its order, to review
SELECT ROWNUM position, q.ticket_id
  FROM (SELECT ticket_id FROM ops.ticket ORDER BY opened_at) q;

-- the five oldest, numbered 1..5
SELECT ROWNUM, ticket_id
  FROM (SELECT ticket_id FROM ops.ticket ORDER BY opened_at)
 WHERE ROWNUM <= 5;

-- rows 21..30 of the queue
SELECT ticket_id, subject
  FROM (SELECT s.*, ROWNUM rnum
          FROM (SELECT ticket_id, subject, opened_at
                  FROM ops.ticket
                 WHERE queue_code = 'OPS'
                 ORDER BY opened_at DESC, ticket_id) s
         WHERE ROWNUM <= 30)
 WHERE rnum > 20;

-- in a view: the queue in priority order, numbered
CREATE OR REPLACE VIEW ops.ticket_queue_v AS
SELECT ROWNUM AS queue_pos, q.ticket_id, q.queue_code
  FROM (SELECT ticket_id, queue_code, priority
          FROM ops.ticket
         ORDER BY priority DESC, ticket_id) q;
