-- Exercises: SYS_CONNECT_BY_PATH, CONNECT_BY_ROOT, CONNECT_BY_ISLEAF, LEVEL in WHERE, hierarchical query joined with another table
SELECT CONNECT_BY_ROOT a.account_code              AS top_account,
       a.account_code,
       SYS_CONNECT_BY_PATH(a.account_code, '/')    AS account_path,
       LTRIM(SYS_CONNECT_BY_PATH(a.account_name, ' > '), ' > ') AS name_path,
       CONNECT_BY_ISLEAF                           AS is_leaf,
       LEVEL                                       AS lvl
  FROM fin.gl_account a
 WHERE LEVEL > 1
 START WITH a.parent_account IS NULL
CONNECT BY PRIOR a.account_code = a.parent_account
 ORDER SIBLINGS BY a.account_code;

-- roll leaf balances up to every ancestor
SELECT root_code, SUM(bal.balance) AS rolled_up
  FROM (SELECT CONNECT_BY_ROOT account_code AS root_code, account_code
          FROM fin.gl_account
        CONNECT BY PRIOR account_code = parent_account) tree,
       fin.period_balance bal
 WHERE bal.account_code = tree.account_code
   AND bal.fiscal_year = 2024
 GROUP BY root_code;
