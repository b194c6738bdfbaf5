//! [`Timestamp`]: an instant as JavaScript's `Date` holds it, read the way Joi's
//! `date()` reads strings and numbers.
//!
//! The BIK API's `createdAt`/`updatedAt` are "Date/string": clients send ISO 8601 text
//! or millisecond numbers, and the API answers with `toISOString()` text. No date
//! crate is needed for that: proleptic Gregorian arithmetic on days since the epoch
//! (Howard Hinnant's `days_from_civil`) is exact over ECMAScript's whole range.

use std::fmt;
use std::str::FromStr;

/// An instant as UTC milliseconds since the Unix epoch, in ECMAScript's date range
/// (|ms| ≤ 8.64e15): what a JavaScript `Date` holds.
///
/// `Display` prints JavaScript's `toISOString()`: `2024-03-07T10:00:00.000Z`, with a signed
/// six-digit year outside 0000–9999 (`+275760-09-13T00:00:00.000Z`). [`Timestamp::parse`]
/// reads that and every other form the date fields accept.
///
/// `Ord` is chronological (it compares the milliseconds), which is also the order of the
/// `toISOString()` text within years 0000–9999 but not outside them.
///
/// # Examples
///
/// ```
/// use contactkit::Timestamp;
///
/// let t = Timestamp::parse("2024-03-07T15:30:00.5+05:30")?;
/// assert_eq!(t.to_string(), "2024-03-07T10:00:00.500Z");
/// assert_eq!(t.as_millis(), 1_709_805_600_500);
/// assert_eq!(Timestamp::parse(&t.to_string())?, t);
/// assert_eq!(format!("{t:?}"), r#"Timestamp("2024-03-07T10:00:00.500Z")"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(i64);

/// Why text or a number is not a [`Timestamp`].
///
/// # Examples
///
/// ```
/// use contactkit::{Timestamp, TimestampError};
///
/// assert_eq!(Timestamp::parse("2024-02-30"), Err(TimestampError::NoSuchDate));
/// assert_eq!(TimestampError::NoSuchDate.to_string(), "timestamp: no such calendar date");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimestampError {
    /// Nothing to read, e.g. `""`.
    #[error("timestamp: empty")]
    Empty,
    /// Neither an ISO 8601 date(-time) nor a decimal number of milliseconds, e.g.
    /// `"yesterday"`, `"1e3"`, `"2024-1-5"`, `"2024-01-15T10:20:30+0200"`.
    #[error("timestamp: not an ISO 8601 date-time nor a number of milliseconds")]
    Syntax,
    /// A month or day that does not exist, e.g. `"2024-02-30"`, `"2024-13-01"`.
    #[error("timestamp: no such calendar date")]
    NoSuchDate,
    /// An hour, minute or second that does not exist, e.g. `"2024-01-01T25:00:00Z"`.
    #[error("timestamp: no such time of day")]
    NoSuchTime,
    /// A UTC offset beyond ±23:59, e.g. `"2024-01-01T10:00:00+24:00"`.
    #[error("timestamp: utc offset out of range")]
    OffsetOutOfRange,
    /// Outside ECMAScript's ±8.64e15 ms, or not finite, e.g. `"8640000000000001"`.
    #[error("timestamp: outside the ecmascript date range")]
    OutOfRange,
}

const MAX_MILLIS: i64 = 8_640_000_000_000_000;
const MILLIS_PER_DAY: i64 = 86_400_000;

impl Timestamp {
    /// Reads a date the way the date fields do (Joi's conversion, minus V8's leniency).
    ///
    /// Accepted, in this order:
    /// - a decimal string `^[+-]?\d+(\.\d+)?$`: milliseconds, truncated toward zero
    ///   (`"1700000000000"`, `"-1.5"`, and so also `"2024"`, 2024 ms, as in Joi);
    /// - the ECMAScript date-time format (ISO 8601 extended, RFC 3339): `YYYY-MM` or
    ///   `YYYY-MM-DD`, optionally followed by `T` (or `t` or one space), `HH:mm`, optional
    ///   `:ss` and `.fraction` (any number of digits, truncated to milliseconds), and an
    ///   optional `Z`/`z` or `±HH:mm` offset. Years are four digits or a sign and six digits
    ///   (`+275760`). `24:00` is the end of the day. Without an offset the time is UTC.
    ///
    /// # Errors
    ///
    /// - [`TimestampError::Empty`] for `""`;
    /// - [`TimestampError::Syntax`] for anything else, e.g. `"1e3"`, `"March 7, 2024"`,
    ///   `" 2024-01-15"` (no trimming), `"2024-01-15T10:00:00+0530"`;
    /// - [`TimestampError::NoSuchDate`] for `"2024-02-30"`, `"2023-02-29"`, `"2024-00-10"`;
    /// - [`TimestampError::NoSuchTime`] for `"2024-01-01T25:00:00Z"`, `"2024-01-01T23:59:60Z"`;
    /// - [`TimestampError::OffsetOutOfRange`] for `"2024-01-01T10:00+24:00"`;
    /// - [`TimestampError::OutOfRange`] beyond ±8.64e15 ms, e.g. `"8640000000000001"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{Timestamp, TimestampError};
    ///
    /// assert_eq!(Timestamp::parse("1970-01-02")?.as_millis(), 86_400_000);
    /// assert_eq!(Timestamp::parse("1700000000000")?.as_millis(), 1_700_000_000_000);
    /// assert_eq!(Timestamp::parse("2024-01-15 10:20:30.123456Z")?.to_string(), "2024-01-15T10:20:30.123Z");
    /// assert_eq!(Timestamp::parse("2024-01-32"), Err(TimestampError::NoSuchDate));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, TimestampError> {
        if input.is_empty() {
            return Err(TimestampError::Empty);
        }
        if is_decimal(input) {
            // `parseFloat` of a decimal string, then `new Date(number)`; Rust's parser is
            // correctly rounded as ECMAScript's is.
            let millis = input.parse::<f64>().map_err(|_| TimestampError::Syntax)?;
            return Timestamp::from_js_millis(millis);
        }
        parse_iso(input.as_bytes())
    }

    /// The instant `millis` milliseconds after 1970-01-01T00:00:00Z.
    ///
    /// # Errors
    ///
    /// [`TimestampError::OutOfRange`] when |`millis`| > 8.64e15, e.g. `i64::MAX`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Timestamp;
    ///
    /// assert_eq!(Timestamp::from_millis(0)?.to_string(), "1970-01-01T00:00:00.000Z");
    /// assert!(Timestamp::from_millis(8_640_000_000_000_001).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_millis(millis: i64) -> Result<Self, TimestampError> {
        if (-MAX_MILLIS..=MAX_MILLIS).contains(&millis) {
            Ok(Timestamp(millis))
        } else {
            Err(TimestampError::OutOfRange)
        }
    }

    /// JavaScript's `new Date(number)`: finite, |n| ≤ 8.64e15, truncated toward zero.
    ///
    /// # Errors
    ///
    /// [`TimestampError::OutOfRange`] for NaN, infinities and |n| > 8.64e15.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Timestamp;
    ///
    /// assert_eq!(Timestamp::from_js_millis(-1.9)?.as_millis(), -1);
    /// assert!(Timestamp::from_js_millis(f64::NAN).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_js_millis(millis: f64) -> Result<Self, TimestampError> {
        // TimeClip (ECMA-262 §21.4.1.31): the bound is exact in f64, and so is the
        // truncated value (|n| < 2^53).
        if millis.is_finite() && millis.abs() <= MAX_MILLIS as f64 {
            Ok(Timestamp(millis.trunc() as i64))
        } else {
            Err(TimestampError::OutOfRange)
        }
    }

    /// Milliseconds since 1970-01-01T00:00:00Z (negative before).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Timestamp;
    ///
    /// assert_eq!(Timestamp::parse("1969-12-31T23:59:59.999Z")?.as_millis(), -1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_millis(self) -> i64 {
        self.0
    }
}

// The `toISOString()` text, not the milliseconds: `Timestamp("2024-03-07T10:00:00.000Z")`
// reads at a glance where `Timestamp(1709805600000)` does not. The text never needs
// escaping, so it is written without an intermediate `String`.
impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp(\"{self}\")")
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.iso().as_str())
    }
}

/// A timestamp's ISO 8601 text on the stack: `Date.prototype.toISOString`'s form, at most
/// 27 bytes (`+275760-09-13T00:00:00.000Z`). Written digit by digit: `write!` with
/// padding costs several times more, and every serialized date goes through here.
pub(crate) struct IsoText {
    buf: [u8; 27],
    len: usize,
}

impl IsoText {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and `+-:.TZ` are written.
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    /// `value` in exactly `width` decimal digits (the caller keeps it below 10^width).
    fn digits(&mut self, value: u64, width: u32) {
        for place in (0..width).rev() {
            // A digit is below 10, so the cast cannot truncate.
            self.push(b'0' + (value / 10u64.pow(place) % 10) as u8);
        }
    }
}

impl Timestamp {
    pub(crate) fn iso(&self) -> IsoText {
        let days = self.0.div_euclid(MILLIS_PER_DAY);
        // `rem_euclid` of a positive divisor is in 0..MILLIS_PER_DAY.
        let ms = self.0.rem_euclid(MILLIS_PER_DAY).unsigned_abs();
        let (year, month, day) = civil_from_days(days);
        let mut text = IsoText {
            buf: [0; 27],
            len: 0,
        };
        // Date.prototype.toISOString: four-digit years in 0..=9999, else six and a sign.
        if (0..=9999).contains(&year) {
            text.digits(year.unsigned_abs(), 4);
        } else {
            text.push(if year < 0 { b'-' } else { b'+' });
            text.digits(year.unsigned_abs(), 6);
        }
        text.push(b'-');
        text.digits(month.into(), 2);
        text.push(b'-');
        text.digits(day.into(), 2);
        text.push(b'T');
        text.digits(ms / 3_600_000, 2);
        text.push(b':');
        text.digits(ms / 60_000 % 60, 2);
        text.push(b':');
        text.digits(ms / 1000 % 60, 2);
        text.push(b'.');
        text.digits(ms % 1000, 3);
        text.push(b'Z');
        text
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Timestamp::parse(s)
    }
}

impl TryFrom<&str> for Timestamp {
    type Error = TimestampError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Timestamp::parse(s)
    }
}

/// Joi's number-string test `^[+-]?\d+(\.\d+)?$`.
fn is_decimal(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day number (H. Hinnant, `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The ECMAScript date-time string format (ECMA-262 §21.4.1.32) with RFC 3339's lower-case
/// `t`/`z` and space separator.
fn parse_iso(s: &[u8]) -> Result<Timestamp, TimestampError> {
    use TimestampError::{NoSuchDate, NoSuchTime, OffsetOutOfRange, Syntax};

    let mut at = 0;
    let number = |at: &mut usize, width: usize| -> Result<i64, TimestampError> {
        let digits = s.get(*at..*at + width).ok_or(Syntax)?;
        let mut n = 0i64;
        for &d in digits {
            if !d.is_ascii_digit() {
                return Err(Syntax);
            }
            n = n * 10 + i64::from(d - b'0');
        }
        *at += width;
        Ok(n)
    };
    let expect = |at: &mut usize, byte: u8| -> Result<(), TimestampError> {
        if s.get(*at) == Some(&byte) {
            *at += 1;
            Ok(())
        } else {
            Err(Syntax)
        }
    };

    let year = match s.first() {
        Some(&sign @ (b'+' | b'-')) => {
            at = 1;
            let year = number(&mut at, 6)?;
            if sign == b'-' && year == 0 {
                return Err(Syntax); // "-000000" is not allowed (ECMA-262)
            }
            if sign == b'-' {
                -year
            } else {
                year
            }
        }
        _ => number(&mut at, 4)?,
    };
    expect(&mut at, b'-')?;
    let month = number(&mut at, 2)? as u32;
    let day = if s.get(at) == Some(&b'-') {
        at += 1;
        number(&mut at, 2)? as u32
    } else {
        1
    };
    let mut millis = 0i64;
    let mut offset = 0i64;
    if at < s.len() {
        if !matches!(s.get(at), Some(b'T' | b't' | b' ')) {
            return Err(Syntax);
        }
        at += 1;
        let hour = number(&mut at, 2)?;
        expect(&mut at, b':')?;
        let minute = number(&mut at, 2)?;
        let mut second = 0;
        let mut fraction = 0;
        if s.get(at) == Some(&b':') {
            at += 1;
            second = number(&mut at, 2)?;
            if s.get(at) == Some(&b'.') {
                at += 1;
                let start = at;
                while s.get(at).is_some_and(u8::is_ascii_digit) {
                    // The first three digits are the milliseconds; the rest is truncated.
                    if at - start < 3 {
                        fraction = fraction * 10 + i64::from(s.get(at).map_or(0, |d| d - b'0'));
                    }
                    at += 1;
                }
                match at - start {
                    0 => return Err(Syntax),
                    1 => fraction *= 100,
                    2 => fraction *= 10,
                    _ => {}
                }
            }
        }
        match s.get(at) {
            None => {}
            Some(b'Z' | b'z') => at += 1,
            Some(&sign @ (b'+' | b'-')) => {
                at += 1;
                let oh = number(&mut at, 2)?;
                expect(&mut at, b':')?;
                let om = number(&mut at, 2)?;
                if oh > 23 || om > 59 {
                    return Err(OffsetOutOfRange);
                }
                offset = (oh * 60 + om) * 60_000 * if sign == b'-' { -1 } else { 1 };
            }
            Some(_) => return Err(Syntax),
        }
        if at != s.len() {
            return Err(Syntax);
        }
        let end_of_day = hour == 24 && minute == 0 && second == 0 && fraction == 0;
        if (hour > 23 && !end_of_day) || minute > 59 || second > 59 {
            return Err(NoSuchTime);
        }
        millis = ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
    }
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(NoSuchDate);
    }
    Timestamp::from_millis(days_from_civil(year, month, day) * MILLIS_PER_DAY + millis - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [
            -719_468,
            -1,
            0,
            1,
            10_957,
            19_783,
            2_932_896,
            -100_000_000,
            100_000_000,
        ] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
    }

    #[test]
    fn iso_display_matches_to_iso_string() {
        let cases = [
            (0, "1970-01-01T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (1_709_805_600_000, "2024-03-07T10:00:00.000Z"),
            (MAX_MILLIS, "+275760-09-13T00:00:00.000Z"),
            (-MAX_MILLIS, "-271821-04-20T00:00:00.000Z"),
            (-62_167_219_200_000, "0000-01-01T00:00:00.000Z"),
            (-62_167_219_200_001, "-000001-12-31T23:59:59.999Z"),
            (253_402_300_800_000, "+010000-01-01T00:00:00.000Z"),
        ];
        for (ms, text) in cases {
            let t = Timestamp::from_millis(ms).unwrap_or_else(|e| panic!("{ms}: {e}"));
            assert_eq!(t.to_string(), text);
            assert_eq!(Timestamp::parse(text), Ok(t), "{text}");
        }
    }

    #[test]
    fn decimal_test_is_joi_regex() {
        for (s, yes) in [
            ("0", true),
            ("+1", true),
            ("-1.5", true),
            ("007", true),
            ("1.", false),
            (".5", false),
            ("1e3", false),
            ("", false),
            ("+", false),
            ("1.2.3", false),
            (" 1", false),
            ("0x10", false),
        ] {
            assert_eq!(is_decimal(s), yes, "{s:?}");
        }
    }
}
