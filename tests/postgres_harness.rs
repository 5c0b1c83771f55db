//! The real-PostgreSQL harness itself: later integration tests trust it to hand them a
//! working, private database, a psql that reaches it, and a truthful plpgsql_check flag.

mod support;

use support::postgres::{database, plpgsql_check_or_skip};

#[test]
fn a_row_written_through_a_real_connection_reads_back() {
    let db = database("roundtrip");
    let mut client = db.connect();
    client
        .batch_execute(
            "CREATE TABLE account (
                 id integer PRIMARY KEY,
                 owner text NOT NULL,
                 active boolean NOT NULL,
                 note text,
                 balance numeric(12, 2) NOT NULL
             )",
        )
        .unwrap();
    let inserted = client
        .execute(
            "INSERT INTO account VALUES ($1, $2, $3, $4, $5::text::numeric)",
            &[&7_i32, &"Ada Lovelace", &true, &None::<String>, &"1234.5"],
        )
        .unwrap();
    assert_eq!(inserted, 1);

    let row = client
        .query_one(
            "SELECT id, owner, active, note, balance::text, current_database() FROM account",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, i32>(0), 7);
    assert_eq!(row.get::<_, String>(1), "Ada Lovelace");
    assert!(row.get::<_, bool>(2));
    assert_eq!(row.get::<_, Option<String>>(3), None);
    // The column's scale, applied by the server, shows the value really went through it.
    assert_eq!(row.get::<_, String>(4), "1234.50");
    assert_eq!(row.get::<_, String>(5), db.name());
}

#[test]
fn test_databases_are_isolated_from_each_other() {
    let first = database("isolation");
    let second = database("isolation");
    assert_ne!(first.name(), second.name());
    let mut a = first.connect();
    let mut b = second.connect();

    a.batch_execute("CREATE TABLE item (v text); INSERT INTO item VALUES ('from first')")
        .unwrap();
    let seen_in_second: Option<String> = b
        .query_one("SELECT to_regclass('item')::text", &[])
        .unwrap()
        .get(0);
    assert_eq!(seen_in_second, None);

    b.batch_execute("CREATE TABLE item (v text); INSERT INTO item VALUES ('from second')")
        .unwrap();
    let values = |client: &mut postgres::Client| -> Vec<String> {
        client
            .query("SELECT v FROM item ORDER BY v", &[])
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect()
    };
    assert_eq!(values(&mut a), ["from first"]);
    assert_eq!(values(&mut b), ["from second"]);
}

#[test]
fn psql_runs_a_script_against_the_test_database_and_stops_at_the_first_error() {
    let db = database("psql");
    let dir = tempfile::tempdir().unwrap();
    let deploy = dir.path().join("deploy.sql");
    std::fs::write(
        &deploy,
        "CREATE TABLE city (name text PRIMARY KEY);\n\
         INSERT INTO city VALUES ('Lyon'), ('Oslo');\n",
    )
    .unwrap();
    let out = db.psql().arg("-f").arg(&deploy).output().unwrap();
    assert!(
        out.status.success(),
        "psql failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut client = db.connect();
    let count: i64 = client
        .query_one("SELECT count(*) FROM city", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, 2);

    let broken = dir.path().join("broken.sql");
    std::fs::write(
        &broken,
        "SELECT * FROM no_such_table;\nCREATE TABLE after_error (x integer);\n",
    )
    .unwrap();
    let out = db.psql().arg("-f").arg(&broken).output().unwrap();
    // psql's exit code for an error in a script under ON_ERROR_STOP.
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no_such_table"));
    let after: Option<String> = client
        .query_one("SELECT to_regclass('after_error')::text", &[])
        .unwrap()
        .get(0);
    assert_eq!(after, None, "psql went on past the error");
}

#[test]
fn plpgsql_check_reports_a_type_error_that_create_function_accepts() {
    if !plpgsql_check_or_skip("plpgsql_check_reports_a_type_error_that_create_function_accepts") {
        return;
    }
    let db = database("plpgsql_check");
    let mut client = db.connect();
    // Both bodies are accepted at CREATE time: plpgsql plans statements only when they run.
    client
        .batch_execute(
            "CREATE EXTENSION plpgsql_check;
             CREATE FUNCTION broken() RETURNS integer LANGUAGE plpgsql AS $$
             DECLARE
                 n integer := 1;
             BEGIN
                 RETURN n + 'one'::text;
             END $$;
             CREATE FUNCTION sound() RETURNS integer LANGUAGE plpgsql AS $$
             DECLARE
                 n integer := 1;
             BEGIN
                 RETURN n + 1;
             END $$;",
        )
        .unwrap();

    let report = |client: &mut postgres::Client, function: &str| -> Vec<(String, String, String)> {
        client
            .query(
                "SELECT level, coalesce(sqlstate, ''), message
                   FROM plpgsql_check_function_tb($1::text::regprocedure)",
                &[&function],
            )
            .unwrap()
            .iter()
            .map(|row| (row.get(0), row.get(1), row.get(2)))
            .collect()
    };
    let broken = report(&mut client, "broken()");
    assert!(
        broken
            .iter()
            .any(|(level, sqlstate, message)| level == "error"
                && sqlstate == "42883"
                && message.contains("operator does not exist: integer + text")),
        "plpgsql_check did not report the type error: {broken:?}"
    );
    assert_eq!(report(&mut client, "sound()"), []);
}
