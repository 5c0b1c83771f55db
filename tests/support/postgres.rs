//! A real PostgreSQL for integration tests, never a mock.
//!
//! Each test binary starts at most one throwaway cluster, on first use, and every test
//! gets its own fresh database in it through [`database`]. With
//! `ORAPG_TEST_DATABASE_URL` set, that server is used instead and no cluster starts.
//!
//! Teardown: Rust's test harness has no global teardown and never drops statics, so
//! a watchdog shell owns the cleanup. Its stdin is a pipe whose only writer is this
//! process; when the process ends, in whatever way (normal exit, panic, SIGKILL), the
//! kernel closes the pipe, the watchdog reads EOF, stops the server and removes the
//! temp dir. This needs no polling and cannot be fooled by PID reuse. On a normal exit
//! an `atexit` hook closes the pipe itself and waits for the watchdog, so nothing is
//! left running once `cargo test` returns. On Linux this process also makes itself the
//! postmaster's subreaper and reaps it there: orphans otherwise go to PID 1, which in
//! some containers reaps late, leaving a `<defunct>` postgres after the run.

mod cluster;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

const URL_VAR: &str = "ORAPG_TEST_DATABASE_URL";
const INSTALL_HINT: &str = "apt-get install postgresql-15, or set ORAPG_TEST_DATABASE_URL";
const PLPGSQL_CHECK_HINT: &str = "apt-get install postgresql-15-plpgsql-check";
const ORAFCE_HINT: &str = "apt-get install postgresql-15-orafce";

/// A fresh database, private to one test.
pub struct TestDatabase {
    name: String,
    conninfo: String,
    psql: PathBuf,
    /// Only on a server we did not start: a throwaway cluster is deleted whole.
    admin_to_drop_from: Option<String>,
}

impl TestDatabase {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A libpq connection string (keyword/value or URL) for this database, accepted by
    /// both `postgres::Client::connect` and `psql -d`.
    pub fn connection_string(&self) -> &str {
        &self.conninfo
    }

    pub fn connect(&self) -> ::postgres::Client {
        ::postgres::Client::connect(&self.conninfo, ::postgres::NoTls).unwrap_or_else(|e| {
            panic!(
                "connecting to test database {} ({}) failed: {e}",
                self.name, self.conninfo
            )
        })
    }

    /// Arguments for psql: no psqlrc, stop at the first error, this database. Append
    /// `-f deploy.sql` or `-c ...`.
    pub fn psql_args(&self) -> Vec<String> {
        ["-X", "-v", "ON_ERROR_STOP=1", "-d", &self.conninfo]
            .map(String::from)
            .to_vec()
    }

    /// A psql command matching the server's version where we know it, with
    /// [`Self::psql_args`] already given.
    pub fn psql(&self) -> Command {
        let mut cmd = Command::new(&self.psql);
        cmd.args(self.psql_args());
        cmd
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // Best effort and never a panic: this also runs while a failed test unwinds.
        let Some(admin) = &self.admin_to_drop_from else {
            return;
        };
        if let Ok(mut client) = ::postgres::Client::connect(admin, ::postgres::NoTls) {
            let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
            let _ = client.batch_execute(&sql);
        }
    }
}

/// Creates a fresh, uniquely named database for one test; `label` only makes the name
/// readable. Panics with the reason (and the server log) if no server can be had.
pub fn database(label: &str) -> TestDatabase {
    let server = server();
    let name = unique_name(label);
    let mut admin = ::postgres::Client::connect(&server.admin, ::postgres::NoTls)
        .unwrap_or_else(|e| panic!("connecting to PostgreSQL ({}) failed: {e}", server.admin));
    // template0 so that whatever an external server's template1 holds stays out.
    let sql = format!("CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
    admin
        .batch_execute(&sql)
        .unwrap_or_else(|e| panic!("{sql} failed: {e}"));
    TestDatabase {
        conninfo: with_dbname(&server.base, &name),
        name,
        psql: server.psql.clone(),
        admin_to_drop_from: server.external.then(|| server.admin.clone()),
    }
}

/// Whether `CREATE EXTENSION plpgsql_check` succeeds in a test database. Checked once.
pub fn plpgsql_check_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let probe = database("plpgsql_check_probe");
        probe
            .connect()
            .batch_execute("CREATE EXTENSION plpgsql_check")
            .is_ok()
    })
}

/// For tests that need plpgsql_check. CI installs it, so under CI=true its absence
/// panics; elsewhere this returns false after saying on stderr that `test` is skipped.
pub fn plpgsql_check_or_skip(test: &str) -> bool {
    if plpgsql_check_available() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "plpgsql_check extension is not installed (CI=true requires it): {PLPGSQL_CHECK_HINT}"
        );
    }
    eprintln!("SKIPPED {test}: plpgsql_check extension is not installed ({PLPGSQL_CHECK_HINT})");
    false
}

/// Whether `CREATE EXTENSION orafce` succeeds in a test database. Checked once.
pub fn orafce_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let probe = database("orafce_probe");
        probe
            .connect()
            .batch_execute("CREATE EXTENSION orafce")
            .is_ok()
    })
}

/// For tests that need orafce (`--target-ext orafce`). CI installs it, so under CI=true
/// its absence panics; elsewhere this returns false after saying that `test` is skipped.
pub fn orafce_or_skip(test: &str) -> bool {
    if orafce_available() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("orafce extension is not installed (CI=true requires it): {ORAFCE_HINT}");
    }
    eprintln!("SKIPPED {test}: orafce extension is not installed ({ORAFCE_HINT})");
    false
}

struct Server {
    /// Connection string without a database name.
    base: String,
    /// Where CREATE DATABASE is issued.
    admin: String,
    psql: PathBuf,
    external: bool,
}

fn server() -> &'static Server {
    // A failed start is kept, not retried: every test then fails with the same reason
    // instead of each one running initdb again.
    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
    match SERVER.get_or_init(start_server) {
        Ok(server) => server,
        Err(reason) => panic!("{reason}"),
    }
}

fn start_server() -> Result<Server, String> {
    match std::env::var(URL_VAR) {
        Ok(url) if !url.trim().is_empty() => Ok(Server {
            base: url.trim().to_owned(),
            admin: url.trim().to_owned(),
            psql: PathBuf::from("psql"),
            external: true,
        }),
        _ => {
            let cluster = cluster::start()?;
            let base = format!(
                "host={} port={} user={}",
                quote(&cluster.socket_dir.to_string_lossy()),
                cluster.port,
                cluster.superuser
            );
            Ok(Server {
                admin: with_dbname(&base, "postgres"),
                base,
                psql: cluster.psql,
                external: false,
            })
        }
    }
}

/// Unique across processes too, since test binaries may share an external server and
/// its databases outlive a crashed run.
fn unique_name(label: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    static RUN: OnceLock<u32> = OnceLock::new();
    let run = *RUN.get_or_init(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    });
    let label: String = label
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '_',
        })
        .take(24)
        .collect();
    let seq = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("orapg_{label}_{}_{run:x}_{seq}", std::process::id())
}

/// Points a connection string at `dbname`, in whichever libpq syntax it is written.
fn with_dbname(conninfo: &str, dbname: &str) -> String {
    let url_body = ["postgresql://", "postgres://"]
        .iter()
        .find_map(|scheme| conninfo.strip_prefix(scheme).map(|body| (scheme, body)));
    let Some((scheme, body)) = url_body else {
        // In keyword/value form the last occurrence of a keyword wins.
        return format!("{conninfo} dbname={}", quote(dbname));
    };
    let authority_end = body.find(['/', '?']).unwrap_or(body.len());
    let (authority, rest) = body.split_at(authority_end);
    let query = rest.find('?').map_or("", |q| &rest[q..]);
    format!("{scheme}{authority}/{dbname}{query}")
}

fn quote(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}
