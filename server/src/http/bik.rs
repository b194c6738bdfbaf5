//! `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`: many entries,
//! the invalid ones echoed with their error, the valid ones upserted and counted.

use axum::body::Body;
use axum::extract::State;
use axum::http::header::HeaderMap;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use contactkit::user_properties::{self, BulkOutcome, UserProperty};
use serde::Serialize;
use serde_json::value::RawValue;

use super::authn::{self};
use super::body::{read_body, refuse_before_body};
use super::errors::{error_response, internal_error, store_error, Dialect};
use super::offload::blocking_if_large;
use super::state::AppState;
use crate::store::{ContactKey, ContactWrite, Source};

/// `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`.
pub(super) async fn bik_user_properties(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let span = tracing::Span::current();
    let credential = match authn::basic(&state.inner.tenants, &headers) {
        Ok(credential) => credential,
        Err(refusal) => return refuse_before_body(refusal.into_response(), &headers, body, &state),
    };

    let body = match read_body(&headers, body, &state).await {
        Ok(body) => body,
        Err(err) => return err.response(Dialect::Bik),
    };
    let options = state.inner.bik_options.clone();
    let prepared = blocking_if_large(body, move |body| {
        user_properties::BulkOutcome::from_json_with(&body, &options).map(|outcome| {
            let prepared = prepare_bik(&outcome);
            (outcome, prepared)
        })
    })
    .await;
    let (outcome, prepared) = match prepared {
        Ok(Ok((outcome, Ok(prepared)))) => (outcome, prepared),
        Ok(Err(err)) => {
            return error_response(Dialect::Bik, StatusCode::BAD_REQUEST, &err.to_string())
        }
        Ok(Ok((_, Err(err)))) => return internal_error(Dialect::Bik, &err),
        Err(err) => return internal_error(Dialect::Bik, &err),
    };
    span.record("entries", outcome.len());
    span.record("invalid", outcome.invalid().len());

    let counts = match state
        .inner
        .store
        .upsert(credential.tenant(), Source::Bik, prepared.writes)
        .await
    {
        Ok(counts) => counts,
        Err(err) => return store_error(Dialect::Bik, &err),
    };
    // The document counts user properties, not contacts: each stored entry once, a create
    // when its contact did not exist before it (the first entry of an inserted contact),
    // else an update. The store inserts a contact at most once per request.
    let created = counts.created;
    let updated = prepared.stored_entries.saturating_sub(created);
    span.record("created", created);
    span.record("updated", updated);
    // The documented response: invalid entries as sent plus `error`, then the counts.
    let mut response = user_properties::Response::new(&outcome)
        .counts(created, updated)
        .docs_failed_to_update(prepared.failed);
    // The document's invalid item carries the store's `storeId` and `customerId`.
    if let Some(store_id) = credential.store_id() {
        response = response.extra("storeId", store_id.as_str());
        if let Some(customer_id) = credential.customer_id() {
            response = response.extra("customerId", customer_id);
        }
    }
    Json(response).into_response()
}

// From a validated body to the writes and the response's lists.

pub(super) struct PreparedBik {
    /// `docsFailedToUpdate`: valid entries that name no contact (neither email nor phone).
    failed: Vec<Box<RawValue>>,
    writes: Vec<ContactWrite>,
    /// The valid entries behind `writes` (a contact's entries are merged into one write).
    stored_entries: u64,
}

/// A `docsFailedToUpdate` item: the merged contact, normalized, plus `error`.
#[derive(Serialize)]
pub(super) struct FailedDoc<'a> {
    #[serde(flatten)]
    property: &'a UserProperty,
    error: &'static str,
}

pub(super) fn prepare_bik(outcome: &BulkOutcome) -> Result<PreparedBik, serde_json::Error> {
    let mut writes = Vec::new();
    let mut failed = Vec::new();
    let mut stored_entries = 0;
    for contact in outcome.contacts() {
        let merged = contact.merged();
        let key = match merged.contact_id() {
            Some(id) => ContactKey::for_contact(&id),
            None => {
                // A record without either cannot be found again: storing it would create a
                // new row on every retry. Report it instead, in the normalized form.
                failed.push(serde_json::value::to_raw_value(&FailedDoc {
                    property: &merged,
                    error: NO_IDENTITY,
                })?);
                continue;
            }
        };
        stored_entries += contact.entries().count() as u64;
        writes.push(ContactWrite {
            key,
            email: merged.email().map(|e| e.as_str().to_owned()),
            phone: merged.phone_number().map(|p| p.e164()),
            data: serde_json::to_string(&merged)?,
        });
    }
    Ok(PreparedBik {
        failed,
        writes,
        stored_entries,
    })
}

/// The `error` of a `docsFailedToUpdate` item.
pub(super) const NO_IDENTITY: &str =
    "contact has neither \"email\" nor \"phoneNumber\" to identify it";
