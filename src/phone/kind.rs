//! [`PhoneType`]: what kind of line a number is, per the metadata.

use std::fmt;

/// The type of a phone number, as libphonenumber's `PhoneNumberType` classifies it.
///
/// # Examples
///
/// ```
/// use contactkit::IntlPhone;
/// use contactkit::phone::PhoneType;
///
/// let phone = IntlPhone::parse("+1 650 253 0000")?;
/// // The US plan does not tell fixed lines from mobiles.
/// assert_eq!(phone.number_type(), PhoneType::FixedLineOrMobile);
/// assert_eq!(phone.number_type().as_str(), "FIXED_LINE_OR_MOBILE");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneType {
    /// Mobile numbers.
    Mobile,
    /// Fixed-line (landline) numbers.
    FixedLine,
    /// Numbers the plan does not tell apart (the US, Canada, ...).
    FixedLineOrMobile,
    /// Freephone numbers.
    TollFree,
    /// Premium-rate numbers.
    PremiumRate,
    /// Shared-cost numbers (cost split between caller and callee).
    SharedCost,
    /// Voice-over-IP numbers.
    Voip,
    /// Personal numbers, routed to a person's chosen line.
    PersonalNumber,
    /// Pager numbers.
    Pager,
    /// Universal access numbers (one number for a company's offices).
    Uan,
    /// Voicemail access numbers.
    Voicemail,
    /// A number that fits no type; never the type of a parsed [`IntlPhone`](crate::IntlPhone), since a valid
    /// number has a type.
    Unknown,
}

impl PhoneType {
    /// libphonenumber's name of the type, e.g. `FIXED_LINE_OR_MOBILE`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::phone::PhoneType;
    ///
    /// assert_eq!(PhoneType::TollFree.as_str(), "TOLL_FREE");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneType::Mobile => "MOBILE",
            PhoneType::FixedLine => "FIXED_LINE",
            PhoneType::FixedLineOrMobile => "FIXED_LINE_OR_MOBILE",
            PhoneType::TollFree => "TOLL_FREE",
            PhoneType::PremiumRate => "PREMIUM_RATE",
            PhoneType::SharedCost => "SHARED_COST",
            PhoneType::Voip => "VOIP",
            PhoneType::PersonalNumber => "PERSONAL_NUMBER",
            PhoneType::Pager => "PAGER",
            PhoneType::Uan => "UAN",
            PhoneType::Voicemail => "VOICEMAIL",
            PhoneType::Unknown => "UNKNOWN",
        }
    }
}

impl fmt::Display for PhoneType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
