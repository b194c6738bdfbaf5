//! Faults a running server must survive: a full disk, a deleted, replaced or read-only
//! database file, a SIGKILL under load. Each answers 503 with `Retry-After` while it
//! lasts, writes nothing half, and is over without a restart as soon as the fault is.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::Connection as _;

use crate::process::{request, ServerProcess};
use crate::support::*;

/// The SQLite file's rows, read over a connection of the test's own (WAL: a reader may
/// open it while the server writes).
async fn stored_keys(path: &Path) -> BTreeSet<String> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .read_only(true);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .expect("open the database file");
    let keys: Vec<String> = sqlx::query_scalar("SELECT contact_key FROM contacts")
        .fetch_all(&mut conn)
        .await
        .expect("read the contacts");
    conn.close().await.expect("close");
    keys.into_iter().collect()
}

fn keys(contacts: impl IntoIterator<Item = usize>) -> BTreeSet<String> {
    contacts
        .into_iter()
        .map(|n| format!("email:user{n}@example.com"))
        .collect()
}

#[track_caller]
fn assert_unavailable(status: u16, retry_after: Option<&str>, body: &str) {
    assert_eq!(status, 503, "{body}");
    assert_eq!(retry_after, Some("5"), "503 carries Retry-After");
}

/// Whether util-linux's `prlimit` is there (Debian: always; it is `Essential`).
fn have_prlimit() -> bool {
    std::process::Command::new("prlimit")
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The disk fills up mid-run: files may not grow past 512 KiB (`RLIMIT_FSIZE`, which
/// works without root; SIGXFSZ ignored, so a write past it fails with EFBIG as on a full
/// disk). Before the fix, the transaction whose COMMIT failed (SQLite rolls it back by
/// itself) stayed open in sqlx's bookkeeping, and every later write of the process failed
/// with "attempted to call begin_with at non-zero transaction depth".
#[tokio::test]
async fn a_full_disk_answers_503_and_the_next_write_succeeds() {
    if !have_prlimit() {
        eprintln!("skipped a_full_disk_answers_503_and_the_next_write_succeeds: no prlimit");
        return;
    }
    let path = temp_db_path();
    let database = path.to_str().unwrap();
    let server = ServerProcess::start_in(
        database,
        &[],
        Some(r#"trap '' XFSZ; exec prlimit --fsize=524288: -- "$@""#),
    )
    .await;
    assert_eq!(server.bik(&bik_body(0..10, "small")).await.status, 200);

    // 3,000 contacts need more than the WAL may grow by: the COMMIT fails.
    let big = bik_body(1000..4000, "big");
    let reply = server.bik(&big).await;
    assert_unavailable(reply.status, reply.retry_after.as_deref(), &reply.body);
    // The very next write succeeds: a store error never outlives its request.
    let reply = server.bik(&bik_body(10..20, "after")).await;
    assert_eq!(reply.status, 200, "{}\n{}", reply.body, server.log_text());
    assert_eq!(server.healthz().await.status, 200);
    assert_eq!(
        stored_keys(&path).await,
        keys(0..20),
        "nothing of the failed request"
    );

    // Space again (the limit lifted): the same request goes through, without a restart.
    let lifted = std::process::Command::new("prlimit")
        .args(["--pid", &server.pid().to_string(), "--fsize=unlimited:"])
        .status()
        .expect("run prlimit");
    assert!(lifted.success());
    let reply = server.bik(&big).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    server.kill();
    assert_eq!(stored_keys(&path).await.len(), 3020);
    remove_db(&path);
}

/// `rm contactkit.db` under a running server: before, writes went on into the unlinked
/// file with 200s and were gone at the next start. Now writes and `/healthz` answer 503
/// until a database file is back at the path, which the server then opens by itself; it
/// never creates an empty one in its place.
#[tokio::test]
async fn a_deleted_database_file_is_refused_until_one_is_back() {
    let path = temp_db_path();
    let database = path.to_str().unwrap();
    let server = TestServer::start(database).await;
    assert_eq!(server.bik(&bik_body(0..5, "before")).await.status, 200);

    std::fs::remove_file(&path).unwrap();
    let reply = server.bik(&bik_body(5..10, "gone")).await;
    assert_unavailable(reply.status, reply.header("retry-after"), &reply.body);
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_unavailable(health.status, health.header("retry-after"), &health.body);
    assert_eq!(
        health.body,
        r#"{"status":503,"error":"database unavailable, retry later"}"#
    );
    assert!(!path.exists(), "no empty database is created in its place");

    // The operator puts a database back (a new one here; a restored backup alike).
    let restored = contactkit_server::store::Store::connect(database)
        .await
        .unwrap();
    restored.close().await;
    let reply = server.bik(&bik_body(10..15, "back")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.counts(), (5, 0));
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.status, 200);
    server.stop().await;
    assert_eq!(
        stored_keys(&path).await,
        keys(10..15),
        "written to the new file"
    );
    remove_db(&path);
}

/// Another database file renamed over the path (a restore by `mv`): the next request
/// reads and writes the file now at the path, not the one first opened.
#[tokio::test]
async fn a_replaced_database_file_is_reopened() {
    let path = temp_db_path();
    let database = path.to_str().unwrap();
    let server = TestServer::start(database).await;
    assert_eq!(server.bik(&bik_body(0..5, "first")).await.status, 200);

    let other = temp_db_path();
    let store = contactkit_server::store::Store::connect(other.to_str().unwrap())
        .await
        .unwrap();
    store.close().await;
    remove_db(&path);
    std::fs::rename(&other, &path).unwrap();

    let reply = server.bik(&bik_body(3..8, "second")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.counts(), (5, 0), "the new file has none of them");
    server.stop().await;
    assert_eq!(stored_keys(&path).await, keys(3..8));
    remove_db(&path);
    remove_db(&other);
}

/// `chmod a-w` on the database file: the descriptor opened before keeps writing, and root
/// may write whatever the mode says, so the server reads the mode itself: no write
/// permission bit, no writes (503). CI runs as root; this holds there too.
#[tokio::test]
async fn a_read_only_database_file_refuses_writes_until_writable() {
    use std::os::unix::fs::PermissionsExt as _;
    let path = temp_db_path();
    let database = path.to_str().unwrap();
    let server = TestServer::start(database).await;
    assert_eq!(server.bik(&bik_body(0..5, "before")).await.status, 200);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let reply = server.bik(&bik_body(5..10, "read-only")).await;
    assert_unavailable(reply.status, reply.header("retry-after"), &reply.body);
    let reply = server.profile(r#"{"email":"ro@example.com"}"#).await;
    assert_unavailable(reply.status, reply.header("retry-after"), &reply.body);
    assert_eq!(
        reply.body,
        r#"{"success":false,"error":"database unavailable, retry later"}"#
    );
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_unavailable(health.status, health.header("retry-after"), &health.body);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let reply = server.bik(&bik_body(10..15, "writable")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.status, 200);
    server.stop().await;
    let mut expected = keys(0..5);
    expected.extend(keys(10..15));
    assert_eq!(stored_keys(&path).await, expected, "nothing half-written");
    remove_db(&path);
}

/// Runs clients writing distinct contacts against `server` until at least `min_acked`
/// were answered 200, SIGKILLs it while they still send, and returns the keys of every
/// contact whose request was answered 200. Bounded: each client sends at most 400
/// requests, and the load stops after 20 s whatever was acknowledged.
pub async fn kill_under_load(server: ServerProcess, min_acked: usize) -> BTreeSet<String> {
    let acked = Arc::new(Mutex::new(BTreeSet::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for client in 0..4usize {
        let (acked, stop, addr) = (Arc::clone(&acked), Arc::clone(&stop), server.addr);
        clients.push(tokio::spawn(async move {
            for i in 0..400usize {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let first = (client * 1000 + i) * 5;
                // Half the clients send profiles, half BIK bodies of five contacts.
                let (path, body, written) = if client % 2 == 0 {
                    let body = format!(r#"{{"email":"user{first}@example.com","city":"K{i}"}}"#);
                    (PROFILE_PATH, body, keys([first]))
                } else {
                    let range = first..first + 5;
                    (BIK_PATH, bik_body(range.clone(), "kill"), keys(range))
                };
                match request(addr, "POST", path, &body).await {
                    Ok(reply) if reply.status == 200 => acked.lock().unwrap().extend(written),
                    Ok(reply) => panic!("{}: {}", reply.status, reply.body),
                    // The server is gone: this request's outcome is unknown, not acked.
                    Err(_) => break,
                }
            }
        }));
    }
    for _ in 0..1000 {
        if acked.lock().unwrap().len() >= min_acked {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill();
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.expect("client task");
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= min_acked,
        "only {} acknowledged",
        acked.len()
    );
    acked
}

/// SIGKILL under load, then a restart: the file passes SQLite's integrity check and every
/// contact answered 200 is in it (WAL with `synchronous = NORMAL` is durable across a
/// process crash; only a power loss may take the last commits).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_a_sigkill() {
    let path = temp_db_path();
    let database = path.to_str().unwrap();
    let server = ServerProcess::start(database).await;
    let acked = kill_under_load(server, 300).await;

    let server = ServerProcess::start(database).await;
    assert_eq!(server.healthz().await.status, 200);
    server.kill();
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    conn.close().await.unwrap();
    let stored = stored_keys(&path).await;
    let lost: Vec<&String> = acked.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
    remove_db(&path);
}
