//! [`Region`]: a region whose phone numbering plan libphonenumber's metadata describes,
//! the default region [`IntlPhone::parse_with_region`](super::IntlPhone::parse_with_region)
//! reads national numbers in.

use super::{metadata, PhoneError};
use crate::Country;

/// A two-letter region code with phone metadata, e.g. `IN`, printed in upper case.
///
/// These are the 245 regions of libphonenumber's metadata 9.0.43: the ISO 3166-1
/// countries except the seven without a numbering plan of their own (`AQ`, `BV`, `GS`,
/// `HM`, `PN`, `TF`, `UM`), plus `AC` (Ascension Island), `TA` (Tristan da Cunha) and
/// `XK` (Kosovo). libphonenumber's `001`, its label for non-geographic calling codes
/// (`+800`, `+882`, ...), is not a region: no national number is read in it.
///
/// Parsing the region once, where it is configured, means reading a number can no
/// longer fail because of it. `Region` is `Copy` (two bytes); `Ord` compares the code
/// (`CZ` < `GB` < `IN`), and `Debug` shows it: `Region("IN")`.
///
/// # Examples
///
/// ```
/// use contactkit::{IntlPhone, Region};
///
/// let india = Region::parse("in")?;
/// assert_eq!(india.as_str(), "IN");
/// assert_eq!(format!("{india:?}"), r#"Region("IN")"#);
///
/// let phone = IntlPhone::parse_with_region("090909 09090", india)?;
/// assert_eq!(phone.as_str(), "+91 9090909090");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region([u8; 2]);

impl Region {
    /// India, BIK's region and the default of the BIK model's
    /// [`Options::default_region`](crate::user_properties::Options::default_region).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit::Region::IN.as_str(), "IN");
    /// ```
    pub const IN: Region = Region(*b"IN");

    /// Parses a two-letter region code with phone metadata, in any letter case.
    ///
    /// Exactly two ASCII letters: nothing is trimmed, and names, three-letter codes and
    /// `001` are not accepted (the rule `parse_with_region` applied to its `&str` region
    /// in 0.1).
    ///
    /// # Errors
    ///
    /// [`PhoneError::UnknownRegion`] for `""`, `"XX"`, `"AQ"` (Antarctica has no
    /// numbering plan), `"001"`, `"IND"`, `"india"`, `" IN"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{PhoneError, Region};
    ///
    /// assert_eq!(Region::parse("Gb")?.as_str(), "GB");
    /// assert_eq!(Region::parse("XK")?.as_str(), "XK");
    ///
    /// let err = Region::parse("001").unwrap_err();
    /// assert_eq!(err, PhoneError::UnknownRegion);
    /// assert_eq!(err.to_string(), "phone: unknown region code");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        <[u8; 2]>::try_from(input.as_bytes())
            .ok()
            .filter(|c| c.iter().all(u8::is_ascii_alphabetic))
            .map(|c| c.map(|b| b.to_ascii_uppercase()))
            .filter(|&c| metadata::plans().has_region(c))
            .map(Region)
            .ok_or(PhoneError::UnknownRegion)
    }

    /// The upper-case code, e.g. `"IN"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Region;
    ///
    /// assert_eq!(Region::parse("cz")?.as_str(), "CZ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Two ASCII letters: `parse` stores nothing else.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The code as bytes, for the metadata lookup.
    pub(super) fn code(self) -> [u8; 2] {
        self.0
    }
}

crate::macros::impl_text_newtype!(Region, PhoneError);
crate::macros::impl_debug_as_text!(Region);

/// The country's numbering plan, for the 242 countries that have one.
///
/// # Examples
///
/// ```
/// use contactkit::{Country, PhoneError, Region};
///
/// let region = Region::try_from(Country::parse("Czechia")?)?;
/// assert_eq!(region.as_str(), "CZ");
///
/// let antarctica = Country::parse("AQ")?;
/// assert_eq!(Region::try_from(antarctica), Err(PhoneError::UnknownRegion));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl TryFrom<Country> for Region {
    type Error = PhoneError;

    fn try_from(country: Country) -> Result<Self, Self::Error> {
        Region::parse(country.alpha2())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_case_is_ignored_and_nothing_else_is_accepted() {
        for good in ["in", "In", "iN", "IN"] {
            assert_eq!(
                Region::parse(good).map(|r| r.code()),
                Ok(*b"IN"),
                "{good:?}"
            );
        }
        for bad in [
            "", "I", "IND", "001", "XX", "ZZ", "I\u{0}", " IN", "IN ", "ÍN",
        ] {
            assert_eq!(
                Region::parse(bad),
                Err(PhoneError::UnknownRegion),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn every_region_has_a_territory() {
        let mut count = 0;
        for code in metadata::plans().region_codes() {
            count += 1;
            let text = std::str::from_utf8(&code).unwrap();
            let region = Region::parse(text).unwrap();
            assert_eq!(region.as_str(), text);
            assert!(metadata::plans().region(region.code()).is_some(), "{text}");
        }
        assert_eq!(count, 245);
    }
}
