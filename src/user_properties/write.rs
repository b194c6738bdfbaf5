//! [`UserProperty::to_json`] and [`UserProperty::write_json`]: the normalized entry as
//! JSON text, without going through serde.

use super::UserProperty;
use crate::models::json::write_fields;

impl UserProperty {
    /// The normalized entry as one line of JSON: the same text, byte for byte, as
    /// `serde_json::to_string` of its `Serialize`, without serde's machinery (strings are
    /// copied eight bytes at a time up to an escape; `cargo bench --bench bulk --
    /// bik_write_entries` compares the two).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let entry = UserProperty::from_json(
    ///     r#"{"firstName": " Jan ", "lastName": "Novák", "email": "JAN@Example.CZ",
    ///         "createdAt": 1700000000000, "tags": ["vip"]}"#
    ///         .as_bytes(),
    /// )?;
    /// assert_eq!(
    ///     entry.to_json(),
    ///     r#"{"firstName":"Jan","lastName":"Novák","email":"jan@example.cz","createdAt":"2023-11-14T22:13:20.000Z","tags":["vip"]}"#
    /// );
    /// assert_eq!(entry.to_json(), serde_json::to_string(&entry)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(512);
        self.write_json(&mut out);
        out
    }

    /// Appends [`UserProperty::to_json`]'s text to `out` (for a writer that reuses one
    /// buffer for many entries, such as a JSON Lines output).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let mut lines = String::new();
    /// for entry in [&br#"{"firstName":"A","lastName":"B"}"#[..], br#"{"firstName":"C","lastName":"D"}"#] {
    ///     UserProperty::from_json(entry)?.write_json(&mut lines);
    ///     lines.push('\n');
    /// }
    /// assert_eq!(lines, "{\"firstName\":\"A\",\"lastName\":\"B\"}\n{\"firstName\":\"C\",\"lastName\":\"D\"}\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json(&self, out: &mut String) {
        write_fields(self, out);
    }
}
