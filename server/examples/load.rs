//! A bounded loopback load generator for the reference server.
//!
//! Opens `--connections` keep-alive HTTP/1.1 connections (hyper's client, as the tests
//! use) to a running server and sends requests back to back on each for `--seconds`
//! (and at most `--max-requests` in all), then prints requests/s, latency percentiles
//! and, for the BIK endpoint, entries/s. Bodies are generated up front over a pool of
//! `--contacts` contacts, so a run mixes creates and updates.
//!
//! The server rate limits every credential but a `ROOT` key, so a load run uses a `ROOT`
//! key (the default `--api-key`) and a config file whose `bik_per_minute` is far above
//! what the run sends; otherwise most requests are 429s, counted as failed.
//! Failures are counted by status (`failed=503:120`), and a connection the server drops
//! ends that connection's run instead of the whole run (`dropped_connections=1`), so the
//! tool also drives fault drills: stop the database mid-run and watch 503s, then 200s.
//!
//! ```sh
//! cargo build --release -p contactkit-server --example load
//! printf '[[tenant]]\nid = "load"\napi_keys = ["ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE"]\nbasic_auth = ["bik:s3cret"]\n[limits]\nbik_per_minute = 100000000\n' > /tmp/load.toml
//! target/release/contactkit-server --config /tmp/load.toml --database /tmp/load.db &
//! target/release/examples/load --endpoint profile --connections 16 --seconds 10
//! target/release/examples/load --endpoint bik --entries 100 --connections 8 --seconds 10
//! ```

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use base64::Engine as _;
use clap::{Parser, ValueEnum};
use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Endpoint {
    /// `POST /api/v1/customer/update-profile`, one profile per request.
    Profile,
    /// `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`.
    Bik,
}

/// Load for contactkit-server (loopback only; bounded in time and count).
#[derive(Debug, Parser)]
struct Args {
    /// The server's address (must be a loopback address).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Which endpoint to load.
    #[arg(long, value_enum, default_value = "profile")]
    endpoint: Endpoint,
    /// Concurrent keep-alive connections.
    #[arg(long, default_value_t = 16)]
    connections: usize,
    /// Duration of the run.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Stop after this many requests in all, whatever the time.
    #[arg(long, default_value_t = 1_000_000)]
    max_requests: u64,
    /// Entries per BIK request.
    #[arg(long, default_value_t = 100)]
    entries: usize,
    /// Distinct contacts the bodies draw from.
    #[arg(long, default_value_t = 20_000)]
    contacts: usize,
    /// The API key for update-profile (sent as a Bearer token); `ROOT` keys are never
    /// rate limited.
    #[arg(long, default_value = "ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")]
    api_key: String,
    /// The Basic `user:password` for the BIK endpoint.
    #[arg(long, default_value = "bik:s3cret")]
    basic: String,
}

struct Outcome {
    latencies_us: Vec<u64>,
    ok: u64,
    /// Non-2xx responses by status.
    failed: BTreeMap<u16, u64>,
    /// Whether the server closed the connection or the exchange failed.
    dropped: bool,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        args.addr.ip().is_loopback(),
        "load is only sent to loopback addresses"
    );
    let args = Arc::new(args);
    let sent = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for connection in 0..args.connections {
        let bodies = bodies(&args, connection);
        tasks.push(tokio::spawn(run_connection(
            Arc::clone(&args),
            bodies,
            Arc::clone(&sent),
            deadline,
        )));
    }
    let mut latencies = Vec::new();
    let (mut ok, mut failed, mut dropped) = (0, BTreeMap::<u16, u64>::new(), 0);
    for task in tasks {
        let outcome = task.await.context("connection task")??;
        latencies.extend(outcome.latencies_us);
        ok += outcome.ok;
        for (status, n) in outcome.failed {
            *failed.entry(status).or_default() += n;
        }
        dropped += u64::from(outcome.dropped);
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * latencies.len() as f64).ceil() as usize;
        latencies[rank.clamp(1, latencies.len()) - 1] as f64 / 1000.0
    };
    let failed_total: u64 = failed.values().sum();
    let requests = ok + failed_total;
    let by_status: Vec<String> = failed.iter().map(|(s, n)| format!("{s}:{n}")).collect();
    println!(
        "endpoint={:?} connections={} seconds={:.1} requests={} ok={} failed={} dropped_connections={}",
        args.endpoint,
        args.connections,
        elapsed,
        requests,
        ok,
        if by_status.is_empty() { "0".to_owned() } else { by_status.join(",") },
        dropped
    );
    println!(
        "requests/s={:.0} p50_ms={:.2} p90_ms={:.2} p99_ms={:.2} max_ms={:.2}",
        requests as f64 / elapsed,
        pct(50.0),
        pct(90.0),
        pct(99.0),
        pct(100.0)
    );
    if args.endpoint == Endpoint::Bik {
        println!(
            "entries/request={} entries/s={:.0}",
            args.entries,
            (ok as f64 * args.entries as f64) / elapsed
        );
    }
    Ok(())
}

/// 64 request bodies for one connection, cycled through.
fn bodies(args: &Args, connection: usize) -> Vec<Bytes> {
    let mut contact = connection.wrapping_mul(7919) % args.contacts.max(1);
    let mut next = || {
        contact = (contact + 1) % args.contacts.max(1);
        contact
    };
    (0..64)
        .map(|_| match args.endpoint {
            Endpoint::Profile => {
                let n = next();
                Bytes::from(format!(
                    r#"{{"email":"Load.User{n}@Example.com","firstName":"Load","lastName":"User {n}","phone":"+420 777 {:06}","city":"Kladno","country":"CZ","postalCode":"27201","newsletter":true,"groups":["load"]}}"#,
                    n % 1_000_000
                ))
            }
            Endpoint::Bik => {
                let entries: Vec<String> = (0..args.entries)
                    .map(|_| {
                        let n = next();
                        format!(
                            r#"{{"firstName":"Load","lastName":"User {n}","email":"load.user{n}@example.com","phoneNumber":"98{:08}","city":"Pune","tags":["load"],"emailMarketingConsent":true}}"#,
                            n % 100_000_000
                        )
                    })
                    .collect();
                Bytes::from(format!(r#"{{"userProperties":[{}]}}"#, entries.join(",")))
            }
        })
        .collect()
}

async fn run_connection(
    args: Arc<Args>,
    bodies: Vec<Bytes>,
    sent: Arc<AtomicU64>,
    deadline: Instant,
) -> anyhow::Result<Outcome> {
    let stream = tokio::net::TcpStream::connect(args.addr)
        .await
        .with_context(|| format!("connecting to {}", args.addr))?;
    stream.set_nodelay(true)?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    let (path, authorization) = match args.endpoint {
        Endpoint::Profile => (
            "/api/v1/customer/update-profile",
            format!("Bearer {}", args.api_key),
        ),
        Endpoint::Bik => (
            "/integrations/bikPlatformFunctions-createOrUpdateUserProperties",
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(&args.basic)
            ),
        ),
    };
    let mut outcome = Outcome {
        latencies_us: Vec::new(),
        ok: 0,
        failed: BTreeMap::new(),
        dropped: false,
    };
    let mut i = 0;
    while Instant::now() < deadline && sent.fetch_add(1, Ordering::Relaxed) < args.max_requests {
        let body = bodies[i % bodies.len()].clone();
        i += 1;
        let request = hyper::Request::post(path)
            .header("host", args.addr.to_string())
            .header("content-type", "application/json")
            .header("authorization", authorization.as_str())
            .body(Full::new(body))?;
        if sender.ready().await.is_err() {
            outcome.dropped = true;
            break;
        }
        let start = Instant::now();
        let Ok(response) = sender.send_request(request).await else {
            outcome.dropped = true;
            break;
        };
        let status = response.status();
        if response.into_body().collect().await.is_err() {
            outcome.dropped = true;
            break;
        }
        outcome
            .latencies_us
            .push(start.elapsed().as_micros().try_into().unwrap_or(u64::MAX));
        if status.is_success() {
            outcome.ok += 1;
        } else {
            *outcome.failed.entry(status.as_u16()).or_default() += 1;
        }
    }
    Ok(outcome)
}
