//! ISO 3166-1 countries: [`Country`] and [`CountryError`].
//!
//! The table is generated from pycountry's ISO 3166-1 database (the project's
//! oracle) by `scripts/gen_country_table.py`; see `country/table.rs`. Its
//! version is [`DATA_VERSION`]; `scripts/regenerate.sh` regenerates it.

use core::cmp::Ordering;
use core::fmt;

mod table;

pub use table::DATA_VERSION;
use table::{BY_ALPHA3, BY_NAME, COUNTRIES};

/// One row of the generated table.
struct Record {
    alpha2: &'static str,
    alpha3: &'static str,
    numeric: u16,
    name: &'static str,
}

/// A current country of ISO 3166-1, printed as its upper-case alpha-2 code.
///
/// [`Country::parse`] accepts the alpha-2 code (`CZ`), the alpha-3 code
/// (`CZE`) or an English name as pycountry spells it (`Czechia`, the official
/// name `Czech Republic`, or a common name such as `South Korea`), in any
/// letter case. Withdrawn countries (`CS`, `YU`, `Czechoslovakia`) are not
/// current, so they are rejected.
///
/// `Country` is `Copy`: one byte indexing a static table of the 249 current
/// entries. Ordering follows the alpha-2 code.
///
/// # Examples
///
/// ```
/// use contactkit::Country;
///
/// let de = Country::parse("deu")?;
/// assert_eq!(de.as_str(), "DE");
/// assert_eq!(de.alpha3(), "DEU");
/// assert_eq!(de.name(), "Germany");
/// assert_eq!(Country::parse(" Czech Republic ")?, Country::parse("CZ")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(u8);

impl Country {
    /// Parses an ISO 3166-1 alpha-2 or alpha-3 code or an English country name.
    ///
    /// The input is trimmed (Unicode white space) and matched without regard
    /// to letter case. Names are those of pycountry 26.2.16 (the Debian
    /// iso-codes data): the short `name` (`Czechia`, `Korea, Republic of`),
    /// the `official_name` (`Czech Republic`, `Federal Republic of Germany`)
    /// and the `common_name` (`South Korea`, `Vietnam`). Numeric codes are not
    /// accepted.
    ///
    /// # Errors
    ///
    /// - [`CountryError::Empty`] for nothing but white space (`""`, `"  "`).
    /// - [`CountryError::UnknownCode`] for two or three ASCII letters that are no
    ///   current code (`"XX"`, `"UK"`, the withdrawn `"CS"` and `"SUN"`).
    /// - [`CountryError::UnknownName`] for anything else that names no current
    ///   country (`"Narnia"`, `"Czechoslovakia"`, `"123"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("gr")?.to_string(), "GR");
    /// assert_eq!(Country::parse("TÜRKIYE")?.alpha2(), "TR");
    /// let err = Country::parse("YU").unwrap_err();
    /// assert_eq!(err.to_string(), "country: unknown ISO 3166-1 code");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, CountryError> {
        let s = input.trim();
        let b = s.as_bytes();
        if b.is_empty() {
            return Err(CountryError::Empty);
        }
        if (b.len() == 2 || b.len() == 3) && b.iter().all(u8::is_ascii_alphabetic) {
            // Codes need no allocation: compare upper-cased bytes in place.
            let found = if b.len() == 2 {
                COUNTRIES
                    .binary_search_by(|r| cmp_upper(r.alpha2, b))
                    .ok()
                    .and_then(|i| u8::try_from(i).ok())
            } else {
                BY_ALPHA3
                    .binary_search_by(|(code, _)| cmp_upper(code, b))
                    .ok()
                    .and_then(|i| BY_ALPHA3.get(i))
                    .map(|&(_, i)| i)
            };
            return found.map(Country).ok_or(CountryError::UnknownCode);
        }
        // Names: lower-case the input lazily while binary searching.
        BY_NAME
            .binary_search_by(|(name, _)| name.chars().cmp(s.chars().flat_map(char::to_lowercase)))
            .ok()
            .and_then(|i| BY_NAME.get(i))
            .map(|&(_, i)| Country(i))
            .ok_or(CountryError::UnknownName)
    }

    /// The upper-case alpha-2 code, the canonical form (`"CZ"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("Czechia")?.as_str(), "CZ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &'static str {
        self.record().alpha2
    }

    /// The ISO 3166-1 alpha-2 code, upper case (`"CZ"`); the same as
    /// [`as_str`](Self::as_str).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("svk")?.alpha2(), "SK");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alpha2(self) -> &'static str {
        self.record().alpha2
    }

    /// The ISO 3166-1 alpha-3 code, upper case (`"CZE"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("at")?.alpha3(), "AUT");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alpha3(self) -> &'static str {
        self.record().alpha3
    }

    /// The English short name as pycountry gives it (`"Czechia"`,
    /// `"Korea, Republic of"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("South Korea")?.name(), "Korea, Republic of");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(self) -> &'static str {
        self.record().name
    }

    /// The ISO 3166-1 numeric code (`203` for Czechia).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Country;
    ///
    /// assert_eq!(Country::parse("CZ")?.numeric(), 203);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn numeric(self) -> u16 {
        self.record().numeric
    }

    fn record(self) -> &'static Record {
        // In bounds: only `parse` builds a `Country`, from an index into
        // `COUNTRIES` (or one stored in the tables generated next to it).
        &COUNTRIES[usize::from(self.0)]
    }
}

/// Compares a table code (upper case) with ASCII-letter input of any case.
fn cmp_upper(code: &str, input: &[u8]) -> Ordering {
    code.bytes().cmp(input.iter().map(u8::to_ascii_uppercase))
}

impl fmt::Debug for Country {
    // The index means nothing to a reader; show the code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Country").field(&self.alpha2()).finish()
    }
}

crate::macros::impl_text_newtype!(Country, CountryError);

/// Why a string is not a current ISO 3166-1 country.
///
/// The `Display` text is part of the public API.
///
/// # Examples
///
/// ```
/// use contactkit::{Country, CountryError};
///
/// assert_eq!(Country::parse("Narnia"), Err(CountryError::UnknownName));
/// assert_eq!(CountryError::UnknownName.to_string(), "country: unknown country name");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CountryError {
    /// The input is empty or white space only: `""`, `" "`.
    #[error("country: empty")]
    Empty,
    /// Two or three ASCII letters that are no current ISO 3166-1 code: `"XX"`,
    /// `"UK"` (the code is `GB`), the withdrawn `"CS"`, `"YU"`, `"SU"`, `"DD"`.
    #[error("country: unknown ISO 3166-1 code")]
    UnknownCode,
    /// Not the English name of a current country, nor a code: `"Narnia"`,
    /// `"Czechoslovakia"`, `"123"`.
    #[error("country: unknown country name")]
    UnknownName,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_consistent() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].alpha2 < w[1].alpha2));
        assert!(BY_ALPHA3.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BY_NAME.windows(2).all(|w| w[0].0 < w[1].0));
        for &(code, i) in &BY_ALPHA3 {
            assert_eq!(COUNTRIES[usize::from(i)].alpha3, code);
        }
        for &(name, i) in &BY_NAME {
            assert!(usize::from(i) < COUNTRIES.len());
            // The search lower-cases input with Rust's rules; the generator
            // used Python's `str.lower`. They must agree on every name.
            assert_eq!(name.to_lowercase(), name);
        }
    }

    #[test]
    fn every_record_round_trips() {
        for (i, r) in COUNTRIES.iter().enumerate() {
            let c = Country(u8::try_from(i).unwrap());
            assert_eq!(Country::parse(r.alpha2), Ok(c));
            assert_eq!(Country::parse(r.alpha3), Ok(c));
            assert_eq!(Country::parse(r.name), Ok(c));
            assert_eq!(Country::parse(&r.name.to_uppercase()), Ok(c), "{}", r.name);
        }
    }

    #[test]
    fn debug_shows_the_code() {
        assert_eq!(
            format!("{:?}", Country::parse("cz").unwrap()),
            "Country(\"CZ\")"
        );
    }
}
