//! The local part: dot-atom syntax (UTF-8 allowed), safe characters, NFC and case.

use super::*;

// Local part

/// A checked local part.
pub(super) struct LocalPart<'a> {
    /// NFC, lowercase.
    pub(super) canonical: Cow<'a, str>,
    /// The longer of the NFC and canonical forms, in octets, for the total limit.
    pub(super) longest: usize,
}

/// RFC 5322 §3.2.3 `atext`, ASCII only.
pub(super) fn is_atext(b: u8) -> bool {
    ATEXT.get(usize::from(b)).copied().unwrap_or(false)
}

/// Lookup table for [`is_atext`]: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
pub(super) const ATEXT: [bool; 256] = {
    let mut table = [false; 256];
    let specials = b"!#$%&'*+-/=?^_`{|}~";
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = true;
        i += 1;
    }
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = true;
        }
        b += 1;
    }
    table
};

pub(super) fn check_local(raw: &str) -> Result<LocalPart<'_>, EmailError> {
    if raw.is_ascii() {
        // ASCII is NFC already and lowercases in place: no Unicode work.
        check_local_chars(raw)?;
        if raw.len() > MAX_LOCAL_PART {
            return Err(EmailError::LocalPartTooLong {
                max: MAX_LOCAL_PART,
            });
        }
        return Ok(LocalPart {
            canonical: lowercase_ascii(raw),
            longest: raw.len(),
        });
    }

    // RFC 6532 §3.1 asks for NFC; the normalized text must pass the same rules
    // (U+037E GREEK QUESTION MARK becomes ';').
    check_local_chars(raw)?;
    let nfc = to_nfc(raw);
    if let Cow::Owned(normalized) = &nfc {
        check_local_chars(normalized)?;
    }
    if nfc.len() > MAX_LOCAL_PART {
        return Err(EmailError::LocalPartTooLong {
            max: MAX_LOCAL_PART,
        });
    }
    let nfc_len = nfc.len();
    let lower = nfc.to_lowercase();
    let canonical = if lower == *nfc {
        nfc
    } else {
        // Lowercasing can grow the text (U+0130 becomes "i\u{307}") and, rarely,
        // leave it unnormalized; the canonical form must itself parse.
        let canonical = to_nfc(&lower).into_owned();
        check_local_chars(&canonical)?;
        if canonical.len() > MAX_LOCAL_PART {
            return Err(EmailError::LocalPartTooLong {
                max: MAX_LOCAL_PART,
            });
        }
        Cow::Owned(canonical)
    };
    Ok(LocalPart {
        longest: nfc_len.max(canonical.len()),
        canonical,
    })
}

/// Character and dot rules of a local part. Invalid ASCII characters are reported
/// first, then dot placement, then unsafe non-ASCII characters.
pub(super) fn check_local_chars(s: &str) -> Result<(), EmailError> {
    let mut unsafe_char = None;
    if s.is_ascii() {
        if let Some(i) = s.bytes().position(|b| b != b'.' && !is_atext(b)) {
            let ch = char::from(s.as_bytes().get(i).copied().unwrap_or_default());
            return Err(EmailError::InvalidLocalCharacter {
                ch,
                position: i + 1,
            });
        }
    } else {
        for (index, ch) in s.chars().enumerate() {
            let position = index + 1;
            if ch.is_ascii() {
                if ch != '.' && !is_atext(ch as u8) {
                    return Err(EmailError::InvalidLocalCharacter { ch, position });
                }
            } else if unsafe_char.is_none() && is_unsafe(ch, index == 0) {
                unsafe_char = Some(EmailError::UnsafeCharacter { ch, position });
            }
        }
    }
    if s.ends_with('.') {
        return Err(EmailError::TrailingDot);
    }
    if s.starts_with('.') {
        return Err(EmailError::LeadingDot);
    }
    if s.contains("..") {
        return Err(EmailError::ConsecutiveDots);
    }
    unsafe_char.map_or(Ok(()), Err)
}
