-- Exercises: alternative quoting q'...' with every delimiter kind ([ ] { } ( ) < > and same-character delimiters ! # | ~ ^ /), upper-case Q, nq'...', N'...', doubled quotes
SELECT q'[It's the customer's order]'                     AS brackets,
       q'{Value with 'quotes' and [brackets]}'            AS braces,
       q'(Don't stop (nested) here)'                     AS parens,
       q'<O'Neil & O'Brien>'                             AS angles,
       q'!Say 'hello'!'                                  AS bang,
       q'#Path C:\temp\it's#'                            AS hash,
       Q'|pipe delimited 'text'|'                        AS pipe_upper,
       q'~tilde 'quoted'~'                               AS tilde,
       q'^caret's turn^'                                 AS caret,
       q'/a 'slash' delimiter/'                          AS slash,
       N'Zürich – Ünïcödé'                               AS n_literal,
       n'lower-case prefix'                              AS n_lower,
       nq'[Naïve 'national' text]'                       AS nq_literal,
       NQ'{Upper NQ}'                                    AS nq_upper,
       'It''s doubled'                                   AS doubled,
       ''''                                              AS just_a_quote,
       'multi
line literal'                                            AS multiline
  FROM dual;

UPDATE crm.customer
   SET internal_note = q'[Customer asked: "don't call before 10 o'clock"]'
 WHERE customer_id = 1001;

SELECT COUNT(*) FROM ops.app_log WHERE message LIKE q'{%can't connect%}';
