//! What an upsert writes, what it did, and how writes of one contact combine.

use super::ContactKey;

/// One contact to create or update: its key, the searchable columns and the record.
///
/// # Examples
///
/// ```
/// use contactkit::CanonicalEmail;
/// use contactkit_server::store::{ContactKey, ContactWrite};
///
/// let email = CanonicalEmail::parse("jan@barasek.com")?;
/// let write = ContactWrite {
///     key: ContactKey::for_email(&email),
///     email: Some(email.as_str().to_owned()),
///     phone: None,
///     data: r#"{"email":"jan@barasek.com"}"#.to_owned(),
/// };
/// assert_eq!(write.key.as_str(), "email:jan@barasek.com");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactWrite {
    /// The contact's identity.
    pub key: ContactKey,
    /// The canonical email, if the record has one (kept when `None` on update).
    pub email: Option<String>,
    /// The phone number in E.164, if the record has one (kept when `None` on update).
    pub phone: Option<String>,
    /// The normalized record: a JSON object whose members replace the stored ones.
    pub data: String,
}

/// What one [`Store::upsert`](super::Store::upsert) did: contacts created and contacts updated.
///
/// # Examples
///
/// ```
/// let counts = contactkit_server::store::UpsertCounts::default();
/// assert_eq!((counts.created, counts.updated), (0, 0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpsertCounts {
    /// Rows inserted.
    pub created: u64,
    /// Existing rows updated.
    pub updated: u64,
}

/// Merges writes of the same key (adjacent once sorted) into one, later members winning,
/// so that each batch names a contact once.
pub(super) fn merge_duplicates(writes: Vec<ContactWrite>) -> Vec<ContactWrite> {
    let mut out: Vec<ContactWrite> = Vec::with_capacity(writes.len());
    for write in writes {
        match out.last_mut() {
            Some(last) if last.key == write.key => {
                last.email = write.email.or(last.email.take());
                last.phone = write.phone.or(last.phone.take());
                last.data = merge_json_objects(&last.data, &write.data);
            }
            _ => out.push(write),
        }
    }
    out
}

/// `later`'s members over `earlier`'s (both JSON objects); `later` if either is not one.
fn merge_json_objects(earlier: &str, later: &str) -> String {
    use serde_json::{Map, Value};
    match (
        serde_json::from_str::<Map<String, Value>>(earlier),
        serde_json::from_str::<Map<String, Value>>(later),
    ) {
        (Ok(mut merged), Ok(later_map)) => {
            merged.extend(later_map);
            serde_json::to_string(&merged).unwrap_or_else(|_| later.to_owned())
        }
        _ => later.to_owned(),
    }
}
