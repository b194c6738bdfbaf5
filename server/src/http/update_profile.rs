//! `POST /api/v1/customer/update-profile`: one profile, validated, upserted in the
//! credential's tenant.

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::header::HeaderMap;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use contactkit::update_profile::UpdateProfile;
use serde::Serialize;

use super::authn::{self};
use super::body::{read_body, refuse_before_body};
use super::errors::{error_response, internal_error, store_error, Dialect};
use super::offload::blocking_if_large;
use super::state::AppState;
use crate::logging::mask_email;
use crate::store::{ContactKey, ContactWrite, Source};

/// `POST /api/v1/customer/update-profile`.
pub(super) async fn update_profile(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let span = tracing::Span::current();
    let credential = match authn::api_key(&state.inner.tenants, query.as_deref(), &headers) {
        Ok(credential) => credential,
        Err(refusal) => return refuse_before_body(refusal.into_response(), &headers, body, &state),
    };

    let body = match read_body(&headers, body, &state).await {
        Ok(body) => body,
        Err(err) => return err.response(Dialect::Profile),
    };
    let options = state.inner.profile_options.clone();
    let validated = blocking_if_large(body, move |body| {
        UpdateProfile::from_json_with(&body, &options)
    })
    .await;
    let profile = match validated {
        Ok(Ok(profile)) => profile,
        Ok(Err(report)) => {
            return error_response(
                Dialect::Profile,
                StatusCode::BAD_REQUEST,
                &report.first().to_string(),
            )
        }
        Err(err) => return internal_error(Dialect::Profile, &err),
    };
    span.record("email", mask_email(profile.email().as_str()));

    let data = match serde_json::to_string(&profile) {
        Ok(data) => data,
        Err(err) => return internal_error(Dialect::Profile, &err),
    };
    let write = ContactWrite {
        key: ContactKey::for_email(profile.email()),
        email: Some(profile.email().as_str().to_owned()),
        phone: profile.phone().map(|p| p.e164()),
        data,
    };
    match state
        .inner
        .store
        .upsert(credential.tenant(), Source::UpdateProfile, vec![write])
        .await
    {
        Ok(counts) => {
            span.record("created", counts.created);
            span.record("updated", counts.updated);
            Json(ProfileSuccess { success: true }).into_response()
        }
        Err(err) => store_error(Dialect::Profile, &err),
    }
}

#[derive(Serialize)]
pub(super) struct ProfileSuccess {
    success: bool,
}
