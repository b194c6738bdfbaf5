//! `GET /healthz`.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use super::errors::{unavailable, Dialect};
use super::state::AppState;

/// `GET /healthz`: 200 when the database takes a write now (the store's
/// [health check](crate::store::Store::health_check) commits one), 503 with `Retry-After`
/// otherwise: a load balancer stops sending writes to an instance that cannot store them.
pub(super) async fn healthz(State(state): State<AppState>) -> Response {
    match state.inner.store.health_check().await {
        Ok(()) => Json(Health {
            status: "ok",
            database: state.inner.store.backend_name(),
        })
        .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            unavailable(Dialect::Bik)
        }
    }
}

#[derive(Serialize)]
pub(super) struct Health {
    status: &'static str,
    database: &'static str,
}
