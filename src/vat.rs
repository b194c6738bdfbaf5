//! EU VAT identification numbers: [`VatId`] and [`VatError`].
//!
//! A VAT id is a member-state prefix (ISO 3166-1 alpha-2, except `EL` for
//! Greece and `XI` for Northern Ireland) followed by a national number whose
//! format and check digits differ per state. The rules here are those of
//! python-stdnum 2.2 (`stdnum.eu.vat.validate`), the project's reference for
//! the BizKitHub `taxIdentificationNumber` field, with one addition of ours:
//! only the 28 VAT prefixes are accepted (see [`VatError::UnknownPrefix`]).
//!
//! Only the format is checked: whether the number is registered is a question
//! for the EU's VIES service, which this crate does not call.

mod clean;
mod states;

use states::Fault;

/// An EU VAT identification number, validated and in canonical form.
///
/// The canonical form is the upper-case prefix followed by the national number
/// without separators, as python-stdnum prints it: `CZ 25123891` becomes
/// `CZ25123891`, `de136.695.976` becomes `DE136695976`. Three states also
/// complete old short forms: Belgian 9-digit numbers and Greek 8-digit numbers
/// get a leading `0`, and Dutch numbers are zero-filled to 9 digits before the
/// `B` (`NL4495445B01` becomes `NL004495445B01`).
///
/// `Ord` compares the canonical text, so ids sort by country prefix, then number.
///
/// # Examples
///
/// ```
/// use contactkit::VatId;
///
/// let vat = VatId::parse("cz 25 12 38 91")?;
/// assert_eq!(vat.as_str(), "CZ25123891");
/// assert_eq!(vat.country_prefix(), "CZ");
/// assert_eq!(vat.number(), "25123891");
///
/// let greek: VatId = "EL 094259216".parse()?;
/// assert_eq!(greek.to_string(), "EL094259216");
///
/// let err = VatId::parse("GB980780684").unwrap_err();
/// assert_eq!(err.to_string(), "vat: unknown country prefix 'GB'");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct VatId(Box<str>);

impl VatId {
    /// Parses and normalizes a VAT id.
    ///
    /// Surrounding white space and letter case do not matter. Inside the
    /// number, the separators that the state's stdnum module removes are
    /// dropped: a space everywhere, and per state some of `- . / , :` (for
    /// example `CZ` allows only space and `/`, `DE` space, `- . / ,`; `BE`
    /// also takes `(0)` for a leading zero). As in python-stdnum, Unicode
    /// look-alikes of those separators and of digits (non-breaking spaces, en
    /// dashes, full-width digits) count as their ASCII forms.
    ///
    /// # Errors
    ///
    /// - [`VatError::Empty`]: nothing but white space, `""`.
    /// - [`VatError::MissingPrefix`]: no two-letter prefix, `25123891`.
    /// - [`VatError::UnknownPrefix`]: not a member state's VAT prefix,
    ///   `GB980780684`, `GR094259216`.
    /// - [`VatError::InvalidFormat`]: characters or structure wrong for that
    ///   state, `CZ10008489A`, `DE011125440`.
    /// - [`VatError::InvalidLength`]: too short or too long, `DK861608073`.
    /// - [`VatError::InvalidComponent`]: an impossible embedded date or code,
    ///   `IT00687129980` (office code 998).
    /// - [`VatError::InvalidCheckDigit`]: check digit(s) wrong, `CZ25123892`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{VatError, VatId};
    ///
    /// assert_eq!(VatId::parse("nl 006 375 054 b01")?.as_str(), "NL006375054B01");
    /// assert_eq!(VatId::parse("BE 428759497")?.as_str(), "BE0428759497");
    /// assert_eq!(
    ///     VatId::parse("CZ25123892"),
    ///     Err(VatError::InvalidCheckDigit { prefix: "CZ" })
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, VatError> {
        let prepared = clean::prepare(input);
        let text = clean::strip(&prepared);
        if text.is_empty() {
            return Err(VatError::Empty);
        }
        let prefix = match text.as_bytes() {
            [a, b, ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => [*a, *b],
            _ => return Err(VatError::MissingPrefix),
        };
        let state = states::lookup(prefix).ok_or(VatError::UnknownPrefix { prefix })?;
        let rest = text.get(2..).unwrap_or_default();

        // The state's `compact`: drop its separators, strip the end again
        // (the start is the prefix), then its own completions.
        let mut out = String::with_capacity(text.len() + 1);
        out.push_str(state.prefix);
        out.extend(rest.chars().filter(|c| !state.separators.contains(*c)));
        clean::strip_end(&mut out);
        match state.prefix {
            "BE" => complete_be(&mut out),
            "EL" => complete_el(&mut out),
            "NL" => complete_nl(&mut out),
            _ => {}
        }

        let national = out.get(2..).unwrap_or_default();
        let fault = |fault: Fault| VatError::from_fault(fault, state.prefix);
        if !national.is_ascii() {
            return Err(fault(non_ascii_fault(state, national)));
        }
        (state.check)(national.as_bytes()).map_err(fault)?;
        Ok(Self(out.into_boxed_str()))
    }

    /// The canonical form: prefix and national number, upper case, no separators.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::VatId;
    ///
    /// assert_eq!(VatId::parse("ATU 57194903")?.as_str(), "ATU57194903");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-letter VAT prefix: an ISO 3166-1 code, or `EL` (Greece) or
    /// `XI` (Northern Ireland).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::VatId;
    ///
    /// assert_eq!(VatId::parse("EL 094259216")?.country_prefix(), "EL");
    /// assert_eq!(VatId::parse("XI 980 7806 84")?.country_prefix(), "XI");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country_prefix(&self) -> &str {
        // Always two ASCII letters, so byte 2 is a char boundary.
        self.0.get(..2).unwrap_or_default()
    }

    /// The national number: the canonical form without the prefix.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::VatId;
    ///
    /// assert_eq!(VatId::parse("ATU 57194903")?.number(), "U57194903");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn number(&self) -> &str {
        self.0.get(2..).unwrap_or_default()
    }
}

crate::macros::impl_text_newtype!(VatId, VatError);

/// The fault for a national number with a non-ASCII character, which no
/// state allows.
///
/// stdnum counts length in characters, so the check runs on a copy with each
/// such character replaced by `?`, which also fails every character test: the
/// fault is then the one the reference reports.
#[cold]
fn non_ascii_fault(state: &states::State, national: &str) -> Fault {
    let stand_in: Vec<u8> = national
        .chars()
        .map(|c| u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(b'?'))
        .collect();
    (state.check)(&stand_in).err().unwrap_or(Fault::Format)
}

/// `stdnum.be.vat.compact`: `(0)` stands for a leading zero, and the old
/// 9-digit numbers get one.
fn complete_be(out: &mut String) {
    if out.get(2..).is_some_and(|n| n.starts_with("(0)")) {
        out.replace_range(2..5, "0");
    }
    if out.chars().count() == 2 + 9 {
        out.insert(2, '0');
    }
}

/// `stdnum.gr.vat.compact`: the old 8-digit numbers get a leading zero.
fn complete_el(out: &mut String) {
    if out.chars().count() == 2 + 8 {
        out.insert(2, '0');
    }
}

/// `stdnum.nl.btw.compact`: everything before the last three characters
/// (`B` + 2 digits) is stripped of white space and zero-filled to 9 digits,
/// with Python's `str.zfill` (a leading `+` stays in front).
fn complete_nl(out: &mut String) {
    let national: Vec<char> = out.chars().skip(2).collect();
    let split = national.len().saturating_sub(3);
    let (head, tail) = national.split_at(split);
    let head: String = head.iter().collect();
    let head = clean::strip(&head);
    let fill = 9usize.saturating_sub(head.chars().count());
    let (sign, digits) = match head.strip_prefix('+') {
        Some(digits) => ("+", digits),
        None => ("", head),
    };
    let mut completed = String::with_capacity(2 + fill + head.len() + 3);
    completed.push_str(out.get(..2).unwrap_or_default());
    completed.push_str(sign);
    completed.extend(std::iter::repeat_n('0', fill));
    completed.push_str(digits);
    completed.extend(tail);
    *out = completed;
}

/// Why a text is not a valid EU VAT id.
///
/// The `Display` text (`vat: ...`) is public API and does not change between
/// minor versions. It quotes the prefix (never the number).
///
/// # Examples
///
/// ```
/// use contactkit::{VatError, VatId};
///
/// let err = VatId::parse("DK861608073").unwrap_err();
/// assert_eq!(err, VatError::InvalidLength { prefix: "DK" });
/// assert_eq!(err.to_string(), "vat: wrong length for prefix 'DK'");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VatError {
    /// Nothing but white space: `"  "`.
    #[error("vat: empty")]
    Empty,
    /// The text does not start with two letters: `25123891`, `C-Z25123891`.
    #[error("vat: missing two-letter country prefix")]
    MissingPrefix,
    /// Two letters that are not an EU VAT prefix: `GB980780684`. Rejected on
    /// purpose: `GB` (the UK left the EU VAT area; Northern Ireland uses
    /// `XI`), `GR` (Greece's VAT prefix is `EL`; stdnum also takes `GR`) and
    /// the OSS scheme prefixes `EU` and `IM`.
    #[error("vat: unknown country prefix '{}'", show(prefix))]
    UnknownPrefix {
        /// The two upper-case ASCII letters found.
        prefix: [u8; 2],
    },
    /// Characters or structure wrong for the state: `CZ10008489A` (a letter in
    /// a Czech number), `DE011125440` (German numbers do not start with 0).
    #[error("vat: invalid format for prefix '{prefix}'")]
    InvalidFormat {
        /// The state's VAT prefix.
        prefix: &'static str,
    },
    /// Too many or too few characters for the state: `DK861608073`.
    #[error("vat: wrong length for prefix '{prefix}'")]
    InvalidLength {
        /// The state's VAT prefix.
        prefix: &'static str,
    },
    /// An embedded date or code is impossible: `IT00687129980` (no tax
    /// office 998), `CZ95123891` (Czech company numbers do not start with 9),
    /// a Czech birth number with month 13.
    #[error("vat: invalid date or code for prefix '{prefix}'")]
    InvalidComponent {
        /// The state's VAT prefix.
        prefix: &'static str,
    },
    /// The check digit(s) do not match: `CZ25123892`.
    #[error("vat: invalid check digit for prefix '{prefix}'")]
    InvalidCheckDigit {
        /// The state's VAT prefix.
        prefix: &'static str,
    },
}

impl VatError {
    #[cold]
    fn from_fault(fault: Fault, prefix: &'static str) -> Self {
        match fault {
            Fault::Format => Self::InvalidFormat { prefix },
            Fault::Length => Self::InvalidLength { prefix },
            Fault::Component => Self::InvalidComponent { prefix },
            Fault::Checksum => Self::InvalidCheckDigit { prefix },
        }
    }
}

/// The two prefix letters as text.
fn show(prefix: &[u8; 2]) -> String {
    prefix.iter().copied().map(char::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completed(f: fn(&mut String), s: &str) -> String {
        let mut s = s.to_owned();
        f(&mut s);
        s
    }

    #[test]
    fn completions() {
        assert_eq!(completed(complete_be, "BE(0)468561072"), "BE0468561072");
        assert_eq!(completed(complete_be, "BE697449992"), "BE0697449992");
        assert_eq!(completed(complete_be, "BE0697449992"), "BE0697449992");
        assert_eq!(completed(complete_el, "EL94051189"), "EL094051189");
        assert_eq!(completed(complete_nl, "NL4495445B01"), "NL004495445B01");
        assert_eq!(
            completed(complete_nl, "NL\t4495445\u{2028}B01"),
            "NL004495445B01"
        );
        assert_eq!(completed(complete_nl, "NL+12B01"), "NL+00000012B01");
        assert_eq!(completed(complete_nl, "NLB1"), "NL000000000B1");
    }
}
