//! BIK's documented response ([`Response`]) and the `invalidUserProperties` item that
//! [`InvalidEntry`] serializes as.

use std::borrow::Cow;
use std::ops::Range;

use serde::ser::{Error as _, Serialize, SerializeMap, SerializeSeq, SerializeStruct, Serializer};
use serde_json::value::RawValue;

use crate::models::json::{ReadError, Reader};
use crate::models::write_json_string;

use super::{BulkOutcome, InvalidEntry, Options};

/// The body of BIK's answer to a request whose body was valid: `status`, the invalid
/// entries as sent plus their `error`, and the upsert's counts.
///
/// It serializes exactly as the API document's example, members in the document's order:
///
/// ```json
/// {"status": 200, "data": {
///   "invalidUserProperties": [{...the entry as sent..., "storeId": ..., "error": "ValidationError: ..."}],
///   "bulkUpsertUPResponse": {"createCount": 0, "updateCount": 1, "docsFailedToUpdate": []}}}
/// ```
///
/// Each item of `invalidUserProperties` is the entry's members as the client sent them
/// (same order, duplicates kept, each value's text unchanged: number spellings, string
/// escapes and nesting), then the extra members added with [`extra`](Self::extra) and
/// [`entry_extra`](Self::entry_extra), then `error` (see [`InvalidEntry`] for the details).
/// No `serde_json` feature is needed for the order: values are written from the entry's
/// text through [`RawValue`], which `serde_json` writes verbatim, so the response is for
/// `serde_json` (`to_string`, `to_writer`, `axum::Json`, `to_value`), nested or
/// `#[serde(flatten)]`ed into another struct.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{BulkOutcome, Response};
///
/// let outcome = BulkOutcome::from_json(br#"{"userProperties": [
///     {"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"},
///     {"phoneNumber": "9090909010", "emil": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}
/// ]}"#)?;
/// // ... upsert `outcome.contacts()`, counting creations and updates ...
/// let response = Response::new(&outcome)
///     .extra("storeId", "p60HYv5wjgQaOrPdqT5NjbpkroD2")
///     .entry_extra(1, "customerId", "5242031")
///     .counts(0, 1);
/// assert_eq!(
///     serde_json::to_string(&response)?,
///     concat!(
///         r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","#,
///         r#""emil":"mark2@bik.ai","firstName":"Test2","lastName":"4","storeId":"p60HYv5wjgQaOrPdqT5NjbpkroD2","#,
///         r#""customerId":"5242031","error":"ValidationError: \"emil\" is not allowed"}],"#,
///         r#""bulkUpsertUPResponse":{"createCount":0,"updateCount":1,"docsFailedToUpdate":[]}}}"#,
///     )
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Response<'a> {
    invalid: &'a [InvalidEntry],
    extras: Vec<(String, serde_json::Value)>,
    entry_extras: Vec<(usize, String, serde_json::Value)>,
    create_count: u64,
    update_count: u64,
    docs_failed_to_update: Vec<Box<RawValue>>,
}

impl<'a> Response<'a> {
    /// The response for `outcome`: status 200, its invalid entries, no extra members,
    /// counts 0 and no failed documents.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Response};
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(
    ///     serde_json::to_string(&Response::new(&outcome))?,
    ///     r#"{"status":200,"data":{"invalidUserProperties":[],"bulkUpsertUPResponse":{"createCount":0,"updateCount":0,"docsFailedToUpdate":[]}}}"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(outcome: &'a BulkOutcome) -> Self {
        Response {
            invalid: outcome.invalid(),
            extras: Vec::new(),
            entry_extras: Vec::new(),
            create_count: 0,
            update_count: 0,
            docs_failed_to_update: Vec::new(),
        }
    }

    /// Adds the member `key: value` to every invalid entry, after the entry's own members
    /// and before `error` (the document's example has `storeId` there).
    ///
    /// Extra members come in the order they were added; adding a key again replaces its
    /// value in place. An entry that already has the key gets the new value at its own
    /// position instead (no key is written twice by the response). The key `error` is
    /// reserved for the validation error, so an extra named `error` is left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Response};
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"a":1},{"storeId":"x"}]}"#)?;
    /// let json = serde_json::to_string(&Response::new(&outcome).extra("storeId", "S1"))?;
    /// assert!(json.contains(r#"[{"a":1,"storeId":"S1","error":"#));
    /// assert!(json.contains(r#"{"storeId":"S1","error":"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extra(mut self, key: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {
        upsert(&mut self.extras, key.into(), value.into());
        self
    }

    /// Adds the member `key: value` to the invalid entry at `index` in the request's
    /// `userProperties` (its [`InvalidEntry::index`]), as [`extra`](Self::extra) does for
    /// every entry; it wins over an [`extra`](Self::extra) of the same key. An `index` that
    /// is not an invalid entry's adds nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Response};
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"},{"x":1}]}"#)?;
    /// let response = Response::new(&outcome).entry_extra(1, "customerId", "5242031");
    /// assert!(serde_json::to_string(&response)?.contains(r#"{"x":1,"customerId":"5242031","error":"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entry_extra(
        mut self,
        index: usize,
        key: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        let (key, value) = (key.into(), value.into());
        match self
            .entry_extras
            .iter_mut()
            .find(|(i, k, _)| *i == index && *k == key)
        {
            Some(slot) => slot.2 = value,
            None => self.entry_extras.push((index, key, value)),
        }
        self
    }

    /// Sets `bulkUpsertUPResponse.createCount` and `updateCount`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Response};
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[]}"#)?;
    /// let json = serde_json::to_string(&Response::new(&outcome).counts(2, 3))?;
    /// assert!(json.contains(r#""createCount":2,"updateCount":3"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counts(mut self, created: u64, updated: u64) -> Self {
        self.create_count = created;
        self.update_count = updated;
        self
    }

    /// Sets `bulkUpsertUPResponse.docsFailedToUpdate`: documents written as given (build
    /// them with `serde_json::value::to_raw_value`, which keeps a struct's member order).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Response};
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[]}"#)?;
    /// let doc = serde_json::value::to_raw_value(&serde_json::json!({"error": "no identity"}))?;
    /// let json = serde_json::to_string(&Response::new(&outcome).docs_failed_to_update(vec![doc]))?;
    /// assert!(json.ends_with(r#""docsFailedToUpdate":[{"error":"no identity"}]}}}"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn docs_failed_to_update(mut self, docs: Vec<Box<RawValue>>) -> Self {
        self.docs_failed_to_update = docs;
        self
    }
}

/// Sets `key` to `value` in an ordered list of members: in place when present, else last.
fn upsert<K: PartialEq, V>(extras: &mut Vec<(K, V)>, key: K, value: V) {
    match extras.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => extras.push((key, value)),
    }
}

impl Serialize for Response<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Structs all the way down, so the response also works `#[serde(flatten)]`ed.
        let mut response = serializer.serialize_struct("Response", 2)?;
        response.serialize_field("status", &200u16)?;
        response.serialize_field("data", &Data(self))?;
        response.end()
    }
}

struct Data<'r, 'a>(&'r Response<'a>);

impl Serialize for Data<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut data = serializer.serialize_struct("Data", 2)?;
        data.serialize_field("invalidUserProperties", &Items(self.0))?;
        data.serialize_field("bulkUpsertUPResponse", &Counts(self.0))?;
        data.end()
    }
}

struct Items<'r, 'a>(&'r Response<'a>);

impl Serialize for Items<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let response = self.0;
        let mut seq = serializer.serialize_seq(Some(response.invalid.len()))?;
        for entry in response.invalid {
            let mut extras: Vec<(&str, &serde_json::Value)> = response
                .extras
                .iter()
                .map(|(k, v)| (k.as_str(), v))
                .collect();
            for (_, key, value) in response.entry_extras.iter().filter(|e| e.0 == entry.index) {
                upsert(&mut extras, key.as_str(), value);
            }
            seq.serialize_element(&Item {
                entry,
                extras: &extras,
            })?;
        }
        seq.end()
    }
}

struct Counts<'r, 'a>(&'r Response<'a>);

impl Serialize for Counts<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut counts = serializer.serialize_struct("BulkUpsertUPResponse", 3)?;
        counts.serialize_field("createCount", &self.0.create_count)?;
        counts.serialize_field("updateCount", &self.0.update_count)?;
        counts.serialize_field("docsFailedToUpdate", &self.0.docs_failed_to_update)?;
        counts.end()
    }
}

/// One `invalidUserProperties` item: the entry's members as sent, the extras, `error`.
pub(super) struct Item<'r> {
    pub(super) entry: &'r InvalidEntry,
    pub(super) extras: &'r [(&'r str, &'r serde_json::Value)],
}

/// The entry's members: each key (decoded) and its value's byte range in the entry text.
type Members<'t> = Vec<(Cow<'t, str>, Range<usize>)>;

fn members(text: &str) -> Result<Members<'_>, ReadError> {
    let mut reader = Reader::new(text.as_bytes(), Options::DEPTH_CAP)?;
    let mut members = Vec::new();
    reader.object(|r, key| -> Result<(), ReadError> {
        let (_, span) = r.spanned_value()?;
        members.push((key.name, span));
        Ok(())
    })?;
    Ok(members)
}

/// A value's JSON text, written verbatim by serde_json.
fn raw<E: serde::ser::Error>(text: &str) -> Result<&RawValue, E> {
    serde_json::from_str::<&RawValue>(text).map_err(|_| {
        // Unreachable for text the validation already read.
        E::custom("invalid entry: its JSON text could not be re-read")
    })
}

impl Serialize for Item<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const ERROR: &str = "error";
        const VALUE: &str = "value";
        let message = self.entry.report.to_string();
        let text: &str = &self.entry.entry;
        // A map, not serde_json's raw-value struct for the whole entry: a map is written
        // member by member by every serializer, so `#[serde(flatten)]` works (a raw value
        // flattened comes out as `"$serde_json::private::RawValue": "..."`).
        let mut map = serializer.serialize_map(None)?;
        let mut wrote_error = false;
        let mut used = vec![false; self.extras.len()];
        if text.starts_with('{') {
            let members = members(text).map_err(|_| {
                S::Error::custom("invalid entry: its JSON text could not be re-read")
            })?;
            for (key, span) in &members {
                if key == ERROR {
                    map.serialize_entry(ERROR, &message)?;
                    wrote_error = true;
                } else if let Some((i, (_, value))) =
                    self.extras.iter().enumerate().find(|(_, (k, _))| k == key)
                {
                    map.serialize_entry(key.as_ref(), value)?;
                    if let Some(u) = used.get_mut(i) {
                        *u = true;
                    }
                } else {
                    let value = text.get(span.clone()).unwrap_or("null");
                    map.serialize_entry(key.as_ref(), raw::<S::Error>(value)?)?;
                }
            }
        } else {
            map.serialize_entry(VALUE, raw::<S::Error>(text)?)?;
            // The entry itself is `value`: an extra cannot replace it.
            for (u, (key, _)) in used.iter_mut().zip(self.extras) {
                *u |= *key == VALUE;
            }
        }
        for ((key, value), used) in self.extras.iter().zip(used) {
            if !used && *key != ERROR {
                map.serialize_entry(key, value)?;
            }
        }
        if !wrote_error {
            map.serialize_entry(ERROR, &message)?;
        }
        map.end()
    }
}

impl InvalidEntry {
    /// Appends this entry's `invalidUserProperties` item (the entry's members as sent,
    /// then `error`) as JSON text to `out`: the same text, byte for byte, as
    /// `serde_json::to_string` of its `Serialize`, without serde's machinery (for a caller
    /// that writes its own response, such as the WebAssembly package).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"a" : 1e2, "firstName":"A"}, 7]}"#)?;
    /// let mut out = String::new();
    /// for entry in outcome.invalid() {
    ///     entry.write_json(&mut out);
    ///     assert_eq!(out, serde_json::to_string(entry)?);
    ///     out.clear();
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json(&self, out: &mut String) {
        let message = self.report.to_string();
        let text: &str = &self.entry;
        let mut first = true;
        let mut member = |out: &mut String, key: &str| {
            out.push(if first { '{' } else { ',' });
            first = false;
            write_json_string(out, key);
            out.push(':');
        };
        let mut wrote_error = false;
        // The validation has read this text already, so it is an object's members or
        // one other value (`Item`'s `Serialize` re-reads it the same way); values are
        // copied as sent, as serde_json writes a `RawValue`.
        match text.starts_with('{').then(|| members(text)) {
            Some(Ok(members)) => {
                for (key, span) in &members {
                    member(out, key);
                    if key == "error" {
                        write_json_string(out, &message);
                        wrote_error = true;
                    } else {
                        out.push_str(text.get(span.clone()).unwrap_or("null"));
                    }
                }
            }
            _ => {
                member(out, "value");
                out.push_str(text);
            }
        }
        if !wrote_error {
            member(out, "error");
            write_json_string(out, &message);
        }
        out.push('}');
    }
}
