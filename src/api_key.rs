//! [`ApiKey`]: a BizKitHub API key, kept secret.
//!
//! The documented format is 32 characters matching
//! `^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$`. The key reaches a server either as the
//! `apiKey` query parameter or as a `Bearer` token; [`ApiKey::from_query`] and
//! [`ApiKey::from_authorization`] read those two places.
//!
//! Nothing in this module ever prints the key: `Debug` and `Display` show the kind
//! prefix only (`PROD****`), errors say what is wrong without quoting any part of
//! the input, and the text is only reachable through [`ApiKey::expose_secret`]
//! (the pattern of the `secrecy` crate).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use subtle::{Choice, ConstantTimeEq, ConstantTimeGreater, ConstantTimeLess};

/// Length of a key, in characters (all ASCII, so also in bytes).
const KEY_LEN: usize = 32;
/// Length of the kind prefix.
const PREFIX_LEN: usize = 4;
/// The query parameter [`ApiKey::from_query`] reads; matched exactly.
const QUERY_PARAM: &str = "apiKey";

/// A validated API key, e.g. `PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE`.
///
/// - `Debug` prints `ApiKey(PROD****)` and `Display` prints `PROD****`: the kind
///   prefix and never the secret. There is no `as_str`, `AsRef<str>` or
///   `From<ApiKey> for String`; read the key with [`expose_secret`](Self::expose_secret).
/// - `==` runs in constant time (`subtle::ConstantTimeEq`), so comparing a
///   presented key with a stored one does not leak how many leading characters
///   matched. `Hash` agrees with `==`.
/// - `Ord` orders keys by their text (byte by byte, so `DEV_...` < `PROD...` <
///   `ROOT...`), consistently with `==`, and in constant time too: it looks at all 32
///   bytes of both keys with branch-free `subtle` operations whatever they hold, so its
///   timing tells no more than `==`'s. Its result does tell which key sorts first, as any
///   ordering must: sort keys you hold (a `BTreeSet` of revoked keys), never answer
///   "greater or smaller" about a stored key to a client.
/// - On drop the key's bytes are overwritten with zeros. This is best effort
///   (no `unsafe`, no extra dependency): the compiler is kept from removing the
///   write with `std::hint::black_box`, but moves may have left copies behind.
///
/// # Examples
///
/// ```
/// use contactkit::{ApiKey, ApiKeyKind};
///
/// let key = ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
/// assert_eq!(key.kind(), ApiKeyKind::Production);
/// assert_eq!(format!("{key}"), "PROD****");
/// assert_eq!(format!("{key:?}"), "ApiKey(PROD****)");
/// assert_eq!(key.expose_secret(), "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
///
/// let dev = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
/// assert!(dev < key);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct ApiKey {
    // Invariant: `bytes` matches the documented format; `kind` is its prefix.
    bytes: [u8; KEY_LEN],
    kind: ApiKeyKind,
}

/// Which kind of key an [`ApiKey`] is, from its prefix.
///
/// # Examples
///
/// ```
/// use contactkit::{ApiKey, ApiKeyKind};
///
/// let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
/// assert_eq!(key.kind(), ApiKeyKind::Developer);
/// assert_eq!(format!("{:?}", key.kind()), "Developer");
/// assert_eq!(key.kind().prefix(), "DEV_");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiKeyKind {
    /// `PROD...`: a production key.
    Production,
    /// `DEV_...`: an individual developer's key.
    Developer,
    /// `ROOT...`: a system key with no limits.
    Root,
}

/// Why a text is not an acceptable API key.
///
/// The messages are public API: `api key: <reason>`, lower case. No message ever
/// contains the input or any part of it; lengths and positions are the only
/// details given.
///
/// # Examples
///
/// ```
/// use contactkit::{ApiKey, ApiKeyError};
///
/// let err = ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuO").unwrap_err();
/// assert_eq!(err, ApiKeyError::WrongLength { len: 31 });
/// assert_eq!(err.to_string(), "api key: expected 32 characters, got 31");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ApiKeyError {
    /// The key is the empty string, e.g. `""`.
    #[error("api key: empty")]
    Empty,
    /// The key does not start with `PROD`, `DEV_` or `ROOT` (case-sensitive), e.g.
    /// `prodPGrFxpGEtrOZfuWhnoJohUYBXuOE`.
    #[error("api key: unknown prefix (expected 'PROD', 'DEV_' or 'ROOT')")]
    UnknownPrefix,
    /// The key is not 32 characters long, e.g. `PRODPGrFxp` (`len` is 10).
    #[error("api key: expected 32 characters, got {len}")]
    WrongLength {
        /// The length found, in characters (Unicode scalar values).
        len: usize,
    },
    /// A character after the prefix is not an ASCII letter or digit, e.g. the
    /// `-` in `PRODPGrFxp-EtrOZfuWhnoJohUYBXuOE` (`position` is 11). The character
    /// itself is not reported: it is part of the secret.
    #[error(
        "api key: invalid character at position {position} (expected an ascii letter or digit)"
    )]
    InvalidCharacter {
        /// Where the character is, counted in characters from 1.
        position: usize,
    },
    /// [`ApiKey::from_query`]: no `apiKey` parameter, e.g. `?page=2`.
    #[error("api key: missing query parameter 'apiKey'")]
    MissingQueryParameter,
    /// [`ApiKey::from_query`]: the `apiKey` parameter has no value, e.g. `?apiKey=`.
    #[error("api key: empty query parameter 'apiKey'")]
    EmptyQueryParameter,
    /// [`ApiKey::from_query`]: `apiKey` appears more than once, e.g.
    /// `?apiKey=a&apiKey=b`, even with equal values.
    #[error("api key: query parameter 'apiKey' given more than once")]
    DuplicateQueryParameter,
    /// [`ApiKey::from_query`]: a `%` not followed by two hex digits, e.g.
    /// `?apiKey=PROD%G1...`.
    #[error("api key: invalid percent-encoding in query parameter 'apiKey'")]
    InvalidPercentEncoding,
    /// [`ApiKey::from_authorization`]: the scheme is not `Bearer`, e.g.
    /// `Basic dXNlcjpwYXNz` or an empty header.
    #[error("api key: authorization scheme is not 'Bearer'")]
    NotBearer,
    /// [`ApiKey::from_authorization`]: `Bearer` without a token, e.g. `Bearer `.
    #[error("api key: missing bearer token")]
    MissingBearerToken,
    /// [`ApiKey::from_request`]: neither an `apiKey` query parameter nor an
    /// `Authorization` header, e.g. a request to `/update-profile` with neither.
    #[error("api key: missing (send the 'apiKey' query parameter or a bearer token)")]
    Missing,
    /// [`ApiKey::from_request`]: the query parameter and the bearer token hold
    /// two different keys.
    #[error("api key: query parameter and bearer token hold different keys")]
    Conflicting,
}

impl ApiKey {
    /// Validates an API key, exactly as given.
    ///
    /// The text must match `^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$`. Nothing is trimmed
    /// or case-folded: the documented format has no white space, and a key with
    /// stray characters is more likely a copy-and-paste accident worth reporting.
    ///
    /// # Errors
    ///
    /// Checked in this order, so the first problem found is reported:
    /// - [`ApiKeyError::Empty`], e.g. `""`
    /// - [`ApiKeyError::UnknownPrefix`], e.g. `ProdPGrFxpGEtrOZfuWhnoJohUYBXuOE`, `Bearer PROD...`
    /// - [`ApiKeyError::WrongLength`], e.g. `PRODPGrFxp`, a 32-character key plus a space
    /// - [`ApiKeyError::InvalidCharacter`], e.g. `PRODPGrFxp-EtrOZfuWhnoJohUYBXuOE`
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    ///
    /// let key = ApiKey::parse("ROOTHVBr1dvZXSLS4oKcZp7YYk9Z8wTT")?;
    /// assert_eq!(key.to_string(), "ROOT****");
    ///
    /// let err = ApiKey::parse("PRODPGrFxp-EtrOZfuWhnoJohUYBXuOE").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "api key: invalid character at position 11 (expected an ascii letter or digit)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, ApiKeyError> {
        if let Ok(bytes) = <[u8; KEY_LEN]>::try_from(input.as_bytes()) {
            if let Some(kind) = kind_of(&bytes) {
                if bytes[PREFIX_LEN..].iter().all(u8::is_ascii_alphanumeric) {
                    return Ok(ApiKey { bytes, kind });
                }
            }
        }
        Err(diagnose(input))
    }

    /// Reads the key from a raw URL query string, as sent in
    /// `https://api.bizkithub.com/...?apiKey=PROD...`.
    ///
    /// The query may start with `?`. Pairs are split on `&` and at their first
    /// `=`; the parameter name must be exactly `apiKey` (case-sensitive, compared
    /// as written, not percent-decoded). The value is form-decoded (`%XX` escapes,
    /// `+` as a space) and then checked as by [`ApiKey::parse`], so a key with a
    /// space in it fails there.
    ///
    /// A repeated `apiKey` is rejected even when both values agree: servers and
    /// proxies disagree on whether the first or the last one counts, and that
    /// ambiguity is a known way to smuggle a key past a check.
    ///
    /// # Errors
    ///
    /// - [`ApiKeyError::MissingQueryParameter`], e.g. `page=2`, `apikey=PROD...`
    /// - [`ApiKeyError::DuplicateQueryParameter`], e.g. `apiKey=...&apiKey=...`
    /// - [`ApiKeyError::EmptyQueryParameter`], e.g. `apiKey=`, `apiKey`
    /// - [`ApiKeyError::InvalidPercentEncoding`], e.g. `apiKey=PROD%2`
    /// - any error of [`ApiKey::parse`], for the decoded value (positions count in
    ///   the decoded value)
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    ///
    /// let key = ApiKey::from_query("?apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE&page=2")?;
    /// assert_eq!(key.expose_secret(), "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    ///
    /// let err = ApiKey::from_query("page=2").unwrap_err();
    /// assert_eq!(err.to_string(), "api key: missing query parameter 'apiKey'");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_query(query: &str) -> Result<Self, ApiKeyError> {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut found = None;
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            if name == QUERY_PARAM {
                if found.is_some() {
                    return Err(ApiKeyError::DuplicateQueryParameter);
                }
                found = Some(value);
            }
        }
        let value = found.ok_or(ApiKeyError::MissingQueryParameter)?;
        if value.is_empty() {
            return Err(ApiKeyError::EmptyQueryParameter);
        }
        if !value.bytes().any(|b| b == b'%' || b == b'+') {
            // The usual case: nothing to decode, nothing to allocate.
            return Self::parse(value);
        }
        let decoded = form_decode(value)?;
        let result = match std::str::from_utf8(&decoded) {
            Ok(text) => Self::parse(text),
            // Not UTF-8, so not a key: report what `parse` says about the text with
            // U+FFFD in place of the bad bytes (a length or character error).
            Err(_) => {
                let lossy = String::from_utf8_lossy(&decoded).into_owned();
                let result = Self::parse(&lossy);
                wipe(lossy.into_bytes());
                result
            }
        };
        wipe(decoded);
        result
    }

    /// Reads the key from an HTTP `Authorization` header value, `Bearer <key>`.
    ///
    /// Surrounding ASCII white space is trimmed (header values often carry it).
    /// The scheme `Bearer` is matched in any case (RFC 9110 §11.1) and must be
    /// followed by one or more spaces and the key, checked as by [`ApiKey::parse`].
    ///
    /// # Errors
    ///
    /// - [`ApiKeyError::NotBearer`], e.g. `Basic dXNlcjpwYXNz`, `PRODPGrFxp...` alone, `""`
    /// - [`ApiKeyError::MissingBearerToken`], e.g. `Bearer`, `Bearer   `
    /// - any error of [`ApiKey::parse`], for the token
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    ///
    /// let key = ApiKey::from_authorization("bearer  PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE\r\n")?;
    /// assert_eq!(key.to_string(), "PROD****");
    ///
    /// let err = ApiKey::from_authorization("Basic dXNlcjpwYXNz").unwrap_err();
    /// assert_eq!(err.to_string(), "api key: authorization scheme is not 'Bearer'");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_authorization(header_value: &str) -> Result<Self, ApiKeyError> {
        let value = header_value.trim_matches(|c: char| c.is_ascii_whitespace());
        let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
        if !scheme.eq_ignore_ascii_case("Bearer") {
            return Err(ApiKeyError::NotBearer);
        }
        let token = rest.trim_start_matches(' ');
        if token.is_empty() {
            return Err(ApiKeyError::MissingBearerToken);
        }
        Self::parse(token)
    }

    /// Reads the key of a request that may send it in the query string, as a
    /// `Bearer` token, or both, as the update-profile API allows.
    ///
    /// `query` is the raw query string (or `None` when the URL has none) and
    /// `authorization` the `Authorization` header's value (or `None`). A query
    /// without an `apiKey` parameter counts as absent; an `apiKey` that is present
    /// must be valid, and so must a header that is present. When both carry a key
    /// they must be the same key (compared in constant time): a request with two
    /// different keys is rejected rather than resolved by a precedence rule that a
    /// client could exploit.
    ///
    /// # Errors
    ///
    /// - [`ApiKeyError::Missing`]: no key in either place.
    /// - [`ApiKeyError::Conflicting`]: two different valid keys.
    /// - any error of [`ApiKey::from_query`] (other than a missing parameter) or of
    ///   [`ApiKey::from_authorization`], e.g. a `Basic` header.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{ApiKey, ApiKeyError};
    ///
    /// let key = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
    /// let bearer = format!("Bearer {key}");
    /// let query = format!("apiKey={key}");
    ///
    /// assert!(ApiKey::from_request(Some(&query), None).is_ok());
    /// assert!(ApiKey::from_request(Some("page=2"), Some(&bearer)).is_ok());
    /// assert!(ApiKey::from_request(Some(&query), Some(&bearer)).is_ok());
    ///
    /// let other = "Bearer DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";
    /// assert_eq!(
    ///     ApiKey::from_request(Some(&query), Some(other)).unwrap_err(),
    ///     ApiKeyError::Conflicting
    /// );
    /// assert_eq!(ApiKey::from_request(None, None).unwrap_err(), ApiKeyError::Missing);
    /// ```
    pub fn from_request(
        query: Option<&str>,
        authorization: Option<&str>,
    ) -> Result<Self, ApiKeyError> {
        let from_query = match query.map(Self::from_query) {
            Some(Err(ApiKeyError::MissingQueryParameter)) | None => None,
            Some(result) => Some(result?),
        };
        let from_header = authorization.map(Self::from_authorization).transpose()?;
        match (from_query, from_header) {
            (Some(a), Some(b)) if a == b => Ok(a),
            (Some(_), Some(_)) => Err(ApiKeyError::Conflicting),
            (Some(key), None) | (None, Some(key)) => Ok(key),
            (None, None) => Err(ApiKeyError::Missing),
        }
    }

    /// The kind of key, from its prefix.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{ApiKey, ApiKeyKind};
    ///
    /// let key = ApiKey::parse("ROOTHVBr1dvZXSLS4oKcZp7YYk9Z8wTT")?;
    /// assert_eq!(key.kind(), ApiKeyKind::Root);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> ApiKeyKind {
        self.kind
    }

    /// The whole key, e.g. to forward it to the API. The name makes every read of
    /// the secret visible in code review.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    ///
    /// let key = ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
    /// let url = format!("https://api.bizkithub.com/api/v1/customer/update-profile?apiKey={}",
    ///     key.expose_secret());
    /// assert!(url.ends_with("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expose_secret(&self) -> &str {
        // Always ASCII (checked by `parse`), so the fallback is never taken; it
        // avoids a panic path.
        std::str::from_utf8(&self.bytes).unwrap_or_default()
    }
}

impl ApiKeyKind {
    /// The prefix keys of this kind start with: `PROD`, `DEV_` or `ROOT`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKeyKind;
    ///
    /// assert_eq!(ApiKeyKind::Production.prefix(), "PROD");
    /// assert_eq!(ApiKeyKind::Root.prefix(), "ROOT");
    /// ```
    pub fn prefix(self) -> &'static str {
        match self {
            ApiKeyKind::Production => "PROD",
            ApiKeyKind::Developer => "DEV_",
            ApiKeyKind::Root => "ROOT",
        }
    }
}

const KINDS: [ApiKeyKind; 3] = [
    ApiKeyKind::Production,
    ApiKeyKind::Developer,
    ApiKeyKind::Root,
];

/// The kind whose prefix `bytes` starts with.
fn kind_of(bytes: &[u8]) -> Option<ApiKeyKind> {
    KINDS
        .into_iter()
        .find(|kind| bytes.starts_with(kind.prefix().as_bytes()))
}

/// The first problem with a text that `parse` rejected.
#[cold]
fn diagnose(input: &str) -> ApiKeyError {
    if input.is_empty() {
        return ApiKeyError::Empty;
    }
    let len = input.chars().count();
    if kind_of(input.as_bytes()).is_none() {
        // Too short to hold a prefix but a start of one ("PRO"): the length is
        // what is wrong.
        let truncated_prefix = input.len() < PREFIX_LEN
            && KINDS
                .iter()
                .any(|kind| kind.prefix().as_bytes().starts_with(input.as_bytes()));
        return if truncated_prefix {
            ApiKeyError::WrongLength { len }
        } else {
            ApiKeyError::UnknownPrefix
        };
    }
    if len != KEY_LEN {
        return ApiKeyError::WrongLength { len };
    }
    match input
        .chars()
        .skip(PREFIX_LEN)
        .position(|c| !c.is_ascii_alphanumeric())
    {
        Some(i) => ApiKeyError::InvalidCharacter {
            position: PREFIX_LEN + i + 1,
        },
        // Not reached: 32 ASCII alphanumerics after a known prefix are a valid
        // key. Report the length rather than panic.
        None => ApiKeyError::WrongLength { len },
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `%XX` and `+`. Unlike the
/// WHATWG decoder, a stray `%` is an error rather than a literal.
fn form_decode(value: &str) -> Result<Vec<u8>, ApiKeyError> {
    let mut out = Vec::with_capacity(value.len());
    let mut bytes = value.bytes();
    while let Some(b) = bytes.next() {
        let decoded = match b {
            b'+' => b' ',
            b'%' => match (bytes.next().and_then(hex), bytes.next().and_then(hex)) {
                (Some(hi), Some(lo)) => (hi << 4) | lo,
                _ => {
                    wipe(out);
                    return Err(ApiKeyError::InvalidPercentEncoding);
                }
            },
            other => other,
        };
        out.push(decoded);
    }
    Ok(out)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Best-effort overwrite of a buffer that held (part of) a key.
fn wipe(mut buf: Vec<u8>) {
    buf.fill(0);
    std::hint::black_box(&buf);
}

impl PartialEq for ApiKey {
    fn eq(&self, other: &Self) -> bool {
        self.bytes.ct_eq(&other.bytes).into()
    }
}

impl Eq for ApiKey {}

impl PartialOrd for ApiKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ApiKey {
    /// Lexicographic order of the bytes, without a data-dependent branch or early
    /// exit: every byte pair is compared, and the first difference is kept with
    /// `subtle`'s masks, so the time taken does not depend on where the keys differ.
    fn cmp(&self, other: &Self) -> Ordering {
        let mut less = Choice::from(0);
        let mut greater = Choice::from(0);
        for (a, b) in self.bytes.iter().zip(&other.bytes) {
            let undecided = !(less | greater);
            less |= undecided & a.ct_lt(b);
            greater |= undecided & a.ct_gt(b);
        }
        // Only the result is branched on, and the caller learns it anyway.
        if bool::from(less) {
            Ordering::Less
        } else if bool::from(greater) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }
}

impl Hash for ApiKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal keys have equal bytes, so this agrees with `==`.
        self.bytes.hash(state);
    }
}

impl Drop for ApiKey {
    fn drop(&mut self) {
        self.bytes = [0; KEY_LEN];
        std::hint::black_box(&self.bytes);
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({}****)", self.kind.prefix())
    }
}

/// Prints the kind prefix and a mask, e.g. `PROD****`: never the secret.
impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}****", self.kind.prefix())
    }
}

impl FromStr for ApiKey {
    type Err = ApiKeyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for ApiKey {
    type Error = ApiKeyError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl TryFrom<&String> for ApiKey {
    type Error = ApiKeyError;
    fn try_from(s: &String) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl TryFrom<String> for ApiKey {
    type Error = ApiKeyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        let result = Self::parse(&s);
        // The caller handed the text over, so its buffer is ours to wipe.
        wipe(s.into_bytes());
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_of_prefixes() {
        assert_eq!(kind_of(b"PRODx"), Some(ApiKeyKind::Production));
        assert_eq!(kind_of(b"DEV_"), Some(ApiKeyKind::Developer));
        assert_eq!(kind_of(b"ROOT"), Some(ApiKeyKind::Root));
        assert_eq!(kind_of(b"ROO"), None);
        assert_eq!(kind_of(b"prod"), None);
    }

    #[test]
    fn form_decoding() {
        assert_eq!(form_decode("a%41+b").ok(), Some(b"aA b".to_vec()));
        assert_eq!(form_decode("%7e%7E").ok(), Some(b"~~".to_vec()));
        assert_eq!(
            form_decode("%").err(),
            Some(ApiKeyError::InvalidPercentEncoding)
        );
        assert_eq!(
            form_decode("%4").err(),
            Some(ApiKeyError::InvalidPercentEncoding)
        );
        assert_eq!(
            form_decode("%G1").err(),
            Some(ApiKeyError::InvalidPercentEncoding)
        );
        assert_eq!(
            form_decode("%%41").err(),
            Some(ApiKeyError::InvalidPercentEncoding)
        );
    }

    #[test]
    fn constant_time_order_is_byte_order() {
        let keys = [
            "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q",
            "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOF",
            "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOe",
            "PRODaGrFxpGEtrOZfuWhnoJohUYBXuOE",
            "ROOT0000000000000000000000000000",
            "ROOTzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        ];
        for a in keys {
            for b in keys {
                let (ka, kb) = (ApiKey::parse(a).unwrap(), ApiKey::parse(b).unwrap());
                assert_eq!(ka.cmp(&kb), a.cmp(b), "{a} vs {b}");
                assert_eq!(ka.cmp(&kb) == Ordering::Equal, ka == kb);
            }
        }
    }

    #[test]
    fn diagnose_order() {
        assert_eq!(diagnose(""), ApiKeyError::Empty);
        assert_eq!(diagnose("PR"), ApiKeyError::WrongLength { len: 2 });
        assert_eq!(diagnose("XY"), ApiKeyError::UnknownPrefix);
        assert_eq!(diagnose("PROD"), ApiKeyError::WrongLength { len: 4 });
        assert_eq!(
            diagnose("DEV_-"),
            ApiKeyError::WrongLength { len: 5 },
            "length is checked before characters"
        );
    }
}
