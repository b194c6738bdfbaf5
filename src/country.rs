//! ISO 3166-1 countries: [`Country`] and [`CountryError`].
//!
//! The table is generated from pycountry's ISO 3166-1 database (the project's
//! oracle) by `scripts/gen_country_table.py`; see `country/table.rs`. Its
//! version is [`DATA_VERSION`]; `scripts/regenerate.sh` regenerates it.

use core::cmp::Ordering;
use core::fmt;

mod table;

pub use table::DATA_VERSION;
use table::{
    ALPHA2, ALPHA3, BY_ALPHA3, COUNT, NAMES, NAME_COUNTRY, NAME_STARTS, NUMERIC, SHORT_NAME,
};

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
                search(COUNT, |i| cmp_upper(alpha2(i), b)).and_then(|i| u8::try_from(i).ok())
            } else {
                BY_ALPHA3
                    .binary_search_by(|&i| cmp_upper(alpha3(usize::from(i)), b))
                    .ok()
                    .and_then(|k| BY_ALPHA3.get(k).copied())
            };
            return found.map(Country).ok_or(CountryError::UnknownCode);
        }
        // Names: lower-case both sides lazily while binary searching.
        search(NAME_COUNTRY.len(), |k| {
            lowercase(spelling(k)).cmp(lowercase(s))
        })
        .and_then(|k| NAME_COUNTRY.get(k))
        .map(|&i| Country(i))
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
        alpha2(self.index())
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
        alpha2(self.index())
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
        alpha3(self.index())
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
        spelling(usize::from(SHORT_NAME[self.index()]))
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
        NUMERIC[self.index()]
    }

    /// The index into the generated tables. In bounds for all of them: only
    /// `parse` builds a `Country`, from an index below `COUNT` (one found in,
    /// or stored in, the tables generated together).
    fn index(self) -> usize {
        usize::from(self.0)
    }
}

// The generated tables hold each field as one string or array (no `&str` per
// entry: in wasm32 data each costs 8 bytes of pointer and length); these read
// one entry. The strings are ASCII except `NAMES`, whose `NAME_STARTS` are char
// boundaries (all checked by the tests below).

/// Country `i`'s alpha-2 code.
fn alpha2(i: usize) -> &'static str {
    &ALPHA2[2 * i..2 * i + 2]
}

/// Country `i`'s alpha-3 code.
fn alpha3(i: usize) -> &'static str {
    &ALPHA3[3 * i..3 * i + 3]
}

/// Spelling `k` of `NAMES`, in its original case.
fn spelling(k: usize) -> &'static str {
    &NAMES[usize::from(NAME_STARTS[k])..usize::from(NAME_STARTS[k + 1])]
}

/// `s` lower-cased a char at a time, as the generator sorted the names.
fn lowercase(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// Binary search over the indexes `0..len`, ordered by `cmp` (which compares
/// entry `i` with the key): the index of an `Equal` entry.
fn search(len: usize, cmp: impl Fn(usize) -> Ordering) -> Option<usize> {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match cmp(mid) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Some(mid),
        }
    }
    None
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
        assert_eq!(COUNT, 249);
        assert_eq!(ALPHA2.len(), 2 * COUNT);
        assert_eq!(ALPHA3.len(), 3 * COUNT);
        assert!(ALPHA2
            .bytes()
            .chain(ALPHA3.bytes())
            .all(|b| b.is_ascii_uppercase()));
        assert_eq!((NUMERIC.len(), SHORT_NAME.len()), (COUNT, COUNT));
        assert!((1..COUNT).all(|i| alpha2(i - 1) < alpha2(i)));
        let mut seen = [false; 249];
        for w in BY_ALPHA3.windows(2) {
            assert!(alpha3(usize::from(w[0])) < alpha3(usize::from(w[1])));
        }
        for &i in &BY_ALPHA3 {
            seen[usize::from(i)] = true;
        }
        assert!(seen.iter().all(|&s| s), "BY_ALPHA3 is a permutation");
        assert_eq!(NAME_STARTS.len(), NAME_COUNTRY.len() + 1);
        assert_eq!(NAME_STARTS.first(), Some(&0));
        assert_eq!(
            NAME_STARTS.last().map(|&n| usize::from(n)),
            Some(NAMES.len())
        );
        assert!(NAME_STARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(NAME_STARTS
            .iter()
            .all(|&n| NAMES.is_char_boundary(usize::from(n))));
        assert!(NAME_COUNTRY.iter().all(|&i| usize::from(i) < COUNT));
        let lower = |k| lowercase(spelling(k)).collect::<String>();
        assert!((1..NAME_COUNTRY.len()).all(|k| lower(k - 1) < lower(k)));
        for (i, &k) in SHORT_NAME.iter().enumerate() {
            assert_eq!(usize::from(NAME_COUNTRY[usize::from(k)]), i);
        }
    }

    #[test]
    fn tables_match_the_source_records() {
        // The generator also emits the records it encodes (test builds only).
        assert_eq!(table::lists::RECORDS.len(), COUNT);
        for (i, &(a2, a3, numeric, name)) in table::lists::RECORDS.iter().enumerate() {
            let c = Country(u8::try_from(i).unwrap());
            assert_eq!(
                (c.alpha2(), c.alpha3(), c.numeric(), c.name()),
                (a2, a3, numeric, name)
            );
        }
        assert_eq!(table::lists::SPELLINGS.len(), NAME_COUNTRY.len());
        for (k, &(low, i)) in table::lists::SPELLINGS.iter().enumerate() {
            // The search lower-cases with Rust's rules; the generator sorted with
            // Python's `str.lower`. They must agree on every name.
            assert_eq!(lowercase(spelling(k)).collect::<String>(), low);
            assert_eq!(NAME_COUNTRY[k], i, "{low}");
        }
    }

    #[test]
    fn every_record_round_trips() {
        for (i, &(a2, a3, _, name)) in table::lists::RECORDS.iter().enumerate() {
            let c = Country(u8::try_from(i).unwrap());
            assert_eq!(Country::parse(a2), Ok(c));
            assert_eq!(Country::parse(&a2.to_lowercase()), Ok(c));
            assert_eq!(Country::parse(a3), Ok(c));
            assert_eq!(Country::parse(&a3.to_lowercase()), Ok(c));
            assert_eq!(Country::parse(name), Ok(c));
            assert_eq!(Country::parse(&name.to_uppercase()), Ok(c), "{name}");
        }
        for &(low, i) in &table::lists::SPELLINGS {
            assert_eq!(Country::parse(low), Ok(Country(i)), "{low}");
            assert_eq!(Country::parse(&low.to_uppercase()), Ok(Country(i)), "{low}");
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
