//! An axum handler that takes `Json<UpdateProfile>`: contactkit's `Deserialize` runs the
//! whole update-profile validation, so the handler only ever sees a validated, normalized
//! profile, and a rejection handler answers a bad body in the API's error shape,
//! `{"success": false, "error": "ValidationError: ..."}` with status 400.
//!
//! ```sh
//! cargo run -p contactkit-server --example axum_form            # checks three requests
//! cargo run -p contactkit-server --example axum_form -- serve   # listens on 127.0.0.1:3000
//! curl -s localhost:3000/api/v1/customer/update-profile \
//!   -H 'content-type: application/json' -d '{"emial": "jan@barasek.com"}'
//! # {"success":false,"error":"ValidationError: \"email\" is required"}
//! ```
//!
//! The reference server (`src/http.rs`) reads the body itself instead, to validate large
//! bodies off the async workers and to take its limits from the configuration.

use axum::body::{to_bytes, Body};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use contactkit::update_profile::UpdateProfile;
use serde::Serialize;

#[derive(Serialize)]
struct Reply {
    success: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// `POST /api/v1/customer/update-profile`. Taking `Result<Json<_>, JsonRejection>` lets
/// the handler shape the error instead of axum's plain-text rejection.
async fn update_profile(body: Result<Json<UpdateProfile>, JsonRejection>) -> Response {
    let profile = match body {
        Ok(Json(profile)) => profile,
        Err(rejection) => return rejected(&rejection),
    };
    // A real handler stores the profile here; its fields are already canonical.
    let _ = (profile.email().as_str(), profile.newsletter());
    Json(Reply {
        success: true,
        error: None,
    })
    .into_response()
}

/// A refused body in the API's error shape.
fn rejected(rejection: &JsonRejection) -> Response {
    let (status, error) = match rejection {
        // The body is JSON but not a valid profile: the innermost error is contactkit's
        // `ValidationError: ...` (axum's own text prefixes it with "Failed to deserialize").
        JsonRejection::JsonDataError(err) => (StatusCode::BAD_REQUEST, innermost(err)),
        JsonRejection::JsonSyntaxError(err) => (StatusCode::BAD_REQUEST, innermost(err)),
        other => (other.status(), other.body_text()),
    };
    let reply = Reply {
        success: false,
        error: Some(error),
    };
    (status, Json(reply)).into_response()
}

/// The message of the last error in `err`'s `source()` chain.
fn innermost(err: &(dyn std::error::Error + 'static)) -> String {
    let mut err = err;
    while let Some(source) = err.source() {
        err = source;
    }
    err.to_string()
}

fn app() -> Router {
    Router::new().route("/api/v1/customer/update-profile", post(update_profile))
}

/// Runs one request through the handler, without a network.
async fn call(body: &'static str) -> anyhow::Result<(StatusCode, String)> {
    let request = Request::builder()
        .method("POST")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))?;
    let extracted = Json::<UpdateProfile>::from_request(request, &()).await;
    let response = update_profile(extracted).await;
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 64 * 1024).await?;
    Ok((status, String::from_utf8(bytes.to_vec())?))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    if std::env::args().nth(1).as_deref() == Some("serve") {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
        println!("listening on http://{}", listener.local_addr()?);
        axum::serve(listener, app()).await?;
        return Ok(());
    }
    let cases = [
        (
            r#"{"email": "Jan@Barasek.com", "newsletter": true}"#,
            StatusCode::OK,
            r#"{"success":true}"#,
        ),
        (
            r#"{"emial": "jan@barasek.com"}"#,
            StatusCode::BAD_REQUEST,
            r#"{"success":false,"error":"ValidationError: \"email\" is required"}"#,
        ),
        (
            r#"{"email": "jan@barasek.com", "groups": ["vip", 7]}"#,
            StatusCode::BAD_REQUEST,
            r#"{"success":false,"error":"ValidationError: \"groups[1]\" must be a string"}"#,
        ),
    ];
    for (body, status, reply) in cases {
        let got = call(body).await?;
        anyhow::ensure!(
            got == (status, reply.to_owned()),
            "{body}: got {got:?}, expected {status} {reply}"
        );
        println!("{body}\n  -> {} {}", got.0, got.1);
    }
    Ok(())
}
