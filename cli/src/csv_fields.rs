//! Matching a CSV header to the API's fields, and reading a row as a JSON object.
//!
//! Spreadsheets name columns for people (`First Name`, `first_name`, `E-mail`), the API
//! names fields in camelCase (`firstName`, `email`). Names are compared after [`fold`]:
//! letters and digits only, lower case. A column reads, in this order:
//!
//! 1. the field `--map COLUMN=FIELD` names for it ([`ColumnOptions::maps`]);
//! 2. the field of the same name: `First Name`, `first_name`, `FIRST-NAME` and
//!    `firstName` all read `firstName`;
//! 3. the field of a built-in alias ([`ALIASES`]: `Phone`, `Mobile` and `Telephone` read
//!    BIK's `phoneNumber`, `Surname` reads `lastName`, `Zip` update-profile's
//!    `postalCode`), unless another column already reads that field.
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
//! empty cells are absent, so a blank extra column costs nothing. With
//! `--ignore-unknown-columns` ([`ColumnOptions::ignore_unknown`]) such a column is left
//! out of the record instead (rejected rows still echo it). Two columns matching the
//! same field are an input error: which one should win is not ours to guess.

use contactkit::models::{FieldKind, ModelSchema};
use contactkit::{update_profile, user_properties};

use crate::json_text;
use crate::validate::Schema;

/// Column names people use for a field, folded, with the fields they read in order of
/// preference: the first one the schema has wins (`Phone` is BIK's `phoneNumber`,
/// update-profile's `phone`). Only names with one obvious meaning are here; anything else
/// takes `--map`.
pub const ALIASES: &[(&str, &[&str])] = &[
    ("phone", &["phoneNumber", "phone"]),
    ("phoneno", &["phoneNumber", "phone"]),
    ("phonenumber", &["phoneNumber", "phone"]),
    ("mobile", &["phoneNumber", "phone"]),
    ("mobilephone", &["phoneNumber", "phone"]),
    ("mobilenumber", &["phoneNumber", "phone"]),
    ("cellphone", &["phoneNumber", "phone"]),
    ("telephone", &["phoneNumber", "phone"]),
    ("tel", &["phoneNumber", "phone"]),
    ("emailaddress", &["email"]),
    ("mail", &["email"]),
    ("givenname", &["firstName"]),
    ("forename", &["firstName"]),
    ("surname", &["lastName"]),
    ("familyname", &["lastName"]),
    ("fullname", &["name"]),
    ("zip", &["postalCode"]),
    ("zipcode", &["postalCode"]),
    ("postcode", &["postalCode"]),
    ("pincode", &["postalCode"]),
    ("address", &["address1", "streetAddress"]),
    ("street", &["address1", "streetAddress"]),
    ("streetaddress", &["address1", "streetAddress"]),
    ("addressline1", &["address1", "streetAddress"]),
    ("addressline2", &["address2"]),
    ("town", &["city"]),
    ("province", &["state", "stateRegion"]),
    ("state", &["state", "stateRegion"]),
    ("company", &["companyName"]),
    ("organization", &["companyName"]),
    ("organisation", &["companyName"]),
];

/// How CSV columns are matched beyond their names (`--map`, `--ignore-unknown-columns`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnOptions {
    /// `(column, field)` pairs from `--map COLUMN=FIELD`, both compared after [`fold`].
    pub maps: Vec<(String, String)>,
    /// Leave columns that match no field out of the record instead of sending them.
    pub ignore_unknown: bool,
}

/// Parses one `--map COLUMN=FIELD` (split at the last `=`).
///
/// # Errors
///
/// No `=`, or an empty side.
pub fn parse_map(text: &str) -> Result<(String, String), String> {
    match text.rsplit_once('=') {
        Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => {
            Ok((column.trim().to_owned(), field.trim().to_owned()))
        }
        _ => Err(format!(
            "expected COLUMN=FIELD, e.g. \"Mobile=phoneNumber\", not {text:?}"
        )),
    }
}

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
    /// An unknown column left out of the record (`--ignore-unknown-columns`).
    skip: bool,
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
            skip: false,
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
    /// Errors also for a `--map` whose column is not in the header or whose field is not
    /// one of the schema's.
    pub fn new(
        schema: Schema,
        header: &[String],
        options: &ColumnOptions,
    ) -> Result<(FieldMap, Vec<String>), String> {
        let fields = schema.keys();
        let folded: Vec<String> = fields.iter().map(|f| fold(f)).collect();
        let field_index = |name: &str| folded.iter().position(|f| *f == fold(name));
        let header_folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
        // The field each column reads: by --map, then by name, then by alias.
        let mut chosen: Vec<Option<usize>> = vec![None; header.len()];
        for (column, field) in &options.maps {
            let Some(f) = field_index(field) else {
                return Err(format!(
                    "--map {column}={field}: {field:?} is not a {} field (fields: {})",
                    schema.name(),
                    fields.join(", ")
                ));
            };
            let key = fold(column);
            let mut found = false;
            for (slot, name) in chosen.iter_mut().zip(&header_folded) {
                if *name == key {
                    *slot = Some(f);
                    found = true;
                }
            }
            if !found {
                return Err(format!(
                    "--map {column}={field}: the CSV header has no column {column:?}"
                ));
            }
        }
        for (slot, name) in chosen.iter_mut().zip(&header_folded) {
            if slot.is_none() {
                *slot = folded.iter().position(|f| f == name);
            }
        }
        let mut aliased = Vec::new();
        for (i, name) in header_folded.iter().enumerate() {
            if chosen.get(i).is_some_and(Option::is_some) {
                continue;
            }
            let alias = ALIASES.iter().find(|(alias, _)| alias == name);
            let field = alias.and_then(|(_, targets)| {
                targets
                    .iter()
                    .find_map(|t| fields.iter().position(|f| f == t))
            });
            if let Some(f) = field.filter(|f| !chosen.contains(&Some(*f))) {
                if let Some(slot) = chosen.get_mut(i) {
                    *slot = Some(f);
                }
                aliased.push(i);
            }
        }
        let mut claimed: Vec<Option<usize>> = vec![None; fields.len()];
        let mut columns = Vec::with_capacity(header.len());
        let mut unknown = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let field = chosen.get(i).copied().flatten();
            match field.and_then(|f| Some((f, *fields.get(f)?))) {
                Some((f, field)) => {
                    if let Some(Some(earlier)) = claimed.get(f) {
                        let earlier_name = header.get(*earlier).map_or("", String::as_str);
                        return Err(format!(
                            "CSV columns {} ({earlier_name:?}) and {} ({name:?}) both match \
                             the field {field:?}{}",
                            earlier + 1,
                            i + 1,
                            if aliased.contains(&i) {
                                " (by a built-in alias; choose one with --map COLUMN=FIELD)"
                            } else {
                                ""
                            }
                        ));
                    }
                    if let Some(slot) = claimed.get_mut(f) {
                        *slot = Some(i);
                    }
                    columns.push(Column::new(field.to_owned(), reading(schema, field)));
                }
                None => {
                    unknown.push((i, name));
                    let mut column = Column::new(name.clone(), Reading::Text);
                    column.skip = options.ignore_unknown;
                    columns.push(column);
                }
            }
        }
        let mut warnings = unknown_warning(schema, &unknown, options.ignore_unknown);
        if !aliased.is_empty() {
            let read: Vec<String> = aliased
                .iter()
                .filter_map(|&i| Some(format!("{:?} as {}", header.get(i)?, columns.get(i)?.key)))
                .collect();
            warnings.push(format!(
                "CSV columns read by built-in alias: {} (--map COLUMN=FIELD overrides)",
                read.join(", ")
            ));
        }
        Ok((FieldMap { columns }, warnings))
    }

    /// The JSON object text for one row (`cells` as many as the header's columns), with
    /// the readings of the module docs.
    pub fn to_json<'a>(&self, cells: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.push(b'{');
        let mut first = true;
        for (column, cell) in self.columns.iter().zip(cells) {
            let cell = cell.trim();
            if cell.is_empty() || column.skip {
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
fn unknown_warning(schema: Schema, unknown: &[(usize, &String)], ignored: bool) -> Vec<String> {
    let schema = schema.name();
    let (it, them) = if ignored {
        (
            "it is left out of the records (--ignore-unknown-columns)",
            "they are left out of the records (--ignore-unknown-columns)",
        )
    } else {
        (
            "rows with text in it are rejected as having an unknown key",
            "rows with text in them are rejected as having an unknown key",
        )
    };
    match unknown {
        [] => Vec::new(),
        [(i, name)] => vec![format!(
            "CSV column {} ({name:?}) matches no {schema} field; {it}",
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
                "{} CSV columns match no {schema} field: {}; {them}",
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
            let (map, warnings) =
                FieldMap::new(Schema::Bik, &header(&[name]), &ColumnOptions::default()).unwrap();
            assert!(warnings.is_empty(), "{name}");
            assert_eq!(map.columns[0].key, field, "{name}");
        }
        assert_eq!(fold("Jméno_Příjmení"), "jménopříjmení");
    }

    #[test]
    fn unknown_columns_warn_and_stay_as_keys() {
        let (map, warnings) = FieldMap::new(
            Schema::Bik,
            &header(&["Notes", "email"]),
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(
            warnings,
            ["CSV column 1 (\"Notes\") matches no bik field; rows with text in it are rejected as having an unknown key"]
        );
        assert_eq!(
            row(&map, &["777", "a@b.cz"]),
            r#"{"Notes":"777","email":"a@b.cz"}"#
        );
        assert_eq!(row(&map, &["", "a@b.cz"]), r#"{"email":"a@b.cz"}"#);
        // Many unknown columns make one line, not one each.
        let names: Vec<String> = (0..4000).map(|i| format!("x{i}")).collect();
        let (_, warnings) = FieldMap::new(Schema::Bik, &names, &ColumnOptions::default()).unwrap();
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
    fn aliases_and_maps() {
        let none = ColumnOptions::default();
        // (header cell, schema, field it reads through the alias table)
        let table = [
            ("Phone", Schema::Bik, "phoneNumber"),
            ("Mobile", Schema::Bik, "phoneNumber"),
            ("Mobile", Schema::UpdateProfile, "phone"),
            ("E-mail address", Schema::Bik, "email"),
            ("Surname", Schema::Bik, "lastName"),
            ("Given name", Schema::Bik, "firstName"),
            ("Zip", Schema::UpdateProfile, "postalCode"),
            ("Street", Schema::UpdateProfile, "streetAddress"),
            ("Company", Schema::UpdateProfile, "companyName"),
        ];
        for (name, schema, field) in table {
            let (map, warnings) = FieldMap::new(schema, &header(&[name]), &none).unwrap();
            assert_eq!(map.columns[0].key, field, "{name}");
            assert_eq!(
                warnings,
                [format!("CSV columns read by built-in alias: {name:?} as {field} (--map COLUMN=FIELD overrides)")]
            );
        }
        // Zip has no BIK field; an exact name wins over an alias.
        let (map, _) = FieldMap::new(
            Schema::Bik,
            &header(&["Zip", "Phone", "phone_number"]),
            &none,
        )
        .unwrap();
        let keys: Vec<&str> = map.columns.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["Zip", "Phone", "phoneNumber"]);
        // --map wins over both, and names are folded.
        let options = ColumnOptions {
            maps: vec![("tel no".into(), "alternate_phone_number".into())],
            ignore_unknown: true,
        };
        let (map, warnings) =
            FieldMap::new(Schema::Bik, &header(&["Tel-No", "Notes"]), &options).unwrap();
        assert_eq!(map.columns[0].key, "alternatePhoneNumber");
        assert_eq!(
            warnings,
            ["CSV column 2 (\"Notes\") matches no bik field; it is left out of the records (--ignore-unknown-columns)"]
        );
        assert_eq!(
            row(&map, &["777", "call"]),
            r#"{"alternatePhoneNumber":"777"}"#
        );
        let bad = |column: &str, field: &str| {
            let options = ColumnOptions {
                maps: vec![(column.into(), field.into())],
                ignore_unknown: false,
            };
            FieldMap::new(Schema::Bik, &header(&["Tel"]), &options).unwrap_err()
        };
        assert_eq!(
            bad("Fax", "phoneNumber"),
            "--map Fax=phoneNumber: the CSV header has no column \"Fax\""
        );
        assert!(bad("Tel", "fax")
            .starts_with("--map Tel=fax: \"fax\" is not a bik field (fields: firstName, "));
        assert_eq!(
            parse_map("E-mail = x=email"),
            Ok(("E-mail = x".into(), "email".into()))
        );
        assert!(parse_map("email").is_err());
    }

    #[test]
    fn two_columns_for_one_field_are_an_error() {
        let err = FieldMap::new(
            Schema::Bik,
            &header(&["email", "name", "E-Mail"]),
            &ColumnOptions::default(),
        )
        .unwrap_err();
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
            &ColumnOptions::default(),
        )
        .unwrap();
        assert_eq!(
            row(&map, &[" Ann \"A\" ", "vip; new||x ", "true", "  "]),
            r#"{"firstName":"Ann \"A\"","tags":["vip","new","x"],"SMS consent":"true"}"#
        );
        let (map, _) = FieldMap::new(
            Schema::UpdateProfile,
            &header(&["email", "newsletter", "groups"]),
            &ColumnOptions::default(),
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
