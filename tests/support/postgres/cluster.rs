//! The throwaway cluster: one per test binary, torn down by a watchdog (see the
//! parent module's docs for why and how).

use std::ffi::c_int;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{PermissionsExt, chown};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, PoisonError};

use super::INSTALL_HINT;

/// Only names the socket file: the socket dir is private and TCP is off, so parallel
/// test binaries cannot collide on it.
const PORT: u16 = 54329;
/// The superuser initdb creates; fixed so the name does not depend on who runs tests.
const SUPERUSER: &str = "postgres";

unsafe extern "C" {
    safe fn geteuid() -> u32;
    fn atexit(callback: extern "C" fn()) -> c_int;
    fn waitpid(pid: i32, status: *mut c_int, options: c_int) -> i32;
}

#[cfg(target_os = "linux")]
unsafe extern "C" {
    fn prctl(option: c_int, ...) -> c_int;
}

/// A running cluster, reachable only through its unix socket.
pub(super) struct Cluster {
    pub(super) socket_dir: PathBuf,
    pub(super) port: u16,
    pub(super) superuser: &'static str,
    /// The psql of the server's own version when it has one.
    pub(super) psql: PathBuf,
}

/// The watchdog of this process's cluster; taken by the atexit hook.
static WATCHDOG: Mutex<Option<Child>> = Mutex::new(None);
/// The postmaster's PID once it is our child (see [`become_subreaper`]), else 0.
static POSTMASTER: AtomicI32 = AtomicI32::new(0);

pub(super) fn start() -> Result<Cluster, String> {
    let bin = find_server_bin().ok_or_else(|| {
        format!(
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in \
             /usr/lib/postgresql/<version>/bin: {INSTALL_HINT}"
        )
    })?;
    // initdb and postgres refuse to run as root.
    let owner = if geteuid() == 0 {
        Some(postgres_os_user()?)
    } else {
        None
    };
    // Until the watchdog owns the dir, dropping the TempDir on an early return removes it.
    let temp = tempfile::Builder::new()
        .prefix("orapg-pg-")
        .tempdir()
        .map_err(|e| format!("creating a temp dir for PostgreSQL failed: {e}"))?;
    let root = temp.path().to_path_buf();
    let data = root.join("data");
    let socket = root.join("socket");
    let log = root.join("server.log");
    fs::create_dir(&socket).map_err(|e| format!("creating {}: {e}", socket.display()))?;
    if let Some((uid, gid)) = owner {
        for dir in [&root, &socket] {
            chown(dir, Some(uid), Some(gid))
                .map_err(|e| format!("chown {} to postgres: {e}", dir.display()))?;
        }
    }
    // Search permission lets the tests' processes reach the socket whoever owns the
    // dir (root normally needs none, but not every container grants root that).
    for dir in [&root, &socket] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o711))
            .map_err(|e| format!("chmod {}: {e}", dir.display()))?;
    }
    // Before the server exists, so that a failure or crash from here on is cleaned up.
    spawn_watchdog(&bin, &root, owner)?;
    let _ = temp.keep();

    let mut initdb = as_owner(&bin.join("initdb"), owner, &root);
    initdb
        .arg("--pgdata")
        .arg(&data)
        .args(["--username", SUPERUSER, "--auth=trust", "--encoding=UTF8"])
        // C.UTF-8: codepoint collation (same order everywhere) with Unicode case mapping.
        .args(["--locale=C.UTF-8", "--no-sync"]);
    run(&mut initdb, "initdb")?;
    append_settings(&data.join("postgresql.conf"), &socket)?;

    let subreaper = become_subreaper();
    let mut pg_ctl = as_owner(&bin.join("pg_ctl"), owner, &root);
    pg_ctl
        .arg("start")
        .arg("--pgdata")
        .arg(&data)
        .arg("--log")
        .arg(&log)
        .args(["--wait", "--silent"]);
    run(&mut pg_ctl, "pg_ctl start").map_err(|e| {
        let server_log = fs::read_to_string(&log).unwrap_or_else(|r| format!("(unreadable: {r})"));
        format!("{e}\n--- server log {} ---\n{server_log}", log.display())
    })?;
    if subreaper {
        // The first line of postmaster.pid is the postmaster's PID.
        let pid = fs::read_to_string(data.join("postmaster.pid"))
            .ok()
            .and_then(|pidfile| pidfile.lines().next()?.trim().parse().ok());
        POSTMASTER.store(pid.unwrap_or(0), Ordering::SeqCst);
    }

    let psql = Some(bin.join("psql"))
        .filter(|p| is_executable(p))
        .unwrap_or_else(|| PathBuf::from("psql"));
    Ok(Cluster {
        socket_dir: socket,
        port: PORT,
        superuser: SUPERUSER,
        psql,
    })
}

fn spawn_watchdog(bin: &Path, root: &Path, owner: Option<(u32, u32)>) -> Result<(), String> {
    // Signals are ignored so that Ctrl-C on `cargo test` cannot kill the watchdog
    // before it has cleaned up; `cat` inherits that and returns only at EOF.
    const SCRIPT: &str = r#"trap '' HUP INT TERM QUIT
cat >/dev/null
"$1" stop -D "$2" -m immediate -w >/dev/null 2>&1
rm -rf "$3"
"#;
    let mut sh = as_owner(Path::new("/bin/sh"), owner, root);
    sh.arg("-c")
        .arg(SCRIPT)
        .arg("orapg-pg-watchdog")
        .arg(bin.join("pg_ctl"))
        .arg(root.join("data"))
        .arg(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let child = sh
        .spawn()
        .map_err(|e| format!("starting the PostgreSQL cleanup watchdog failed: {e}"))?;
    *WATCHDOG.lock().unwrap_or_else(PoisonError::into_inner) = Some(child);
    // SAFETY: registers a plain function; it does not unwind (any panic in an
    // `extern "C"` fn aborts) and touches only the watchdog it is given here.
    if unsafe { atexit(stop_cluster_at_exit) } != 0 {
        // The watchdog still cleans up once the process is gone, only not before
        // `cargo test` returns.
        eprintln!("warning: atexit failed; PostgreSQL is stopped just after the tests exit");
    }
    Ok(())
}

extern "C" fn stop_cluster_at_exit() {
    let watchdog = WATCHDOG
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    if let Some(mut watchdog) = watchdog {
        drop(watchdog.stdin.take());
        let _ = watchdog.wait();
    }
    let postmaster = POSTMASTER.swap(0, Ordering::SeqCst);
    if postmaster <= 0 {
        return;
    }
    // The watchdog waited for the pid file to go, which the postmaster removes just
    // before it exits. Bounded, and without blocking, so that a postmaster the
    // watchdog failed to stop cannot hang the exit: it is then left to PID 1.
    const WNOHANG: c_int = 1;
    for _ in 0..200 {
        let mut status: c_int = 0;
        // SAFETY: `status` is a live local for the duration of the call.
        let reaped = unsafe { waitpid(postmaster, &raw mut status, WNOHANG) };
        if reaped != 0 {
            return; // reaped, or not our child (-1)
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Makes the postmaster, once `pg_ctl` exits, our child instead of PID 1's. Any other
/// process the tests orphan becomes our child too, and stays a zombie until we exit:
/// harmless, as nothing here waits for "any child".
#[cfg(target_os = "linux")]
fn become_subreaper() -> bool {
    const PR_SET_CHILD_SUBREAPER: c_int = 36;
    // SAFETY: this prctl option takes one integer argument and only sets a flag on
    // this process.
    unsafe { prctl(PR_SET_CHILD_SUBREAPER, std::ffi::c_ulong::from(1_u8)) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn become_subreaper() -> bool {
    false
}

/// A command run as the `postgres` OS user when we are root, in its own process group
/// so the terminal's Ctrl-C reaches neither it nor the server it starts: the watchdog
/// alone ends them.
fn as_owner(program: &Path, owner: Option<(u32, u32)>, cwd: &Path) -> Command {
    let mut cmd = Command::new(program);
    // The tests' working dir may be closed to the postgres user.
    cmd.current_dir(cwd).process_group(0);
    if let Some((uid, gid)) = owner {
        cmd.uid(uid).gid(gid);
    }
    cmd
}

fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("{what}: could not run {cmd:?}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{what} failed ({}): {cmd:?}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}

fn append_settings(conf: &Path, socket: &Path) -> Result<(), String> {
    let settings = format!(
        "\n# Throwaway test cluster (tests/support/postgres.rs): unix socket only, no durability.\n\
         listen_addresses = ''\n\
         port = {PORT}\n\
         unix_socket_directories = '{}'\n\
         fsync = off\n\
         synchronous_commit = off\n\
         full_page_writes = off\n\
         shared_buffers = '32MB'\n\
         timezone = 'UTC'\n",
        socket.to_string_lossy().replace('\'', "''")
    );
    OpenOptions::new()
        .append(true)
        .open(conf)
        .and_then(|mut f| f.write_all(settings.as_bytes()))
        .map_err(|e| format!("writing {}: {e}", conf.display()))
}

/// The dir holding initdb and pg_ctl: the one on PATH (so a developer can choose), else
/// Debian's newest `/usr/lib/postgresql/<version>/bin`.
fn find_server_bin() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join("initdb"))
            .find(|initdb| is_executable(initdb))
            // Resolving symlinks keeps initdb and pg_ctl of one version together.
            .and_then(|initdb| fs::canonicalize(initdb).ok())
            .and_then(|initdb| initdb.parent().map(Path::to_path_buf))
    });
    on_path
        .into_iter()
        .chain(newest_debian_bin())
        .find(|dir| is_executable(&dir.join("initdb")) && is_executable(&dir.join("pg_ctl")))
}

fn newest_debian_bin() -> Option<PathBuf> {
    fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let mut parts = name.split('.').map(str::parse::<u32>);
            let version = (parts.next()?.ok()?, parts.next().and_then(Result::ok));
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, bin)| is_executable(&bin.join("initdb")))
        .max_by_key(|(version, _)| *version)
        .map(|(_, bin)| bin)
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn postgres_os_user() -> Result<(u32, u32), String> {
    let passwd = fs::read_to_string("/etc/passwd").unwrap_or_default();
    passwd
        .lines()
        .find_map(|line| {
            let fields: Vec<&str> = line.split(':').collect();
            match fields[..] {
                ["postgres", _, uid, gid, ..] => Some((uid.parse().ok()?, gid.parse().ok()?)),
                _ => None,
            }
        })
        .ok_or_else(|| {
            format!(
                "running as root, which initdb refuses, and there is no `postgres` OS user \
                 to run it as: {INSTALL_HINT}"
            )
        })
}
