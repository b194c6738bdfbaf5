//! The real `contactkit-server` binary as a child process, for the tests that need what
//! an in-process server cannot give: a resource limit, a SIGKILL, a restart.
//!
//! The server listens on `127.0.0.1:0` and logs JSON to a file (a pipe nobody reads would
//! fill up and stall it); its address is read from the `listening` line. Every wait is
//! bounded, and dropping a [`ServerProcess`] kills it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;

use crate::support::{BASIC, BASIC_PAIR, BIK_PATH, DEV_KEY, PROD_KEY, PROFILE_PATH};

/// The binary Cargo built for these tests (with the same features).
pub const SERVER_BIN: &str = env!("CARGO_BIN_EXE_contactkit-server");

/// A running `contactkit-server`; SIGKILLed when dropped.
pub struct ServerProcess {
    child: Child,
    pub addr: SocketAddr,
    pub log: PathBuf,
}

impl ServerProcess {
    /// Starts the binary on `database`, with the test credentials.
    pub async fn start(database: &str) -> ServerProcess {
        ServerProcess::start_in(database, &[], None).await
    }

    /// Starts the binary with extra flags and, optionally, under `sh -c SCRIPT` whose
    /// `"$@"` is the server's command line (for `ulimit`, `trap`, `prlimit`).
    pub async fn start_in(database: &str, flags: &[&str], wrapper: Option<&str>) -> ServerProcess {
        let log = log_path();
        let log_file = std::fs::File::create(&log).expect("create the server log");
        let mut args: Vec<String> = [
            "--listen",
            "127.0.0.1:0",
            "--database",
            database,
            "--log-format",
            "json",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(flags.iter().map(|s| (*s).to_owned()));
        let mut command = match wrapper {
            Some(script) => {
                let mut c = Command::new("sh");
                c.arg("-c")
                    .arg(script)
                    .arg("sh")
                    .arg(SERVER_BIN)
                    .args(&args);
                c
            }
            None => {
                let mut c = Command::new(SERVER_BIN);
                c.args(&args);
                c
            }
        };
        // Nothing from the caller's environment may change the server under test.
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("CONTACTKIT_") {
                command.env_remove(name);
            }
        }
        let mut child = command
            .env("CONTACTKIT_API_KEYS", format!("{PROD_KEY},{DEV_KEY}"))
            .env("CONTACTKIT_BASIC_AUTH", BASIC_PAIR)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("start contactkit-server");
        // A debug build starts in well under a second; 30 s leaves room on a busy machine.
        for _ in 0..1500 {
            if let Some(addr) = listening_address(&log) {
                return ServerProcess { child, addr, log };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the server exited with {status}:\n{}", read(&log));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let _ = child.kill();
        panic!("the server did not listen within 30 s:\n{}", read(&log));
    }

    /// The process id (for `prlimit --pid`).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL (what `Child::kill` sends on Unix), then reaps the process.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The server's log so far.
    pub fn log_text(&self) -> String {
        read(&self.log)
    }

    /// A GET or a JSON POST; `Err` when the connection fails (the server is gone).
    pub async fn request(&self, method: &str, path: &str, body: &str) -> Result<Reply, String> {
        request(self.addr, method, path, body).await
    }

    pub async fn healthz(&self) -> Reply {
        self.request("GET", "/healthz", "")
            .await
            .expect("healthz answers")
    }

    pub async fn bik(&self, body: &str) -> Reply {
        self.request("POST", BIK_PATH, body)
            .await
            .expect("the BIK endpoint answers")
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

/// A response: status, `Retry-After`, body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: String,
}

/// One request on a fresh connection, with the test credentials of its endpoint; `Err`
/// instead of a panic when the server cannot be reached or drops the connection.
pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: &str,
) -> Result<Reply, String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    tokio::spawn(conn);
    let mut builder = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", addr.to_string())
        .header("content-type", "application/json");
    if path == BIK_PATH {
        builder = builder.header("authorization", BASIC);
    } else if path == PROFILE_PATH {
        builder = builder.header("authorization", format!("Bearer {PROD_KEY}"));
    }
    let request = builder
        .body(Full::new(Bytes::from(body.to_owned())))
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| format!("request: {e}"))?;
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("body: {e}"))?
        .to_bytes();
    Ok(Reply {
        status,
        retry_after,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn log_path() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "contactkit-server-test-{}-{}.log",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// The address of the JSON log's `listening` line, once it is written.
fn listening_address(log: &Path) -> Option<SocketAddr> {
    read(log).lines().find_map(|line| {
        let json: serde_json::Value = serde_json::from_str(line).ok()?;
        let fields = &json["fields"];
        if fields["message"] != "listening" {
            return None;
        }
        fields["address"].as_str()?.parse().ok()
    })
}
