//! `contactkit-server`: reads the configuration, opens the store, serves until SIGINT or
//! SIGTERM. Everything else lives in the library target, where the tests reach it.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser as _;
use contactkit_server::config::{database_for_log, Args};
use contactkit_server::store::Store;
use contactkit_server::{logging, serve_with, shutdown_signal, AppState};

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.print_openapi {
        let document = contactkit_server::openapi::document();
        return match serde_json::to_string_pretty(&document) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("contactkit-server: {err}");
                ExitCode::FAILURE
            }
        };
    }
    logging::init(args.log_format);
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            eprintln!("contactkit-server: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> anyhow::Result<()> {
    let mut settings = args.load()?;
    args.connection.apply_to(&mut settings.limits)?;
    let options = args.connection.serve_options()?;
    settings.tenants.log_summary();
    if settings.tenants.api_key_count() == 0 {
        tracing::warn!(
            "no API keys configured: update-profile and read-back will answer 401 to every request"
        );
    }
    if settings.tenants.basic_count() == 0 {
        tracing::warn!(
            "no Basic credentials configured: the BIK endpoint will answer 401 to every request"
        );
    }
    let store = Store::connect_with(&settings.database, &settings.store).await?;
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("listening on {}", settings.listen))?;
    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(
        address = %local,
        database = %database_for_log(&settings.database),
        backend = store.backend_name(),
        tenants = settings.tenants.len(),
        max_body_bytes = settings.limits.max_body_bytes,
        request_timeout_s = settings.limits.request_timeout.as_secs(),
        max_connections = options.max_connections,
        header_read_timeout_ms = options.header_read_timeout.as_millis() as u64,
        idle_timeout_ms = options.idle_timeout.as_millis() as u64,
        shutdown_grace_ms = options.shutdown_grace.as_millis() as u64,
        max_body_bytes_in_flight = settings.limits.max_body_bytes_in_flight,
        "listening"
    );
    let state = AppState::new(store.clone(), settings.tenants, settings.limits);
    serve_with(listener, state, options, shutdown_signal())
        .await
        .context("serving HTTP")?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}
