//! The shutdown signal of `main`.

/// Completes on SIGINT (Ctrl-C) or, on Unix, SIGTERM: the shutdown signal of `main`.
///
/// # Examples
///
/// ```no_run
/// # async fn demo(listener: tokio::net::TcpListener, state: contactkit_server::AppState) -> std::io::Result<()> {
/// contactkit_server::serve(listener, state, contactkit_server::shutdown_signal()).await
/// # }
/// ```
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // No handler could be installed: never complete from this branch.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("SIGINT received: shutting down"),
        () = terminate => tracing::info!("SIGTERM received: shutting down"),
    }
}
