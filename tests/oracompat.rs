//! rules/oracompat.sql in a real PostgreSQL: the script loads (through a connection and
//! through psql, as deploy.sql is run) and reloads, every function is declared as it
//! should be, and each function gives the values Oracle's documentation gives.
//!
//! Citations: "SQL Reference" is the Oracle Database SQL Language Reference (the page of
//! the function named); where the documentation states a rule but prints no value, the
//! expected value is worked out from the quoted rule, and the comment says so.
//! Values are read back as PostgreSQL's text output (`::text`), so timestamps print as
//! `YYYY-MM-DD HH24:MI:SS` and numerics with their scale.

mod support;

use std::fs;
use std::path::PathBuf;

use postgres::Client;
use postgres::error::SqlState;
use support::postgres::{TestDatabase, database};

fn script_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules/oracompat.sql")
}

fn script() -> String {
    let path = script_path();
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// A fresh database with the script loaded twice through a connection, as a redeploy
/// onto an existing database would.
fn loaded(label: &str) -> (TestDatabase, Client) {
    let db = database(label);
    let mut client = db.connect();
    let sql = script();
    for round in 1..=2 {
        client
            .batch_execute(&sql)
            .unwrap_or_else(|e| panic!("loading rules/oracompat.sql (round {round}): {e}"));
    }
    (db, client)
}

/// One SQL expression's value as PostgreSQL's text output; None for NULL.
fn value(client: &mut Client, expr: &str) -> Option<String> {
    client
        .query_one(&format!("SELECT ({expr})::text"), &[])
        .unwrap_or_else(|e| panic!("SELECT {expr}: {e}"))
        .get(0)
}

/// Evaluates every expression and reports all mismatches at once.
fn check(client: &mut Client, cases: &[(&str, Option<&str>)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(expr, expected)| {
            let got = value(client, expr);
            (got.as_deref() != expected)
                .then(|| format!("{expr}\n    expected {expected:?}\n    got      {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The server error a statement raises; panics if it succeeds.
fn error_of(client: &mut Client, sql: &str) -> postgres::error::DbError {
    match client.batch_execute(sql) {
        Ok(()) => panic!("expected an error from {sql}"),
        Err(e) => e
            .as_db_error()
            .unwrap_or_else(|| panic!("{sql}: not a server error: {e}"))
            .clone(),
    }
}

fn assert_error(client: &mut Client, sql: &str, code: &SqlState, message: &str) {
    let error = error_of(client, sql);
    assert_eq!(error.code(), code, "{sql}: {error:?}");
    assert_eq!(error.message(), message, "{sql}");
}

fn function_count(client: &mut Client) -> i64 {
    client
        .query_one(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'oracompat'::regnamespace",
            &[],
        )
        .unwrap()
        .get(0)
}

// ---------------------------------------------------------------------------------
// Loading and declarations
// ---------------------------------------------------------------------------------

/// deploy.sql runs the script through psql with ON_ERROR_STOP; a redeploy runs it again
/// on a database that has it, and the converter's own loaders use a connection.
#[test]
fn script_loads_through_psql_and_a_connection_and_reloads() {
    let db = database("oracompat_psql");
    let mut counts = Vec::new();
    for _ in 0..2 {
        let out = db.psql().arg("-f").arg(script_path()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "psql failed: {stderr}");
        assert!(
            !stderr.contains("ERROR"),
            "psql reported an error: {stderr}"
        );
        counts.push(function_count(&mut db.connect()));
    }
    let mut client = db.connect();
    client.batch_execute(&script()).unwrap();
    counts.push(function_count(&mut client));
    assert!(counts[0] > 50, "too few functions: {counts:?}");
    assert!(
        counts.iter().all(|&c| c == counts[0]),
        "reloading changed the functions: {counts:?}"
    );
    // And the functions work after the reloads.
    check(
        &mut client,
        &[("oracompat.substr('ABCDEFG', 3, 4)", Some("CDEF"))],
    );
}

/// Every function: a comment citing its rule, PARALLEL SAFE, STRICT when it has
/// arguments, VOLATILE only for sys_guid, STABLE exactly when it reads a timestamptz
/// (wall-clock time depends on the session TimeZone), IMMUTABLE otherwise.
#[test]
fn every_function_is_commented_parallel_safe_strict_and_honestly_volatile() {
    let (_db, mut client) = loaded("oracompat_decl");
    let rows = client
        .query(
            "SELECT p.oid::regprocedure::text, p.provolatile::text, p.proparallel::text,
                    p.proisstrict, p.pronargs::integer,
                    'timestamptz'::regtype::oid = ANY (p.proargtypes::oid[]),
                    obj_description(p.oid, 'pg_proc')
               FROM pg_proc p
              WHERE p.pronamespace = 'oracompat'::regnamespace
              ORDER BY 1",
            &[],
        )
        .unwrap();
    let mut problems = Vec::new();
    for row in &rows {
        let name: String = row.get(0);
        let volatility: String = row.get(1);
        let parallel: String = row.get(2);
        let strict: bool = row.get(3);
        let nargs: i32 = row.get(4);
        let reads_timestamptz: bool = row.get(5);
        let comment: Option<String> = row.get(6);
        let expected_volatility = if name == "oracompat.sys_guid()" {
            "v"
        } else if reads_timestamptz {
            "s"
        } else {
            "i"
        };
        if volatility != expected_volatility {
            problems.push(format!(
                "{name}: volatility {volatility}, expected {expected_volatility}"
            ));
        }
        if parallel != "s" {
            problems.push(format!("{name}: not PARALLEL SAFE"));
        }
        if nargs > 0 && !strict {
            problems.push(format!("{name}: not STRICT"));
        }
        let public = !name.starts_with("oracompat._");
        match comment {
            None => problems.push(format!("{name}: no comment")),
            Some(text) if public && !text.contains("Oracle") => {
                problems.push(format!("{name}: comment cites no Oracle rule: {text}"))
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let schema_comment: Option<String> = client
        .query_one(
            "SELECT obj_description('oracompat'::regnamespace, 'pg_namespace')",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(schema_comment.is_some());
}

/// IMMUTABLE is what lets an expression index use a function; the timestamptz
/// overloads must not claim it, since their result depends on the session TimeZone.
#[test]
fn timestamp_overloads_can_be_indexed_and_timestamptz_ones_cannot() {
    let (_db, mut client) = loaded("oracompat_index");
    client
        .batch_execute(
            "CREATE TABLE event (at timestamp(0), at_tz timestamptz, on_day date, code varchar(20));
             CREATE INDEX ON event (oracompat.trunc(at, 'MM'));
             CREATE INDEX ON event (oracompat.add_months(on_day, 1));
             CREATE INDEX ON event (oracompat.months_between(at, on_day));
             CREATE INDEX ON event (oracompat.substr(code, 2, 3));
             CREATE INDEX ON event (oracompat.instr(code, '-'));",
        )
        .unwrap();
    let error = error_of(
        &mut client,
        "CREATE INDEX ON event (oracompat.trunc(at_tz))",
    );
    assert_eq!(error.code(), &SqlState::INVALID_OBJECT_DEFINITION);
}

// ---------------------------------------------------------------------------------
// ADD_MONTHS, MONTHS_BETWEEN, LAST_DAY, NEXT_DAY
// ---------------------------------------------------------------------------------

/// SQL Reference, ADD_MONTHS: "If date is the last day of the month or if the resulting
/// month has fewer days than the day component of date, then the result is the last day
/// of the resulting month. Otherwise, the result has the same day component as date."
/// The integer argument may be "any value that can be implicitly converted to an
/// integer": the fraction is truncated.
#[test]
fn add_months_follows_oracles_month_end_rule() {
    let (_db, mut client) = loaded("oracompat_add_months");
    check(
        &mut client,
        &[
            // Resulting month shorter than the day: its last day, leap and common years.
            (
                "oracompat.add_months(DATE '2024-01-31', 1)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2023-01-31', 1)",
                Some("2023-02-28 00:00:00"),
            ),
            // OLAP DML Reference, ADD_MONTHS example: 30 Jan 2000 + 1 -> 29 Feb 2000.
            (
                "oracompat.add_months(DATE '2000-01-30', 1)",
                Some("2000-02-29 00:00:00"),
            ),
            // Last day of the month: last day of the resulting month.
            (
                "oracompat.add_months(DATE '2023-02-28', 1)",
                Some("2023-03-31 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '1961-11-30', 1)",
                Some("1961-12-31 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2024-02-29', 12)",
                Some("2025-02-28 00:00:00"),
            ),
            // Otherwise the same day (OLAP Expression Syntax: 17-JUN-06 + 1 = 17-JUL-06).
            (
                "oracompat.add_months(DATE '2006-06-17', 1)",
                Some("2006-07-17 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2024-01-15', 1)",
                Some("2024-02-15 00:00:00"),
            ),
            // Negative n, across a year, onto a shorter month, from a last day.
            (
                "oracompat.add_months(DATE '2024-03-31', -1)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2024-01-15', -13)",
                Some("2022-12-15 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2023-04-30', -2)",
                Some("2023-02-28 00:00:00"),
            ),
            // n truncated: -12.99 -> -12, 3.8 -> 3.
            (
                "oracompat.add_months(DATE '1996-02-29', -12.99)",
                Some("1995-02-28 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '1997-02-28', 3.8)",
                Some("1997-05-31 00:00:00"),
            ),
            // Time of day kept; the result is an Oracle DATE, so fractions of a second go.
            (
                "oracompat.add_months(TIMESTAMP '2024-01-31 13:45:10', 1)",
                Some("2024-02-29 13:45:10"),
            ),
            (
                "oracompat.add_months(TIMESTAMP '2023-02-28 23:59:59.999', 1)",
                Some("2023-03-31 23:59:59"),
            ),
            (
                "oracompat.add_months(TIMESTAMP '2024-05-17 08:00:00', 0)",
                Some("2024-05-17 08:00:00"),
            ),
            // Any numeric type for n.
            (
                "oracompat.add_months(DATE '2024-01-31', 1::bigint)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.add_months(DATE '2024-01-31', 1.5::double precision)",
                Some("2024-02-29 00:00:00"),
            ),
            ("oracompat.add_months(NULL::timestamp, 1)", None),
            ("oracompat.add_months(DATE '2024-01-31', NULL)", None),
        ],
    );
}

/// SQL Reference, MONTHS_BETWEEN: "If date1 and date2 are either the same days of the
/// month or both last days of months, then the result is always an integer. Otherwise
/// Oracle Database calculates the fractional portion of the result based on a 31-day
/// month and considers the difference in time components date1 and date2."
#[test]
fn months_between_matches_the_documented_examples_and_rule() {
    let (_db, mut client) = loaded("oracompat_months_between");
    check(
        &mut client,
        &[
            // The SQL Reference example: 1.03225806.
            (
                "round(oracompat.months_between(DATE '1995-02-02', DATE '1995-01-01'), 8)",
                Some("1.03225806"),
            ),
            // Oracle prints 1.03225806451612903225806451612903225806 in full.
            (
                "oracompat.months_between(DATE '1995-02-02', DATE '1995-01-01')",
                Some("1.03225806451612903225806451612903225806"),
            ),
            // OLAP Expression Syntax example: MONTHS_BETWEEN('15-APR-06', '01-JAN-06') = 3.4516129.
            (
                "round(oracompat.months_between(DATE '2006-04-15', DATE '2006-01-01'), 7)",
                Some("3.4516129"),
            ),
            // Earlier date1: negative.
            (
                "round(oracompat.months_between(DATE '1995-01-01', DATE '1995-02-02'), 8)",
                Some("-1.03225806"),
            ),
            // Same day of the month: an integer, time of day ignored.
            (
                "oracompat.months_between(TIMESTAMP '2024-03-15 23:00', TIMESTAMP '2024-01-15 01:00')",
                Some("2"),
            ),
            // Both last days of their months: an integer although the days differ.
            (
                "oracompat.months_between(DATE '2024-02-29', DATE '2024-01-31')",
                Some("1"),
            ),
            (
                "oracompat.months_between(DATE '2023-02-28', DATE '2024-02-29')",
                Some("-12"),
            ),
            // Only one of them a last day: the 31-day fraction, 1 + (1 - 28) / 31 = 4/31.
            (
                "round(oracompat.months_between(DATE '2023-03-01', DATE '2023-02-28'), 8)",
                Some("0.12903226"),
            ),
            // The time components count: 1.5 days / 31.
            (
                "round(oracompat.months_between(TIMESTAMP '2024-01-02 12:00', DATE '2024-01-01'), 8)",
                Some("0.04838710"),
            ),
            // 20 days apart within a month: 20/31 (.64516129, a common worked example).
            (
                "round(oracompat.months_between(DATE '2024-05-21', DATE '2024-05-01'), 8)",
                Some("0.64516129"),
            ),
            ("oracompat.months_between(DATE '2024-05-21', NULL)", None),
        ],
    );
}

/// SQL Reference, LAST_DAY: the date of the last day of the month that contains date;
/// the time of day is kept (EDB's Oracle-compatibility table: LAST_DAY('14-APR-98') =
/// 30-APR-98).
#[test]
fn last_day_is_the_month_end_with_the_time_kept() {
    let (_db, mut client) = loaded("oracompat_last_day");
    check(
        &mut client,
        &[
            (
                "oracompat.last_day(DATE '1998-04-14')",
                Some("1998-04-30 00:00:00"),
            ),
            (
                "oracompat.last_day(DATE '2024-02-10')",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.last_day(DATE '2023-02-10')",
                Some("2023-02-28 00:00:00"),
            ),
            (
                "oracompat.last_day(TIMESTAMP '2024-12-31 22:10:05.75')",
                Some("2024-12-31 22:10:05"),
            ),
            (
                "oracompat.last_day(TIMESTAMP '2024-11-01 06:07:08')",
                Some("2024-11-30 06:07:08"),
            ),
            ("oracompat.last_day(NULL::date)", None),
        ],
    );
}

/// SQL Reference, NEXT_DAY: "the date of the first weekday named by char that is later
/// than the date date ... either the full name or the abbreviation ... Any characters
/// immediately following the valid abbreviation are ignored. The return value has the
/// same hours, minutes, and seconds component as the argument date."
#[test]
fn next_day_is_strictly_later_and_reads_english_day_names() {
    let (_db, mut client) = loaded("oracompat_next_day");
    check(
        &mut client,
        &[
            // SQL Reference example: NEXT_DAY('15-OCT-2009', 'TUESDAY') = 20-OCT-2009 (a Thursday).
            (
                "oracompat.next_day(DATE '2009-10-15', 'TUESDAY')",
                Some("2009-10-20 00:00:00"),
            ),
            // Older SQL Reference example: NEXT_DAY('02-FEB-2001', 'TUESDAY') = 06-FEB-2001.
            (
                "oracompat.next_day(DATE '2001-02-02', 'TUESDAY')",
                Some("2001-02-06 00:00:00"),
            ),
            // OLAP Expression Syntax example: NEXT_DAY('11-SEP-01', 'Monday') = 17-SEP-01.
            (
                "oracompat.next_day(DATE '2001-09-11', 'Monday')",
                Some("2001-09-17 00:00:00"),
            ),
            // Abbreviation, any case; characters after the abbreviation ignored.
            (
                "oracompat.next_day(DATE '2009-10-15', 'tue')",
                Some("2009-10-20 00:00:00"),
            ),
            (
                "oracompat.next_day(DATE '2009-10-15', 'Tuesxyz')",
                Some("2009-10-20 00:00:00"),
            ),
            (
                "oracompat.next_day(DATE '2009-10-15', 'fri')",
                Some("2009-10-16 00:00:00"),
            ),
            (
                "oracompat.next_day(DATE '2009-10-15', 'SUNDAY')",
                Some("2009-10-18 00:00:00"),
            ),
            // Later than date: the same weekday is a week on.
            (
                "oracompat.next_day(DATE '2009-10-15', 'THURSDAY')",
                Some("2009-10-22 00:00:00"),
            ),
            // Time of day kept.
            (
                "oracompat.next_day(TIMESTAMP '2009-10-15 13:14:15', 'WED')",
                Some("2009-10-21 13:14:15"),
            ),
            ("oracompat.next_day(DATE '2009-10-15', NULL)", None),
            // Oracle's '' is NULL.
            ("oracompat.next_day(DATE '2009-10-15', '')", None),
        ],
    );
    for bad in ["XYZ", "TU", "Dimanche"] {
        assert_error(
            &mut client,
            &format!("SELECT oracompat.next_day(DATE '2009-10-15', '{bad}')"),
            &SqlState::INVALID_DATETIME_FORMAT,
            "ORA-01846: not a valid day of the week",
        );
    }
}

// ---------------------------------------------------------------------------------
// TRUNC and ROUND on dates
// ---------------------------------------------------------------------------------

/// SQL Reference, "ROUND and TRUNC Date Functions" table, TRUNC side.
#[test]
fn trunc_date_handles_every_format_model() {
    let (_db, mut client) = loaded("oracompat_trunc_date");
    let t = "TIMESTAMP '2024-05-17 10:45:30'"; // a Friday
    let cases: Vec<(String, Option<&str>)> = vec![
        // SQL Reference, TRUNC (date) example: TRUNC('27-OCT-92', 'YEAR') = 01-JAN-92.
        (
            "oracompat.trunc(DATE '1992-10-27', 'YEAR')".into(),
            Some("1992-01-01 00:00:00"),
        ),
        // Default model DD: midnight.
        (format!("oracompat.trunc({t})"), Some("2024-05-17 00:00:00")),
        // CC: centuries start in year xx01 (1951 -> 1901; 2000 is in the 20th century).
        (
            "oracompat.trunc(DATE '1951-06-01', 'CC')".into(),
            Some("1901-01-01 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2000-12-31', 'SCC')".into(),
            Some("1901-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'cc')"),
            Some("2001-01-01 00:00:00"),
        ),
        // Every year spelling.
        (
            format!("oracompat.trunc({t}, 'SYYYY')"),
            Some("2024-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'YYYY')"),
            Some("2024-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'SYEAR')"),
            Some("2024-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'YYY')"),
            Some("2024-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'YY')"),
            Some("2024-01-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'Y')"),
            Some("2024-01-01 00:00:00"),
        ),
        // ISO year: 1 Jul 2004 -> 29 Dec 2003, the Monday of ISO week 1 of 2004.
        (
            "oracompat.trunc(DATE '2004-07-01', 'IYYY')".into(),
            Some("2003-12-29 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2015-03-06', 'I')".into(),
            Some("2014-12-29 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2027-01-01', 'IYY')".into(),
            Some("2025-12-29 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2024-12-30', 'IY')".into(),
            Some("2024-12-30 00:00:00"),
        ),
        // Quarter.
        (
            format!("oracompat.trunc({t}, 'Q')"),
            Some("2024-04-01 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2024-12-31', 'q')".into(),
            Some("2024-10-01 00:00:00"),
        ),
        // Month spellings.
        (
            format!("oracompat.trunc({t}, 'MM')"),
            Some("2024-05-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'MONTH')"),
            Some("2024-05-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'MON')"),
            Some("2024-05-01 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'RM')"),
            Some("2024-05-01 00:00:00"),
        ),
        // WW: same weekday as 1 Jan (2024-01-01 is a Monday, so Mondays).
        (
            format!("oracompat.trunc({t}, 'WW')"),
            Some("2024-05-13 00:00:00"),
        ),
        // IW: the Monday of the ISO week.
        (
            format!("oracompat.trunc({t}, 'IW')"),
            Some("2024-05-13 00:00:00"),
        ),
        // W: same weekday as the 1st of the month (2024-05-01, a Wednesday).
        (
            format!("oracompat.trunc({t}, 'W')"),
            Some("2024-05-15 00:00:00"),
        ),
        // DAY/DY/D: the Sunday that starts the week (NLS_TERRITORY=AMERICA).
        (
            format!("oracompat.trunc({t}, 'DAY')"),
            Some("2024-05-12 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'DY')"),
            Some("2024-05-12 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'D')"),
            Some("2024-05-12 00:00:00"),
        ),
        (
            "oracompat.trunc(DATE '2024-05-12', 'DAY')".into(),
            Some("2024-05-12 00:00:00"),
        ),
        // Day spellings.
        (
            format!("oracompat.trunc({t}, 'DDD')"),
            Some("2024-05-17 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'DD')"),
            Some("2024-05-17 00:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'J')"),
            Some("2024-05-17 00:00:00"),
        ),
        // Hour and minute.
        (
            format!("oracompat.trunc({t}, 'HH')"),
            Some("2024-05-17 10:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'HH12')"),
            Some("2024-05-17 10:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'HH24')"),
            Some("2024-05-17 10:00:00"),
        ),
        (
            format!("oracompat.trunc({t}, 'MI')"),
            Some("2024-05-17 10:45:00"),
        ),
        // A timestamp's fractional seconds go too (the result is an Oracle DATE).
        (
            "oracompat.trunc(TIMESTAMP '2024-05-17 10:45:30.5', 'mi')".into(),
            Some("2024-05-17 10:45:00"),
        ),
    ];
    let cases: Vec<(&str, Option<&str>)> = cases.iter().map(|(e, v)| (e.as_str(), *v)).collect();
    check(&mut client, &cases);
}

/// SQL Reference, TRUNC (date), "Formatting Dates using TRUNC" example: its five input
/// dates truncated with no model, 'ww', 'iw', 'mm' and 'year' (values worked out from
/// the format-model table: 1 Jan 2015 was a Thursday).
#[test]
fn trunc_date_reproduces_the_formatting_example() {
    let (_db, mut client) = loaded("oracompat_trunc_example");
    let rows = client
        .query(
            "WITH dates(d) AS (VALUES (DATE '2015-01-01'::timestamp), (DATE '2015-01-10'),
                                      (DATE '2015-02-01'), (TIMESTAMP '2015-03-03 23:45:00'),
                                      (TIMESTAMP '2015-04-11 12:34:56'))
             SELECT concat_ws(' | ', d::date, oracompat.trunc(d)::date,
                              oracompat.trunc(d, 'ww')::date, oracompat.trunc(d, 'iw')::date,
                              oracompat.trunc(d, 'mm')::date, oracompat.trunc(d, 'year')::date)
               FROM dates ORDER BY d",
            &[],
        )
        .unwrap();
    let got: Vec<String> = rows.iter().map(|row| row.get(0)).collect();
    assert_eq!(
        got,
        [
            "2015-01-01 | 2015-01-01 | 2015-01-01 | 2014-12-29 | 2015-01-01 | 2015-01-01",
            "2015-01-10 | 2015-01-10 | 2015-01-08 | 2015-01-05 | 2015-01-01 | 2015-01-01",
            "2015-02-01 | 2015-02-01 | 2015-01-29 | 2015-01-26 | 2015-02-01 | 2015-01-01",
            "2015-03-03 | 2015-03-03 | 2015-02-26 | 2015-03-02 | 2015-03-01 | 2015-01-01",
            "2015-04-11 | 2015-04-11 | 2015-04-09 | 2015-04-06 | 2015-04-01 | 2015-01-01",
        ]
    );
}

/// SQL Reference, "ROUND and TRUNC Date Functions" table, ROUND side: "Year (rounds up
/// on July 1)", "Quarter (rounds up on the sixteenth day of the second month of the
/// quarter)", "Month (rounds up on the sixteenth day)"; the other units round to the
/// nearer boundary.
#[test]
fn round_date_rounds_up_where_the_table_says() {
    let (_db, mut client) = loaded("oracompat_round_date");
    check(
        &mut client,
        &[
            // SQL Reference, ROUND (date) examples: 27-OCT-92 and 27-OCT-00 round to next year.
            (
                "oracompat.round(DATE '1992-10-27', 'YEAR')",
                Some("1993-01-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2000-10-27', 'YEAR')",
                Some("2001-01-01 00:00:00"),
            ),
            // Year: July 1 rounds up, June 30 (even at 23:59:59) down.
            (
                "oracompat.round(DATE '2024-07-01', 'YYYY')",
                Some("2025-01-01 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-06-30 23:59:59', 'YYYY')",
                Some("2024-01-01 00:00:00"),
            ),
            // OLAP Expression Syntax: ROUND('13-OCT-06', 'MONTH') = 01-OCT-06.
            (
                "oracompat.round(DATE '2006-10-13', 'MONTH')",
                Some("2006-10-01 00:00:00"),
            ),
            // Month: the 16th rounds up, the 15th (even at 23:59:59) down.
            (
                "oracompat.round(DATE '2024-05-16', 'MM')",
                Some("2024-06-01 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-15 23:59:59', 'MM')",
                Some("2024-05-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-12-16', 'MON')",
                Some("2025-01-01 00:00:00"),
            ),
            // Quarter: from the 16th of its second month.
            (
                "oracompat.round(DATE '2024-05-15', 'Q')",
                Some("2024-04-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-05-16', 'Q')",
                Some("2024-07-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-06-01', 'Q')",
                Some("2024-07-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-04-30', 'Q')",
                Some("2024-04-01 00:00:00"),
            ),
            // Century: the second half starts on 1 Jan xx51.
            (
                "oracompat.round(DATE '1950-12-31', 'CC')",
                Some("1901-01-01 00:00:00"),
            ),
            (
                "oracompat.round(DATE '1951-01-01', 'CC')",
                Some("2001-01-01 00:00:00"),
            ),
            // ISO year: July 1 rounds up to the next ISO year's Monday.
            (
                "oracompat.round(DATE '2024-07-01', 'IYYY')",
                Some("2024-12-30 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-06-30', 'IYYY')",
                Some("2024-01-01 00:00:00"),
            ),
            // Day (default model): noon rounds up.
            (
                "oracompat.round(TIMESTAMP '2024-05-17 12:00:00')",
                Some("2024-05-18 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-17 11:59:59', 'DD')",
                Some("2024-05-17 00:00:00"),
            ),
            // Weeks: 3.5 days into the week rounds up (2024-05-12 is a Sunday).
            (
                "oracompat.round(TIMESTAMP '2024-05-15 12:00', 'DAY')",
                Some("2024-05-19 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-15 11:59', 'DAY')",
                Some("2024-05-12 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-16 12:00', 'IW')",
                Some("2024-05-20 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-05-16', 'IW')",
                Some("2024-05-13 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-05-17', 'WW')",
                Some("2024-05-20 00:00:00"),
            ),
            (
                "oracompat.round(DATE '2024-05-17', 'W')",
                Some("2024-05-15 00:00:00"),
            ),
            // Hour: half past rounds up; minute: 30 seconds rounds up.
            (
                "oracompat.round(TIMESTAMP '2024-05-17 10:30:00', 'HH')",
                Some("2024-05-17 11:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-17 10:29:59.9', 'HH24')",
                Some("2024-05-17 10:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-17 10:29:30', 'MI')",
                Some("2024-05-17 10:30:00"),
            ),
            (
                "oracompat.round(TIMESTAMP '2024-05-17 23:59:30', 'MI')",
                Some("2024-05-18 00:00:00"),
            ),
        ],
    );
}

/// Format models are case-insensitive, NULL or '' (Oracle's NULL) gives NULL, and a
/// model outside the table raises an error (Oracle: ORA-01821).
#[test]
fn date_format_models_null_and_errors() {
    let (_db, mut client) = loaded("oracompat_date_fmt");
    check(
        &mut client,
        &[
            (
                "oracompat.trunc(DATE '2024-05-17', 'mm')",
                Some("2024-05-01 00:00:00"),
            ),
            ("oracompat.trunc(DATE '2024-05-17', NULL)", None),
            ("oracompat.trunc(DATE '2024-05-17', '')", None),
            ("oracompat.round(DATE '2024-05-17', '')", None),
            ("oracompat.trunc(NULL::timestamp, 'MM')", None),
            ("oracompat.round(NULL::timestamp)", None),
        ],
    );
    for sql in [
        "SELECT oracompat.trunc(DATE '2024-05-17', 'XX')",
        "SELECT oracompat.trunc(TIMESTAMP '2024-05-17 10:00', 'HH25')",
        "SELECT oracompat.round(now(), 'MMM')",
    ] {
        assert_error(
            &mut client,
            sql,
            &SqlState::INVALID_DATETIME_FORMAT,
            "ORA-01821: date format not recognized",
        );
    }
}

/// A TIMESTAMP WITH TIME ZONE is truncated, rounded and shifted as the wall-clock time
/// the session sees (Oracle works on the value's own time zone; PostgreSQL keeps none,
/// so the session TimeZone stands in for it).
#[test]
fn timestamptz_arguments_are_read_in_the_session_time_zone() {
    let (_db, mut client) = loaded("oracompat_timestamptz");
    client
        .batch_execute("SET TimeZone = 'America/New_York'")
        .unwrap();
    check(
        &mut client,
        &[
            // 02:30 UTC on the 17th is 22:30 on the 16th in New York.
            (
                "oracompat.trunc(TIMESTAMPTZ '2024-05-17 02:30:00+00')",
                Some("2024-05-16 00:00:00"),
            ),
            (
                "oracompat.round(TIMESTAMPTZ '2024-05-17 02:30:00+00', 'HH')",
                Some("2024-05-16 23:00:00"),
            ),
            (
                "oracompat.last_day(TIMESTAMPTZ '2024-03-01 02:00:00+00')",
                Some("2024-02-29 21:00:00"),
            ),
            (
                "oracompat.add_months(TIMESTAMPTZ '2024-02-01 03:00:00+00', 1)",
                Some("2024-02-29 22:00:00"),
            ),
            (
                "oracompat.next_day(TIMESTAMPTZ '2024-05-17 02:30:00+00', 'FRIDAY')",
                Some("2024-05-17 22:30:00"),
            ),
            (
                "oracompat.months_between(TIMESTAMPTZ '2024-06-01 02:00:00+00', TIMESTAMPTZ '2024-05-01 02:00:00+00')",
                Some("1"),
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------
// TRUNC and ROUND on numbers
// ---------------------------------------------------------------------------------

/// SQL Reference, ROUND (number): "If n is negative, then ROUND(n, integer) returns
/// -ROUND(-n, integer)"; for positive n, FLOOR(n * POWER(10, integer) + 0.5) *
/// POWER(10, -integer): half away from zero. PostgreSQL's round(numeric) does the same,
/// its round(double precision) rounds half to even; oracompat.round does not.
/// SQL Reference, TRUNC (number): TRUNC(15.79, 1) = 15.7, TRUNC(15.79, -1) = 10.
#[test]
fn numeric_round_is_half_away_from_zero_for_every_type() {
    let (_db, mut client) = loaded("oracompat_round_number");
    check(
        &mut client,
        &[
            // SQL Reference, ROUND (number) examples.
            ("oracompat.round(15.193, 1)", Some("15.2")),
            ("oracompat.round(15.193, -1)", Some("20")),
            ("oracompat.round(-15.193, 1)", Some("-15.2")),
            ("oracompat.round(15.149, 1)", Some("15.1")),
            ("oracompat.round(1.5)", Some("2")),
            ("oracompat.round(2.5)", Some("3")),
            ("oracompat.round(-2.5)", Some("-3")),
            ("oracompat.round(-0.5)", Some("-1")),
            ("oracompat.round(0)", Some("0")),
            // SQL Reference, TRUNC (number) examples.
            ("oracompat.trunc(15.79, 1)", Some("15.7")),
            ("oracompat.trunc(15.79, -1)", Some("10")),
            ("oracompat.trunc(-15.79)", Some("-15")),
            ("oracompat.trunc(12.345, 1)", Some("12.3")),
            // The places argument is truncated to an integer.
            ("oracompat.round(15.193, 1.9)", Some("15.2")),
            // double precision: PostgreSQL rounds -2.5 to -2 and 2.5 to 2; Oracle to -3, 3.
            ("round(-2.5::double precision)", Some("-2")),
            ("oracompat.round(-2.5::double precision)", Some("-3")),
            ("oracompat.round(2.5::double precision)", Some("3")),
            ("oracompat.round(0.5::double precision)", Some("1")),
            (
                "oracompat.round(0.49999999999999994::double precision)",
                Some("0"),
            ),
            (
                "oracompat.round(-15.193::double precision, 1)",
                Some("-15.2"),
            ),
            ("oracompat.round(1.005::double precision, 2)", Some("1.01")),
            // Large doubles keep every digit (PostgreSQL's own cast keeps 15).
            (
                "oracompat.round(1000000000000000.5::double precision, 0)",
                Some("1000000000000001"),
            ),
            (
                "oracompat.trunc(9007199254740992::double precision, 0)",
                Some("9007199254740992"),
            ),
            ("oracompat.round(2.5::real)", Some("3")),
            // No IEEE negative zero: an Oracle NUMBER has none.
            ("oracompat.round(-0.4::double precision)", Some("0")),
            ("oracompat.trunc(-0.4::double precision)", Some("0")),
            ("oracompat.trunc(-2.7::double precision)", Some("-2")),
            ("oracompat.trunc(15.79::double precision, -1)", Some("10")),
            (
                "oracompat.round('Infinity'::double precision)",
                Some("Infinity"),
            ),
            // Integers: whole already; with places, a numeric that cannot overflow.
            ("oracompat.trunc(15, -1)", Some("10")),
            ("oracompat.round(25, -1)", Some("30")),
            ("oracompat.round(-25, -1)", Some("-30")),
            ("oracompat.round(32767::smallint, -1)", Some("32770")),
            (
                "oracompat.round(9007199254740993::bigint, -1)",
                Some("9007199254740990"),
            ),
            (
                "oracompat.trunc(9007199254740993::bigint)",
                Some("9007199254740993"),
            ),
            // NULL in, NULL out.
            ("oracompat.round(NULL::numeric)", None),
            ("oracompat.round(5.5, NULL)", None),
            ("oracompat.trunc(NULL::integer, 1)", None),
        ],
    );
}

// ---------------------------------------------------------------------------------
// Overload resolution: the converter emits oracompat.trunc(...) without knowing types
// ---------------------------------------------------------------------------------

/// Calls on columns of each mapped type, and on literals, resolve to the right overload
/// and keep Oracle's result type (TRUNC(n) same type as n, TRUNC(n, m) NUMBER, TRUNC
/// (date) DATE = timestamp).
#[test]
fn trunc_and_round_resolve_for_every_argument_type() {
    let (_db, mut client) = loaded("oracompat_overloads");
    client
        .batch_execute(
            "CREATE TABLE sample (
                 d0 timestamp(0), ts timestamp(6), tz timestamptz, dt date,
                 n numeric(10, 3), i integer, b bigint, s smallint, f double precision,
                 r real, v varchar(20), places integer, fmt varchar(5));
             INSERT INTO sample VALUES (
                 '2024-05-17 10:45:30', '2024-05-17 10:45:30.25', '2024-05-17 10:45:30+00',
                 '2024-05-17', 12.345, 12345, 9007199254740993, 123, 12.345, 12.5,
                 'ABCDEFG', 1, 'MM');",
        )
        .unwrap();
    let cases: &[(&str, &str, &str)] = &[
        // (expression, its value, its type)
        ("oracompat.trunc(12.345, 1)", "12.3", "numeric"),
        ("oracompat.round(12.345, 1)", "12.3", "numeric"),
        ("oracompat.trunc(12.345)", "12", "numeric"),
        ("oracompat.trunc(12, 1)", "12", "numeric"),
        ("oracompat.trunc(12)", "12", "integer"),
        (
            "oracompat.trunc(TIMESTAMP '2024-05-17 10:00', 'MM')",
            "2024-05-01 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.trunc(DATE '2024-05-17', 'MM')",
            "2024-05-01 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.trunc(d0)",
            "2024-05-17 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.trunc(ts, fmt)",
            "2024-05-01 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.round(ts)",
            "2024-05-17 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.trunc(tz, 'YYYY')",
            "2024-01-01 00:00:00",
            "timestamp without time zone",
        ),
        (
            "oracompat.trunc(dt)",
            "2024-05-17 00:00:00",
            "timestamp without time zone",
        ),
        ("oracompat.trunc(n)", "12", "numeric"),
        ("oracompat.round(n, places)", "12.3", "numeric"),
        ("oracompat.round(n, 2)", "12.35", "numeric"),
        ("oracompat.trunc(i, -2)", "12300", "numeric"),
        ("oracompat.round(i)", "12345", "integer"),
        ("oracompat.trunc(b)", "9007199254740993", "bigint"),
        ("oracompat.trunc(b, -1)", "9007199254740990", "numeric"),
        ("oracompat.round(s)", "123", "smallint"),
        ("oracompat.round(s, -1)", "120", "numeric"),
        ("oracompat.trunc(f)", "12", "double precision"),
        ("oracompat.round(f, 2)", "12.35", "numeric"),
        ("oracompat.round(r)", "13", "real"),
        ("oracompat.round(r, 0)", "13", "numeric"),
        ("oracompat.substr(v, 2, i / 1000)", "BCDEFG", "text"),
        ("oracompat.instr(v, 'C', b / b)", "3", "integer"),
        (
            "oracompat.add_months(d0, n)",
            "2025-05-17 10:45:30",
            "timestamp without time zone",
        ),
        ("oracompat.months_between(d0, dt)", "0", "numeric"),
        (
            "round(oracompat.months_between(d0, dt - 1), 8)",
            "0.04671819",
            "numeric",
        ),
    ];
    let mut failures = Vec::new();
    for &(expr, expected_value, expected_type) in cases {
        let sql = format!("SELECT ({expr})::text, pg_typeof({expr})::text FROM sample");
        let row = client
            .query_one(&sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        let got: (Option<String>, String) = (row.get(0), row.get(1));
        let value_ok = got.0.as_deref() == Some(expected_value);
        if !value_ok || got.1 != expected_type {
            failures.push(format!(
                "{expr}: expected {expected_value} :: {expected_type}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Calls whose first argument is an untyped literal (or NULL) cannot be resolved between
/// the date and the number overloads: PostgreSQL says so (SQLSTATE 42725) rather than
/// guess. Oracle would convert the string with NLS_DATE_FORMAT; the converter must cast.
#[test]
fn untyped_literal_first_arguments_are_reported_ambiguous() {
    let (_db, mut client) = loaded("oracompat_ambiguous");
    for sql in [
        "SELECT oracompat.trunc('2024-05-17', 'MM')",
        "SELECT oracompat.trunc('12.5')",
        "SELECT oracompat.round(NULL)",
    ] {
        let error = error_of(&mut client, sql);
        assert_eq!(
            error.code(),
            &SqlState::AMBIGUOUS_FUNCTION,
            "{sql}: {error:?}"
        );
    }
    // Among the date functions alone an untyped literal resolves, to the timestamptz
    // overload (timestamptz is PostgreSQL's preferred datetime type).
    check(
        &mut client,
        &[
            (
                "oracompat.add_months('2024-01-31', 1)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.last_day('2024-02-10')",
                Some("2024-02-29 00:00:00"),
            ),
            ("oracompat.round(NULL, 2)", None),
        ],
    );
}

// ---------------------------------------------------------------------------------
// INSTR and SUBSTR
// ---------------------------------------------------------------------------------

/// SQL Reference, INSTR: position "is a nonzero integer"; "If position is negative, then
/// Oracle counts backward from the end of string and then searches backward from the
/// resulting position"; "The value of occurrence must be positive"; "If no such substring
/// is found, then the function returns zero"; consecutive compared substrings start one
/// character apart, so matches overlap.
#[test]
fn instr_matches_the_documented_examples() {
    let (_db, mut client) = loaded("oracompat_instr");
    check(
        &mut client,
        &[
            // SQL Reference examples.
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 3, 2)", Some("14")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', -3, 2)", Some("2")),
            // Defaults: position 1, occurrence 1.
            ("oracompat.instr('CORPORATE FLOOR', 'OR')", Some("2")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 3)", Some("5")),
            // Backward from the last character.
            (
                "oracompat.instr('CORPORATE FLOOR', 'OR', -1, 1)",
                Some("14"),
            ),
            ("oracompat.instr('Hello Word', 'o', -1, 1)", Some("8")),
            // Not found, not that many, or out of range: 0.
            ("oracompat.instr('CORPORATE FLOOR', 'XY')", Some("0")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 1, 4)", Some("0")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 16)", Some("0")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', -16)", Some("0")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', -15)", Some("0")),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 1e20)", Some("0")),
            (
                "oracompat.instr('CORPORATE FLOOR', 'OR', 1, 1e20)",
                Some("0"),
            ),
            ("oracompat.instr('CORPORATE FLOOR', 'CO', -15)", Some("1")),
            // Position 0: nothing to search from.
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 0)", Some("0")),
            // Overlapping matches, both directions.
            ("oracompat.instr('AAAA', 'AA', 1, 2)", Some("2")),
            ("oracompat.instr('AAAA', 'AA', 1, 3)", Some("3")),
            ("oracompat.instr('AAAA', 'AA', -1, 1)", Some("3")),
            ("oracompat.instr('AAAA', 'AA', -1, 3)", Some("1")),
            // Characters, not bytes.
            ("oracompat.instr('ééaé', 'é', -1, 2)", Some("2")),
            ("oracompat.instr('ééaé', 'a')", Some("3")),
            // Position and occurrence truncated to integers.
            (
                "oracompat.instr('CORPORATE FLOOR', 'OR', 3.9, 2.9)",
                Some("14"),
            ),
            // NULL, and Oracle's '' (NULL), in: NULL out.
            ("oracompat.instr(NULL, 'OR')", None),
            ("oracompat.instr('CORPORATE FLOOR', NULL)", None),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', NULL)", None),
            ("oracompat.instr('CORPORATE FLOOR', 'OR', 1, NULL)", None),
            ("oracompat.instr('', 'OR')", None),
            ("oracompat.instr('CORPORATE FLOOR', '')", None),
        ],
    );
    for (occurrence, message) in [
        ("0", "ORA-01428: argument '0' is out of range"),
        ("-1", "ORA-01428: argument '-1' is out of range"),
    ] {
        assert_error(
            &mut client,
            &format!("SELECT oracompat.instr('CORPORATE FLOOR', 'OR', 1, {occurrence})"),
            &SqlState::INVALID_PARAMETER_VALUE,
            message,
        );
    }
}

/// SQL Reference, SUBSTR: "If position is 0, then it is treated as 1. ... If position
/// is negative, then Oracle counts backward from the end of char. If substring_length is
/// omitted, then Oracle returns all characters to the end of char. If substring_length
/// is less than 1, then Oracle returns null." "Floating-point numbers passed as
/// arguments to SUBSTR are automatically converted to integers." An empty result is
/// NULL, since Oracle's '' is NULL.
#[test]
fn substr_matches_the_documented_examples() {
    let (_db, mut client) = loaded("oracompat_substr");
    check(
        &mut client,
        &[
            // SQL Reference examples.
            ("oracompat.substr('ABCDEFG', 3, 4)", Some("CDEF")),
            ("oracompat.substr('ABCDEFG', -5, 4)", Some("CDEF")),
            // OLAP Expression Syntax examples.
            ("oracompat.substr('firefly', 1, 4)", Some("fire")),
            ("oracompat.substr('firefly', -3, 3)", Some("fly")),
            // Position 0 is 1 (PostgreSQL's substr('ABCDEFG', 0, 2) gives 'A').
            ("oracompat.substr('ABCDEFG', 0, 2)", Some("AB")),
            ("oracompat.substr('ABCDEFG', 0)", Some("ABCDEFG")),
            // Omitted length: to the end; a length past the end: to the end.
            ("oracompat.substr('ABCDEFG', 3)", Some("CDEFG")),
            ("oracompat.substr('ABCDEFG', -2)", Some("FG")),
            ("oracompat.substr('ABCDEFG', -7)", Some("ABCDEFG")),
            ("oracompat.substr('ABCDEFG', 6, 100)", Some("FG")),
            // Position past either end: NULL (PostgreSQL's substr gives '').
            ("oracompat.substr('ABCDEFG', 8)", None),
            ("oracompat.substr('ABCDEFG', -8)", None),
            ("oracompat.substr('ABCDEFG', -8, 3)", None),
            ("oracompat.substr('ABCDEFG', -1e20)", None),
            ("oracompat.substr('ABCDEFG', 1, 1e20)", Some("ABCDEFG")),
            // Length below 1: NULL (PostgreSQL's substr raises for a negative one).
            ("oracompat.substr('ABCDEFG', 2, 0)", None),
            ("oracompat.substr('ABCDEFG', 2, -1)", None),
            ("oracompat.substr('ABCDEFG', 2, 0.5)", None),
            // Arguments truncated to integers.
            ("oracompat.substr('ABCDEFG', 2.9, 2.9)", Some("BC")),
            ("oracompat.substr('ABCDEFG', -2.5)", Some("FG")),
            // Characters, not bytes.
            ("oracompat.substr('héllo', 2, 3)", Some("éll")),
            // NULL or '' in: NULL out.
            ("oracompat.substr('', 1)", None),
            ("oracompat.substr(NULL, 1)", None),
            ("oracompat.substr('ABCDEFG', NULL)", None),
            ("oracompat.substr('ABCDEFG', 1, NULL)", None),
        ],
    );
}

// ---------------------------------------------------------------------------------
// SYS_GUID
// ---------------------------------------------------------------------------------

/// SQL Reference, SYS_GUID: "generates and returns a globally unique identifier (RAW
/// value) made up of 16 bytes"; a new value on every call, even within one statement.
#[test]
fn sys_guid_returns_sixteen_fresh_bytes_per_call() {
    let (_db, mut client) = loaded("oracompat_sys_guid");
    let row = client
        .query_one(
            "SELECT pg_typeof(oracompat.sys_guid())::text,
                    length(oracompat.sys_guid()),
                    (SELECT count(DISTINCT oracompat.sys_guid()) FROM generate_series(1, 1000))",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "bytea");
    assert_eq!(row.get::<_, i32>(1), 16);
    assert_eq!(row.get::<_, i64>(2), 1000);
    // The version and variant bits of the underlying UUIDs are replaced: over 1000
    // values, byte 6's high nibble is not always 4 (a v4 UUID's version).
    let versions: i64 = client
        .query_one(
            "SELECT count(DISTINCT get_byte(g, 6) >> 4)
               FROM (SELECT oracompat.sys_guid() AS g FROM generate_series(1, 1000)) AS s",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(versions > 1, "byte 6 keeps the UUID version nibble");
}

/// SQL Reference, Datetime/Interval Arithmetic: DATE - DATE is the number of days
/// between (fractions are parts of a day), DATE +/- a number adds or subtracts days,
/// DATE +/- an interval gives a DATE. The overload is picked by the right operand's type,
/// as the converter writes these calls for columns it cannot type.
#[test]
fn date_minus_and_date_plus_pick_oracles_meaning_by_type() {
    let (_db, mut client) = loaded("oracompat_date_arith");
    check(
        &mut client,
        &[
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01 12:00', TIMESTAMP '2024-02-28 00:00')",
                Some("2.5000000000000000"),
            ),
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01 00:00', 1)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01 00:00', 0.25::numeric)",
                Some("2024-02-29 18:00:00"),
            ),
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01 00:00', 1.5::double precision)",
                Some("2024-02-28 12:00:00"),
            ),
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01 00:00', interval '90 minutes')",
                Some("2024-02-29 22:30:00"),
            ),
            (
                "oracompat.date_plus(TIMESTAMP '2024-02-28 00:00', 1)",
                Some("2024-02-29 00:00:00"),
            ),
            (
                "oracompat.date_plus(TIMESTAMP '2024-02-28 00:00', 17::numeric / 24)",
                Some("2024-02-28 17:00:00"),
            ),
            (
                "oracompat.date_plus(TIMESTAMP '2024-02-28 00:00', interval '1 day 2 hours')",
                Some("2024-02-29 02:00:00"),
            ),
            // A DATE column (timestamp(0)) and a date both resolve.
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01', DATE '2024-02-01')",
                Some("29.0000000000000000"),
            ),
            (
                "oracompat.date_minus(TIMESTAMP '2024-03-01', NULL::numeric)",
                None,
            ),
        ],
    );
}
