//! Column functions: a whole column (an Arrow string array or a Python list) in, one
//! Arrow struct array of `(value, error)` out, for pandas, Polars (`map_batches`) and
//! Spark (`mapInArrow`).
//!
//! The rows are read where Arrow keeps them (no Python object per row), validated with
//! the interpreter released, in chunks across a thread pool, and the output is built
//! once, in input order.

use std::borrow::Cow;

use arrow::array::{
    make_array, Array, ArrayData, ArrayRef, AsArray, BooleanBuilder, GenericListBuilder,
    GenericStringBuilder, OffsetSizeTrait, StructArray,
};
use arrow::datatypes::{DataType, Field, Fields};
use arrow::pyarrow::{FromPyArrow, ToPyArrow};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use contactkit::models::FieldKind;
use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::{self, UserProperty};
use contactkit::{
    CanonicalEmail, Country, IntlPhone, Locale, NormalizedIp, ReferralId, Region, VatId,
};

use crate::fields::field_json;
use crate::models::{bik_options, profile_options};
use crate::pool::run_chunked;
use crate::scalars::parse_region;
use crate::text::{json_text, str_text};
use contactkit::models::FieldValue;

/// What a column holds, with its options.
#[derive(Clone)]
enum Kind {
    Email,
    Phone(Option<Region>),
    Ip,
    ReferralId,
    Vat,
    Country,
    Locale,
    Bik(Box<user_properties::Options>),
    Profile(Box<update_profile::Options>),
}

impl Kind {
    /// The prefix of this package's own row errors, as the Rust messages start.
    fn label(&self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone(_) => "phone",
            Kind::Ip => "ip",
            Kind::ReferralId => "referral id",
            Kind::Vat => "vat",
            Kind::Country => "country",
            Kind::Locale => "locale",
            Kind::Bik(_) | Kind::Profile(_) => "ValidationError",
        }
    }

    fn is_model(&self) -> bool {
        matches!(self, Kind::Bik(_) | Kind::Profile(_))
    }
}

/// One input row, borrowed from the column.
enum Row<'a> {
    Null,
    Text(&'a str),
    Bytes(&'a [u8]),
    /// A row that cannot be read as text (a non-`str` in a list): its error message.
    Invalid(&'a str),
}

/// A row of a Python list, copied out while the interpreter is held.
enum OwnedRow {
    Null,
    Text(String),
    Bytes(Vec<u8>),
    Invalid(String),
}

/// The rows of a column.
enum Rows {
    Arrow(ArrayRef),
    List(Vec<OwnedRow>),
}

impl Rows {
    fn len(&self) -> usize {
        match self {
            Rows::Arrow(a) => a.len(),
            Rows::List(v) => v.len(),
        }
    }

    fn get(&self, i: usize) -> Row<'_> {
        match self {
            Rows::List(rows) => match &rows[i] {
                OwnedRow::Null => Row::Null,
                OwnedRow::Text(s) => Row::Text(s),
                OwnedRow::Bytes(b) => Row::Bytes(b),
                OwnedRow::Invalid(m) => Row::Invalid(m),
            },
            Rows::Arrow(array) => {
                if array.is_null(i) {
                    return Row::Null;
                }
                // The types were checked in `read_arrow`.
                match array.data_type() {
                    DataType::Utf8 => Row::Text(array.as_string::<i32>().value(i)),
                    DataType::LargeUtf8 => Row::Text(array.as_string::<i64>().value(i)),
                    DataType::Utf8View => Row::Text(array.as_string_view().value(i)),
                    DataType::Binary => Row::Bytes(array.as_binary::<i32>().value(i)),
                    DataType::LargeBinary => Row::Bytes(array.as_binary::<i64>().value(i)),
                    DataType::BinaryView => Row::Bytes(array.as_binary_view().value(i)),
                    _ => Row::Null,
                }
            }
        }
    }
}

/// What validating one row gave.
#[derive(Default)]
struct RowOut {
    value: Option<String>,
    error: Option<String>,
    errors: Option<Vec<String>>,
    model: Option<Model>,
}

enum Model {
    Bik(Box<UserProperty>),
    Profile(Box<UpdateProfile>),
}

impl RowOut {
    fn ok(value: &str) -> Self {
        RowOut {
            value: Some(value.to_owned()),
            ..RowOut::default()
        }
    }

    fn err(error: String) -> Self {
        RowOut {
            error: Some(error),
            ..RowOut::default()
        }
    }
}

/// Validates one row.
fn process(kind: &Kind, row: Row<'_>, keep_model: bool, all_errors: bool) -> RowOut {
    let text = match row {
        Row::Null => return RowOut::default(),
        Row::Invalid(message) => return RowOut::err(message.to_owned()),
        Row::Text(s) => Cow::Borrowed(s.as_bytes()),
        Row::Bytes(b) => Cow::Borrowed(b),
    };
    if kind.is_model() {
        return process_model(kind, &text, keep_model, all_errors);
    }
    let Ok(s) = std::str::from_utf8(&text) else {
        return RowOut::err(format!("{}: not valid UTF-8", kind.label()));
    };
    fn out<T: AsRef<str>, E: ToString>(r: Result<T, E>) -> RowOut {
        match r {
            Ok(v) => RowOut::ok(v.as_ref()),
            Err(e) => RowOut::err(e.to_string()),
        }
    }
    match kind {
        Kind::Email => out(CanonicalEmail::parse(s)),
        Kind::Phone(None) => out(IntlPhone::parse(s)),
        Kind::Phone(Some(region)) => out(IntlPhone::parse_with_region(s, *region)),
        Kind::Ip => out(NormalizedIp::parse(s)),
        Kind::ReferralId => out(ReferralId::parse(s)),
        Kind::Vat => out(VatId::parse(s)),
        Kind::Country => out(Country::parse(s)),
        Kind::Locale => out(Locale::parse(s)),
        Kind::Bik(_) | Kind::Profile(_) => RowOut::default(),
    }
}

fn process_model(kind: &Kind, json: &[u8], keep_model: bool, all_errors: bool) -> RowOut {
    // `to_json` is the library's own writer: byte for byte serde_json's output and the
    // CLI's clean records, without serde.
    let parsed = match kind {
        Kind::Bik(options) => UserProperty::from_json_with(json, options)
            .map(|p| (p.to_json(), Model::Bik(Box::new(p)))),
        Kind::Profile(options) => UpdateProfile::from_json_with(json, options)
            .map(|p| (p.to_json(), Model::Profile(Box::new(p)))),
        _ => return RowOut::default(),
    };
    match parsed {
        Ok((value, model)) => RowOut {
            value: Some(value),
            model: keep_model.then_some(model),
            ..RowOut::default()
        },
        Err(report) => RowOut {
            error: Some(report.first().to_string()),
            errors: all_errors.then(|| report.iter().map(|e| e.to_string()).collect()),
            ..RowOut::default()
        },
    }
}

/// Reads a column: a pyarrow array (or anything with `__arrow_c_array__`) or a list.
fn read_rows(values: &Bound<'_, PyAny>, kind: &Kind) -> PyResult<Rows> {
    if let Ok(list) = values.cast::<PyList>() {
        return read_list(list, kind).map(Rows::List);
    }
    let data = ArrayData::from_pyarrow_bound(values)?;
    let array = make_array(data);
    match array.data_type() {
        DataType::Utf8
        | DataType::LargeUtf8
        | DataType::Utf8View
        | DataType::Binary
        | DataType::LargeBinary
        | DataType::BinaryView => Ok(Rows::Arrow(array)),
        // All null: nothing to validate.
        DataType::Null => Ok(Rows::List(
            (0..array.len()).map(|_| OwnedRow::Null).collect(),
        )),
        other => Err(PyTypeError::new_err(format!(
            "expected a string or binary column, got {other}"
        ))),
    }
}

/// Copies a list's rows out: `None` is a null row, a `str` or `bytes` its text, and
/// anything else an error row (for the models, JSON-like values go through `json.dumps`).
fn read_list(list: &Bound<'_, PyList>, kind: &Kind) -> PyResult<Vec<OwnedRow>> {
    let mut rows = Vec::with_capacity(list.len());
    for item in list.iter() {
        let row = if item.is_none() {
            OwnedRow::Null
        } else if let Ok(s) = item.cast::<PyString>() {
            if kind.is_model() {
                OwnedRow::Bytes(json_text(s)?)
            } else {
                match str_text(s)? {
                    Ok(text) => OwnedRow::Text(text.into_owned()),
                    Err(surrogate) => OwnedRow::Invalid(format!(
                        "{}: unpaired surrogate at position {}",
                        kind.label(),
                        surrogate.position
                    )),
                }
            }
        } else if let Ok(b) = item.cast::<PyBytes>() {
            OwnedRow::Bytes(b.as_bytes().to_vec())
        } else if kind.is_model() {
            OwnedRow::Bytes(crate::pyjson::input_json(&item)?)
        } else {
            OwnedRow::Invalid(format!(
                "{}: expected str, got {}",
                kind.label(),
                item.get_type().name()?
            ))
        };
        rows.push(row);
    }
    Ok(rows)
}

/// A string column from optional texts: 32-bit offsets when they fit (what Spark and
/// most readers expect), 64-bit otherwise (never an offset overflow panic).
fn text_column<'a, I>(values: I) -> ArrayRef
where
    I: Iterator<Item = Option<&'a str>> + Clone,
{
    let bytes: usize = values.clone().map(|v| v.map_or(0, str::len)).sum();
    if i32::try_from(bytes).is_ok() {
        build_text::<i32, _>(values, bytes)
    } else {
        build_text::<i64, _>(values, bytes)
    }
}

fn build_text<'a, O: OffsetSizeTrait, I: Iterator<Item = Option<&'a str>>>(
    values: I,
    bytes: usize,
) -> ArrayRef {
    let (rows, _) = values.size_hint();
    let mut builder = GenericStringBuilder::<O>::with_capacity(rows, bytes);
    for v in values {
        builder.append_option(v);
    }
    std::sync::Arc::new(builder.finish())
}

/// A list-of-strings column (an entry's `tags`, a row's `errors`).
fn list_column<'a, S, I>(values: I) -> ArrayRef
where
    S: AsRef<str> + 'a,
    I: Iterator<Item = Option<&'a [S]>> + Clone,
{
    let bytes: usize = values
        .clone()
        .map(|v| v.map_or(0, |items| items.iter().map(|s| s.as_ref().len()).sum()))
        .sum();
    let items: usize = values.clone().map(|v| v.map_or(0, <[S]>::len)).sum();
    if i32::try_from(bytes).is_ok() && i32::try_from(items).is_ok() {
        build_list::<i32, S, _>(values)
    } else {
        build_list::<i64, S, _>(values)
    }
}

fn build_list<'a, O, S, I>(values: I) -> ArrayRef
where
    O: OffsetSizeTrait,
    S: AsRef<str> + 'a,
    I: Iterator<Item = Option<&'a [S]>>,
{
    let mut builder = GenericListBuilder::<O, _>::new(GenericStringBuilder::<O>::new());
    for v in values {
        match v {
            Some(items) => {
                for item in items {
                    builder.values().append_value(item.as_ref());
                }
                builder.append(true);
            }
            None => builder.append(false),
        }
    }
    std::sync::Arc::new(builder.finish())
}

/// Each model field's values down the rows (`None` where a row has no model or the
/// field is absent), read in one pass over each row's `fields()`.
fn field_values(outs: &[RowOut], count: usize) -> Vec<Vec<Option<FieldValue<'_>>>> {
    let mut columns: Vec<Vec<Option<FieldValue<'_>>>> =
        (0..count).map(|_| Vec::with_capacity(outs.len())).collect();
    fn fill<'a>(
        columns: &mut [Vec<Option<FieldValue<'a>>>],
        fields: impl Iterator<Item = (&'static str, Option<FieldValue<'a>>)>,
    ) {
        for (column, (_, value)) in columns.iter_mut().zip(fields) {
            column.push(value);
        }
    }
    for out in outs {
        match &out.model {
            Some(Model::Bik(p)) => fill(&mut columns, p.fields()),
            Some(Model::Profile(p)) => fill(&mut columns, p.fields()),
            None => fill(&mut columns, std::iter::repeat_n(("", None), count)),
        }
    }
    columns
}

/// The column of one model field, typed by its kind: lists of strings, booleans, or text.
fn field_column(values: &[Option<FieldValue<'_>>], kind: FieldKind) -> ArrayRef {
    match kind {
        FieldKind::TextList => {
            let lists: Vec<Option<Vec<&str>>> = values
                .iter()
                .map(|v| match v {
                    Some(FieldValue::List(items)) => Some(items.clone().collect()),
                    _ => None,
                })
                .collect();
            list_column(lists.iter().map(Option::as_deref))
        }
        FieldKind::Boolean | FieldKind::JoiBoolean => {
            let mut builder = BooleanBuilder::with_capacity(values.len());
            for v in values {
                match v {
                    Some(FieldValue::Bool(b)) => builder.append_value(*b),
                    _ => builder.append_null(),
                }
            }
            std::sync::Arc::new(builder.finish())
        }
        _ => {
            let texts: Vec<Option<std::borrow::Cow<'_, str>>> = values
                .iter()
                .map(|v| match v {
                    None => None,
                    Some(FieldValue::Text(text)) => Some((*text).into()),
                    Some(FieldValue::Timestamp(at)) => Some(at.to_string().into()),
                    Some(other) => Some(field_json(other).into()),
                })
                .collect();
            text_column(texts.iter().map(Option::as_deref))
        }
    }
}

/// Assembles the output struct: `value`, `error`, then `errors` (all-errors mode),
/// then one column per model field (`fields=True`).
fn assemble(outs: &[RowOut], kind: &Kind, all_errors: bool, fields: bool) -> PyResult<StructArray> {
    let mut columns: Vec<(String, ArrayRef)> = vec![
        (
            "value".into(),
            text_column(outs.iter().map(|o| o.value.as_deref())),
        ),
        (
            "error".into(),
            text_column(outs.iter().map(|o| o.error.as_deref())),
        ),
    ];
    if all_errors && kind.is_model() {
        // Valid rows get an empty list, null rows null, as in the CLI's reject lines.
        columns.push((
            "errors".into(),
            list_column(outs.iter().map(|o| match (&o.errors, &o.value) {
                (Some(errors), _) => Some(errors.as_slice()),
                (None, Some(_)) => Some(&[][..]),
                (None, None) => None,
            })),
        ));
    }
    if fields {
        let schema = match kind {
            Kind::Bik(_) => Some(user_properties::schema()),
            Kind::Profile(_) => Some(update_profile::schema()),
            _ => None,
        };
        if let Some(schema) = schema {
            let values = field_values(outs, schema.fields().len());
            for (field, values) in schema.fields().iter().zip(&values) {
                columns.push((field.name().to_owned(), field_column(values, field.kind())));
            }
        }
    }
    let fields: Fields = columns
        .iter()
        .map(|(name, array)| Field::new(name, array.data_type().clone(), true))
        .collect();
    let arrays: Vec<ArrayRef> = columns.into_iter().map(|(_, a)| a).collect();
    StructArray::try_new(fields, arrays, None).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The native column function behind `contactkit.emails`, `phones`, ...,
/// `user_properties` and `update_profiles` (see `contactkit/_columns.py`).
#[pyfunction]
#[pyo3(signature = (kind, values, *, region=None, all_errors=false, fields=false, threads=None, max_depth=None, max_text_length=None, max_items=None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn column<'py>(
    py: Python<'py>,
    kind: &str,
    values: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
    all_errors: bool,
    fields: bool,
    threads: Option<usize>,
    max_depth: Option<usize>,
    max_text_length: Option<usize>,
    max_items: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let kind = match kind {
        "email" => Kind::Email,
        "phone" => Kind::Phone(parse_region(region)?),
        "ip" => Kind::Ip,
        "referral_id" => Kind::ReferralId,
        "vat_id" => Kind::Vat,
        "country" => Kind::Country,
        "locale" => Kind::Locale,
        "user_property" => Kind::Bik(Box::new(bik_options(
            region,
            all_errors,
            None,
            None,
            max_depth,
            max_text_length,
            max_items,
        )?)),
        "update_profile" => Kind::Profile(Box::new(profile_options(
            all_errors,
            None,
            max_depth,
            max_text_length,
            max_items,
        ))),
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown column kind {other:?}"
            )))
        }
    };
    let rows = read_rows(values, &kind)?;
    let keep_model = fields && kind.is_model();
    let outs = py.detach(|| {
        run_chunked(rows.len(), threads, |range| {
            range
                .map(|i| process(&kind, rows.get(i), keep_model, all_errors))
                .collect::<Vec<RowOut>>()
        })
    })?;
    let array = py.detach(|| assemble(&outs, &kind, all_errors, fields))?;
    array.into_data().to_pyarrow(py)
}
