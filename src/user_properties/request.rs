//! A whole request body, `{"userProperties": [...]}`: the body's own rules, each entry
//! validated as it is read.

use std::borrow::Cow;

use crate::models::json::{self, ReadError, Reader};
use crate::models::sink::{read_error, too_large};
use crate::models::{Path, ValidationError, ValidationErrorKind};

use super::validate::{read_entry, PROTO, USER_PROPERTIES};
use super::{BulkOutcome, InvalidEntry, Options, ValidEntry};

impl BulkOutcome {
    /// Validates a whole request body `{"userProperties": [...]}` with the default [`Options`].
    ///
    /// # Errors
    ///
    /// One top-level error (an HTTP 400) when the body is not a JSON object with a
    /// `userProperties` array: `"value" must be valid JSON (line 1, column 2)`,
    /// `"value" must be of type object`, `"userProperties" is required`,
    /// `"userProperties" must be an array`, `"x" is not allowed` for any other key, and the
    /// limits: `"value" must be less than or equal to 16777216 bytes`, `"userProperties" must
    /// contain less than or equal to 10000 items`, `"value" must not be nested more than 32
    /// levels deep`. Invalid entries are not errors: they are in [`BulkOutcome::invalid`].
    /// As for entries, a body's `__proto__` key is neither read nor reported, as in Joi: its
    /// value must be JSON within the depth limit, and is otherwise ignored
    /// (`{"__proto__":{"userProperties":[]}}` is `"userProperties" is required`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[
    ///     {"firstName":"Test","lastName":"2","email":"mark@bik.ai"},
    ///     {"firstName":"Test2","lastName":"4","emial":"mark2@bik.ai"}
    /// ]}"#)?;
    /// assert_eq!(outcome.valid()[0].index(), 0);
    /// assert_eq!(outcome.invalid()[0].index(), 1);
    /// assert_eq!(
    ///     outcome.invalid()[0].error().to_string(),
    ///     r#"ValidationError: "emial" is not allowed"#
    /// );
    ///
    /// let err = BulkOutcome::from_json(br#"{"userProperties":{}}"#).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "userProperties" must be an array"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(body: &[u8]) -> Result<BulkOutcome, ValidationError> {
        BulkOutcome::from_json_with(body, &Options::default())
    }

    /// Validates a whole request body with `options`.
    ///
    /// Body-level errors always stop at the first one; [`Options::abort_early`] decides whether
    /// each invalid entry reports its first error or all of them.
    ///
    /// # Errors
    ///
    /// As [`BulkOutcome::from_json`], with the limits of `options`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Options};
    ///
    /// let outcome = BulkOutcome::from_json_with(
    ///     br#"{"userProperties":[{"lastName":"","tags":[1]}]}"#,
    ///     &Options::new().abort_early(false),
    /// )?;
    /// assert_eq!(
    ///     outcome.invalid()[0].report().to_string(),
    ///     r#"ValidationError: "firstName" is required. "lastName" is not allowed to be empty. "tags[0]" must be a string"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_with(body: &[u8], options: &Options) -> Result<BulkOutcome, ValidationError> {
        if body.len() > options.common.max_body_bytes {
            return Err(too_large(options.common.max_body_bytes));
        }
        let fail = |f: Fail| match f {
            Fail::Read(e) => read_error(e, body),
            Fail::Invalid(e) => e,
        };
        let mut reader =
            Reader::new(body, options.common.max_depth).map_err(|e| read_error(e, body))?;
        if reader.peek() != Some(b'{') {
            reader.value().map_err(|e| read_error(e, body))?;
            reader.finish().map_err(|e| read_error(e, body))?;
            return Err(ValidationError::new(
                ValidationErrorKind::NotAnObject,
                Path::root(),
            ));
        }
        let scan = scan_body(&mut reader, options).map_err(fail)?;
        reader.finish().map_err(|e| read_error(e, body))?;

        let BodyScan {
            user_properties,
            unknown,
        } = scan;
        let outcome = match user_properties {
            None => {
                return Err(ValidationError::new(
                    ValidationErrorKind::Required,
                    Path::key(USER_PROPERTIES),
                ))
            }
            Some(Scanned::NotArray) => {
                return Err(ValidationError::new(
                    ValidationErrorKind::NotAnArray,
                    Path::key(USER_PROPERTIES),
                ))
            }
            Some(Scanned::Entries(outcome)) => outcome,
        };
        if let Some(key) = json::own_keys(unknown.iter().map(|k| k.as_ref())).first() {
            return Err(ValidationError::new(
                ValidationErrorKind::UnknownKey,
                Path::key(key),
            ));
        }
        Ok(outcome)
    }
}

/// What reading a body object found.
struct BodyScan<'a> {
    user_properties: Option<Scanned>,
    unknown: Vec<Cow<'a, str>>,
}

/// The (last) `userProperties` value of a body.
enum Scanned {
    NotArray,
    Entries(BulkOutcome),
}

enum Fail {
    Read(ReadError),
    Invalid(ValidationError),
}

impl From<ReadError> for Fail {
    fn from(e: ReadError) -> Self {
        Fail::Read(e)
    }
}

/// Reads a body object member by member, validating `userProperties` entries as they are
/// read, so that only one entry's tree is alive at a time.
fn scan_body<'a>(reader: &mut Reader<'a>, options: &Options) -> Result<BodyScan<'a>, Fail> {
    let mut scan = BodyScan {
        user_properties: None,
        unknown: Vec::new(),
    };
    reader.object(|r, key| -> Result<(), Fail> {
        match key.name.as_ref() {
            USER_PROPERTIES if r.peek() == Some(b'[') => {
                // The body object and this array enclose each entry: two levels.
                scan.user_properties = Some(Scanned::Entries(scan_entries(r, options, 2)?));
            }
            // Values never read: they must be JSON, nothing is built.
            USER_PROPERTIES => {
                r.skip()?;
                scan.user_properties = Some(Scanned::NotArray);
            }
            PROTO => r.skip()?,
            _ => {
                r.skip()?;
                scan.unknown.push(key.name);
            }
        }
        Ok(())
    })?;
    Ok(scan)
}

/// Reads the `userProperties` array at the reader, whose items are `depth` levels deep.
fn scan_entries(
    reader: &mut Reader<'_>,
    options: &Options,
    depth: usize,
) -> Result<BulkOutcome, Fail> {
    #[cfg(feature = "rayon")]
    if options.parallel {
        if let Some(outcome) = super::parallel::scan_entries(reader, options, depth) {
            return Ok(outcome);
        }
    }
    let _ = depth;
    let mut outcome = BulkOutcome {
        valid: Vec::new(),
        invalid: Vec::new(),
    };
    let text = reader.text();
    reader.array(|r| -> Result<(), Fail> {
        let index = outcome.len();
        if index >= options.max_entries {
            return Err(Fail::Invalid(ValidationError::new(
                ValidationErrorKind::TooManyItems {
                    limit: options.max_entries,
                },
                Path::key(USER_PROPERTIES),
            )));
        }
        r.peek();
        let start = r.position();
        let result = read_entry(r, options)?;
        let span = start..r.position();
        match result {
            Ok(property) => outcome.valid.push(ValidEntry { index, property }),
            Err(report) => {
                let entry = text.get(span).unwrap_or_default().into();
                outcome.invalid.push(InvalidEntry {
                    index,
                    entry,
                    report,
                });
            }
        }
        Ok(())
    })?;
    // The vectors grew by doubling: give back what they will never use (for a large
    // body, a `realloc` of pages never touched, not a copy).
    outcome.valid.shrink_to_fit();
    outcome.invalid.shrink_to_fit();
    Ok(outcome)
}
