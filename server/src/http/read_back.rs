//! `GET /api/v1/customer/profile?email=...`: reads back the caller's tenant's
//! update-profile record of one contact.
//!
//! The same API keys as update-profile (`apiKey` query parameter or `Bearer` header), the
//! same rate limit, and the same contact key as the write: the email's dedup key, so
//! `Jan.Novak+x@gmail.com` finds the record stored for `jannovak@gmail.com`. Only the
//! caller's tenant is searched; another tenant's contact is a 404 like a missing one.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use contactkit::update_profile::UpdateProfile;
use contactkit::CanonicalEmail;
use serde::Serialize;
use serde_json::value::RawValue;

use super::authn;
use super::errors::{error_response, internal_error, store_error, Dialect};
use super::AppState;
use crate::logging::mask_email;
use crate::store::{ContactKey, Source};

/// The answer to a contact the caller's tenant does not have.
const NOT_FOUND: &str = "customer not found";

#[derive(Serialize)]
struct ReadBack {
    success: bool,
    /// The stored record as the store keeps it (already normalized JSON).
    customer: Box<RawValue>,
}

/// `GET /api/v1/customer/profile`.
pub(super) async fn read_back(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let credential = match authn::api_key(&state.inner.tenants, uri.query(), &headers) {
        Ok(credential) => credential,
        Err(refusal) => return refusal.into_response(),
    };
    let email = match email_parameter(&uri) {
        Ok(email) => email,
        Err(message) => return error_response(Dialect::Profile, StatusCode::BAD_REQUEST, &message),
    };
    tracing::Span::current().record("email", mask_email(email.as_str()));

    let key = ContactKey::for_email(&email);
    let stored = state
        .inner
        .store
        .contact(credential.tenant(), Source::UpdateProfile, key.as_str())
        .await;
    match stored {
        Ok(Some(row)) => match RawValue::from_string(row.data) {
            Ok(customer) => Json(ReadBack {
                success: true,
                customer,
            })
            .into_response(),
            Err(err) => internal_error(Dialect::Profile, &err),
        },
        Ok(None) => error_response(Dialect::Profile, StatusCode::NOT_FOUND, NOT_FOUND),
        Err(err) => store_error(Dialect::Profile, &err),
    }
}

/// The `email` query parameter, checked and normalized as update-profile checks its
/// `email`; the error is update-profile's message for it (`ValidationError: "email" is
/// required`, `... must be a valid email`).
fn email_parameter(uri: &Uri) -> Result<CanonicalEmail, String> {
    let pairs = axum::extract::Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map_err(|_| "query string could not be read".to_owned())?
        .0;
    let mut emails = pairs.into_iter().filter(|(name, _)| name == "email");
    let email = emails.next().map(|(_, value)| value);
    // Servers disagree on whether the first or the last of a repeated parameter counts:
    // refuse the ambiguity, as `apiKey` does.
    if emails.next().is_some() {
        return Err("query parameter 'email' given more than once".to_owned());
    }
    // The write's rule, through the write's validator: one rule, one message.
    let body = match email {
        Some(email) => serde_json::json!({ "email": email }),
        None => serde_json::json!({}),
    };
    UpdateProfile::from_value(&body)
        .map(|profile| profile.email().clone())
        .map_err(|err| err.to_string())
}
