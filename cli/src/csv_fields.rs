//! Matching a CSV header to the API's fields, and reading a row as a JSON object.
//!
//! Spreadsheets name columns for people (`First Name`, `first_name`, `E-mail`), the API
//! names fields in camelCase (`firstName`, `email`). A column matches a field when both
//! names are equal after [`fold`]: letters and digits only, lower case. So `First Name`,
//! `first_name`, `FIRST-NAME` and `firstName` all read `firstName`; `Phone` does not read
//! `phoneNumber` (no guessing beyond separators and case).
//!
//! CSV cells are text, so a row becomes a JSON object of strings, with these readings,
//! decided by each field's [`FieldKind`] in the library's model description
//! (`user_properties::schema()`, `update_profile::schema()`):
//!
//! - a cell that is empty or only white space is an absent field (as if the key were not
//!   sent), never an empty string;
//! - list fields ([`FieldKind::TextList`]: BIK `tags`, update-profile `groups`) split on
//!   `;` or `|`; each item is trimmed and empty items are dropped (`vip; new|` is
//!   `["vip", "new"]`);
//! - fields that take JSON booleans only ([`FieldKind::Boolean`]: update-profile's
//!   `newsletter`) are a JSON boolean for `true`/`yes`/`1` and `false`/`no`/`0` (any
//!   case); other text stays a string and is rejected as not a boolean, as the API would;
//! - everything else is a string. For BIK that is what the API accepts too: Joi converts
//!   `"true"`/`"false"` to booleans and date strings (ISO 8601 or milliseconds) to dates.
//!
//! A column that matches no field is kept under its header name, so a row with text in it
//! is rejected with `"Notes" is not allowed`, as the API rejects an unknown key; its
//! empty cells are absent, so a blank extra column costs nothing. Two columns matching the
//! same field are an input error: which one should win is not ours to guess.

use contactkit::models::{FieldKind, ModelSchema};
use contactkit::{update_profile, user_properties};

use crate::json_text;
use crate::validate::Schema;

/// A column or field name reduced for matching: its letters and digits, lower case.
///
/// ```text
/// "First Name" / "first_name" / "firstName" / "FIRST-NAME"  ->  "firstname"
/// ```
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How a cell becomes a JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// A string.
    Text,
    /// An array of strings, split on `;` or `|`.
    List,
    /// A boolean for yes/no words, else a string.
    Flag,
}

/// What one column feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    /// The JSON key: the field's API name, or the header text for an unknown column.
    key: String,
    /// `"key":` as JSON text, written once here rather than once per row.
    prefix: Vec<u8>,
    reading: Reading,
}

impl Column {
    fn new(key: String, reading: Reading) -> Self {
        let mut prefix = Vec::with_capacity(key.len() + 3);
        json_text::push_str(&mut prefix, &key);
        prefix.push(b':');
        Column {
            key,
            prefix,
            reading,
        }
    }
}

/// The reading of every column of a CSV header under one schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    columns: Vec<Column>,
}

impl FieldMap {
    /// Matches `header` (trimmed cells) to `schema`'s fields. The second value holds the
    /// warnings: one line for the columns that match no field (naming the first
    /// [`LISTED_UNKNOWN`] of them), none when all match.
    ///
    /// # Errors
    ///
    /// Two columns match the same field (e.g. `email` and `E-mail`); the message names
    /// both.
    pub fn new(schema: Schema, header: &[String]) -> Result<(FieldMap, Vec<String>), String> {
        let fields = schema.keys();
        let folded: Vec<String> = fields.iter().map(|f| fold(f)).collect();
        let mut claimed: Vec<Option<usize>> = vec![None; fields.len()];
        let mut columns = Vec::with_capacity(header.len());
        let mut unknown = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let key = fold(name);
            let field = folded.iter().position(|f| *f == key);
            match field.and_then(|f| Some((f, *fields.get(f)?))) {
                Some((f, field)) => {
                    if let Some(Some(earlier)) = claimed.get(f) {
                        let earlier_name = header.get(*earlier).map_or("", String::as_str);
                        return Err(format!(
                            "CSV columns {} ({earlier_name:?}) and {} ({name:?}) both match \
                             the field {field:?}",
                            earlier + 1,
                            i + 1
                        ));
                    }
                    if let Some(slot) = claimed.get_mut(f) {
                        *slot = Some(i);
                    }
                    columns.push(Column::new(field.to_owned(), reading(schema, field)));
                }
                None => {
                    unknown.push((i, name));
                    columns.push(Column::new(name.clone(), Reading::Text));
                }
            }
        }
        Ok((FieldMap { columns }, unknown_warning(schema, &unknown)))
    }

    /// The JSON object text for one row (`cells` as many as the header's columns), with
    /// the readings of the module docs.
    pub fn to_json<'a>(&self, cells: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.push(b'{');
        let mut first = true;
        for (column, cell) in self.columns.iter().zip(cells) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(&column.prefix);
            match column.reading {
                Reading::Text => json_text::push_str(&mut out, cell),
                Reading::List => json_text::push_str_array(
                    &mut out,
                    cell.split([';', '|'])
                        .map(str::trim)
                        .filter(|item| !item.is_empty()),
                ),
                Reading::Flag => match flag(cell) {
                    Some(true) => out.extend_from_slice(b"true"),
                    Some(false) => out.extend_from_slice(b"false"),
                    None => json_text::push_str(&mut out, cell),
                },
            }
        }
        out.push(b'}');
        out
    }
}

/// How many unknown columns the warning names; the rest are counted.
const LISTED_UNKNOWN: usize = 10;

/// The one warning for the columns (index, name) that match no field of `schema`.
fn unknown_warning(schema: Schema, unknown: &[(usize, &String)]) -> Vec<String> {
    let schema = schema.name();
    match unknown {
        [] => Vec::new(),
        [(i, name)] => vec![format!(
            "CSV column {} ({name:?}) matches no {schema} field; rows with text in it are \
             rejected as having an unknown key",
            i + 1
        )],
        _ => {
            let mut listed: Vec<String> = unknown
                .iter()
                .take(LISTED_UNKNOWN)
                .map(|(i, name)| format!("{} ({name:?})", i + 1))
                .collect();
            if unknown.len() > LISTED_UNKNOWN {
                listed.push(format!("and {} more", unknown.len() - LISTED_UNKNOWN));
            }
            vec![format!(
                "{} CSV columns match no {schema} field: {}; rows with text in them are \
                 rejected as having an unknown key",
                unknown.len(),
                listed.join(", ")
            )]
        }
    }
}

/// The library's description of `schema`'s model: the field kinds decide the readings.
fn model(schema: Schema) -> &'static ModelSchema {
    match schema {
        Schema::Bik => user_properties::schema(),
        Schema::UpdateProfile => update_profile::schema(),
    }
}

/// How a cell of `field` is read, from the field's kind: lists split, a field that takes
/// JSON booleans only reads yes/no words, and every other kind (Joi's booleans and dates
/// included, which convert strings themselves) is a string.
fn reading(schema: Schema, field: &str) -> Reading {
    match model(schema).field(field).map(|f| f.kind()) {
        Some(kind) if kind.is_list() => Reading::List,
        Some(FieldKind::Boolean) => Reading::Flag,
        _ => Reading::Text,
    }
}

/// A yes/no word as a boolean.
fn flag(cell: &str) -> Option<bool> {
    const YES: [&str; 3] = ["true", "yes", "1"];
    const NO: [&str; 3] = ["false", "no", "0"];
    if YES.iter().any(|w| cell.eq_ignore_ascii_case(w)) {
        Some(true)
    } else if NO.iter().any(|w| cell.eq_ignore_ascii_case(w)) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn row(map: &FieldMap, cells: &[&str]) -> String {
        String::from_utf8(map.to_json(cells.iter().copied())).unwrap()
    }

    #[test]
    fn header_names_match_case_and_separator_insensitively() {
        // (header cell, BIK field it must read)
        let table = [
            ("first_name", "firstName"),
            ("First Name", "firstName"),
            ("firstName", "firstName"),
            ("FIRST-NAME", "firstName"),
            ("E-mail", "email"),
            ("Phone Number", "phoneNumber"),
            ("alternate.phone.number", "alternatePhoneNumber"),
            ("Address 1", "address1"),
            ("created_at", "createdAt"),
            ("SMS marketing consent", "smsMarketingConsent"),
            ("partner_customer_id", "partnerCustomerId"),
        ];
        for (name, field) in table {
            let (map, warnings) = FieldMap::new(Schema::Bik, &header(&[name])).unwrap();
            assert!(warnings.is_empty(), "{name}");
            assert_eq!(map.columns[0].key, field, "{name}");
        }
        assert_eq!(fold("Jméno_Příjmení"), "jménopříjmení");
    }

    #[test]
    fn unknown_columns_warn_and_stay_as_keys() {
        let (map, warnings) = FieldMap::new(Schema::Bik, &header(&["Phone", "email"])).unwrap();
        assert_eq!(
            warnings,
            ["CSV column 1 (\"Phone\") matches no bik field; rows with text in it are rejected as having an unknown key"]
        );
        assert_eq!(
            row(&map, &["777", "a@b.cz"]),
            r#"{"Phone":"777","email":"a@b.cz"}"#
        );
        assert_eq!(row(&map, &["", "a@b.cz"]), r#"{"email":"a@b.cz"}"#);
        // Many unknown columns make one line, not one each.
        let names: Vec<String> = (0..4000).map(|i| format!("x{i}")).collect();
        let (_, warnings) = FieldMap::new(Schema::Bik, &names).unwrap();
        assert_eq!(
            warnings,
            [
                "4000 CSV columns match no bik field: 1 (\"x0\"), 2 (\"x1\"), 3 (\"x2\"), \
                 4 (\"x3\"), 5 (\"x4\"), 6 (\"x5\"), 7 (\"x6\"), 8 (\"x7\"), 9 (\"x8\"), \
                 10 (\"x9\"), and 3990 more; rows with text in them are rejected as having an \
                 unknown key"
            ]
        );
    }

    #[test]
    fn two_columns_for_one_field_are_an_error() {
        let err = FieldMap::new(Schema::Bik, &header(&["email", "name", "E-Mail"])).unwrap_err();
        assert_eq!(
            err,
            "CSV columns 1 (\"email\") and 3 (\"E-Mail\") both match the field \"email\""
        );
    }

    #[test]
    fn cells_become_json_values() {
        let (map, _) = FieldMap::new(
            Schema::Bik,
            &header(&["First Name", "Tags", "SMS consent", "City"]),
        )
        .unwrap();
        assert_eq!(
            row(&map, &[" Ann \"A\" ", "vip; new||x ", "true", "  "]),
            r#"{"firstName":"Ann \"A\"","tags":["vip","new","x"],"SMS consent":"true"}"#
        );
        let (map, _) = FieldMap::new(
            Schema::UpdateProfile,
            &header(&["email", "newsletter", "groups"]),
        )
        .unwrap();
        assert_eq!(
            row(&map, &["a@b.cz", "Yes", "a|b"]),
            r#"{"email":"a@b.cz","newsletter":true,"groups":["a","b"]}"#
        );
        assert_eq!(
            row(&map, &["a@b.cz", "0", ";"]),
            r#"{"email":"a@b.cz","newsletter":false,"groups":[]}"#
        );
        assert_eq!(
            row(&map, &["a@b.cz", "maybe", ""]),
            r#"{"email":"a@b.cz","newsletter":"maybe"}"#
        );
    }

    #[test]
    fn readings_follow_the_field_kinds() {
        let not_text: Vec<(Schema, &str)> = [Schema::Bik, Schema::UpdateProfile]
            .into_iter()
            .flat_map(|schema| schema.keys().iter().map(move |f| (schema, *f)))
            .filter(|(schema, field)| reading(*schema, field) != Reading::Text)
            .collect();
        assert_eq!(
            not_text,
            [
                (Schema::Bik, "tags"),
                (Schema::UpdateProfile, "newsletter"),
                (Schema::UpdateProfile, "groups"),
            ]
        );
        assert_eq!(reading(Schema::Bik, "tags"), Reading::List);
        assert_eq!(reading(Schema::UpdateProfile, "newsletter"), Reading::Flag);
        assert_eq!(reading(Schema::Bik, "smsMarketingConsent"), Reading::Text);
        assert_eq!(reading(Schema::Bik, "Notes"), Reading::Text);
    }
}
