//! The domain: IDNA 2008 (UTS 46 mapping, label rules, CONTEXTO, bidi) and the
//! special-use names.

use super::*;

// Domain

/// A checked domain.
pub(super) struct DomainPart<'a> {
    /// U-labels, lowercase, NFC.
    pub(super) unicode: Cow<'a, str>,
    /// A-labels, when different from `unicode`.
    pub(super) ascii: Option<String>,
}

/// Positions in errors count from 1 at the domain's start; the caller shifts them.
pub(super) fn check_domain(raw: &str) -> Result<DomainPart<'_>, EmailError> {
    if raw.is_empty() {
        return Err(EmailError::EmptyDomain);
    }
    if raw.starts_with('[') && raw.ends_with(']') {
        return Err(EmailError::DomainLiteral);
    }

    let mapped: Cow<'_, str> = if raw.is_ascii() {
        if let Some(i) = raw.bytes().position(|b| !is_host_byte(b)) {
            let ch = char::from(raw.as_bytes().get(i).copied().unwrap_or_default());
            return Err(EmailError::InvalidDomainCharacter {
                ch,
                position: i + 1,
            });
        }
        // UTS 46 maps ASCII to lowercase and nothing else.
        lowercase_ascii(raw)
    } else {
        Cow::Owned(map_unicode_domain(raw)?)
    };

    // Host name syntax (RFC 952, RFC 1123 §2.1) on the mapped text, since the
    // mapping can produce dots (U+3002 IDEOGRAPHIC FULL STOP) and hyphens.
    if mapped.ends_with('.') || mapped.starts_with('.') || mapped.contains("..") {
        return Err(EmailError::EmptyLabel);
    }
    if mapped.ends_with('-')
        || mapped.starts_with('-')
        || mapped.contains(".-")
        || mapped.contains("-.")
    {
        return Err(EmailError::LabelHyphen);
    }
    if mapped.split('.').any(has_reserved_hyphens) {
        return Err(EmailError::ReservedLabel);
    }

    let is_idn = !mapped.is_ascii() || mapped.split('.').any(|l| l.starts_with("xn--"));
    if !is_idn {
        if mapped.split('.').any(|l| l.len() > MAX_LABEL) {
            return Err(EmailError::LabelTooLong { max: MAX_LABEL });
        }
        check_registered_name(&mapped)?;
        return Ok(DomainPart {
            unicode: mapped,
            ascii: None,
        });
    }

    let mut unicode = String::with_capacity(mapped.len());
    let mut ascii = String::with_capacity(mapped.len() + 16);
    for (n, label) in mapped.split('.').enumerate() {
        if n > 0 {
            unicode.push('.');
            ascii.push('.');
        }
        if label.is_ascii() {
            if label.len() > MAX_LABEL {
                return Err(EmailError::LabelTooLong { max: MAX_LABEL });
            }
            match label.strip_prefix("xn--") {
                Some(puny) => unicode.push_str(&decode_a_label(puny)?),
                None => unicode.push_str(label),
            }
            ascii.push_str(label);
        } else {
            check_u_label(label)?;
            let puny = idna::punycode::encode_str(label).ok_or(EmailError::InvalidDomain)?;
            if puny.len() + 4 > MAX_LABEL {
                return Err(EmailError::LabelTooLong { max: MAX_LABEL });
            }
            unicode.push_str(label);
            ascii.push_str("xn--");
            ascii.push_str(&puny);
        }
    }
    check_registered_name(&ascii)?;
    check_bidi_domain(&unicode)?;
    Ok(DomainPart {
        unicode: Cow::Owned(unicode),
        ascii: Some(ascii),
    })
}

/// RFC 952 host name characters: letters, digits, `-`, `.`.
pub(super) fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// Checks a domain with non-ASCII characters and applies the UTS 46 mapping
/// (non-transitional, no STD3 rules, then NFC).
pub(super) fn map_unicode_domain(raw: &str) -> Result<String, EmailError> {
    // As typed: host name characters or non-ASCII (RFC 6531 §3.3) ...
    let mut unsafe_char = None;
    let mut dotted = None;
    for (index, ch) in raw.chars().enumerate() {
        let position = index + 1;
        if ch.is_ascii() {
            if !is_host_byte(ch as u8) {
                return Err(EmailError::InvalidDomainCharacter { ch, position });
            }
        } else {
            if unsafe_char.is_none() && is_unsafe(ch, index == 0) {
                unsafe_char = Some(EmailError::UnsafeCharacter { ch, position });
            }
            if dotted.is_none() && decomposes_to_dot(ch) {
                dotted = Some(EmailError::InvalidDomainCharacter { ch, position });
            }
        }
    }
    if let Some(err) = unsafe_char.or(dotted) {
        return Err(err);
    }

    // ... and after mapping, since the mapping can produce ASCII that is not a host
    // name character (U+037E becomes ';', U+FF3F becomes '_'). Disallowed code
    // points come out as U+FFFD.
    let mapped: String = Uts46MapperBorrowed::new()
        .map_normalize(raw.chars())
        .collect();
    for (index, ch) in mapped.chars().enumerate() {
        if ch == '\u{FFFD}' {
            return Err(EmailError::InvalidDomain);
        }
        if ch.is_ascii() && !is_host_byte(ch as u8) {
            return Err(EmailError::InvalidDomainCharacter {
                ch,
                position: index + 1,
            });
        }
    }
    Ok(mapped)
}

/// Characters whose decomposition contains U+002E FULL STOP (such as U+2488 DIGIT
/// ONE FULL STOP): mapping them would add a label separator the user never typed.
/// U+FF0E FULLWIDTH FULL STOP is a real separator and is allowed.
pub(super) fn decomposes_to_dot(c: char) -> bool {
    matches!(
        c,
        '\u{2024}'..='\u{2026}'
            | '\u{2488}'..='\u{249B}'
            | '\u{33C2}'
            | '\u{33C7}'
            | '\u{33D8}'
            | '\u{FE52}'
            | '\u{1F100}'
    )
}

/// RFC 5891 §4.2.3.1 via RFC 5890: `??--` labels are reserved unless they are
/// `xn--` A-labels.
pub(super) fn has_reserved_hyphens(label: &str) -> bool {
    let mut chars = label.chars();
    let (a, b, c, d) = (chars.next(), chars.next(), chars.next(), chars.next());
    c == Some('-')
        && d == Some('-')
        && !(a.is_some_and(|a| a.eq_ignore_ascii_case(&'x'))
            && b.is_some_and(|b| b.eq_ignore_ascii_case(&'n')))
}

/// Rules on the registered name, in A-label form: two labels or more, a TLD that
/// ends with a letter, not special-use.
pub(super) fn check_registered_name(ascii: &str) -> Result<(), EmailError> {
    let Some((_, tld)) = ascii.rsplit_once('.') else {
        // ICANN prohibits dotless domains (2013); nobody has mail at a bare TLD.
        return Err(EmailError::SingleLabelDomain);
    };
    // Every TLD in the root zone ends with a letter (A-labels included).
    if !tld.bytes().last().is_some_and(|b| b.is_ascii_alphabetic()) {
        return Err(EmailError::InvalidTld);
    }
    // The special-use names are all single labels, so "the name or a subdomain of
    // it" means "the TLD is the name".
    if SPECIAL_USE_DOMAINS.contains(&tld) {
        return Err(EmailError::SpecialUseDomain);
    }
    Ok(())
}

/// Decodes the Punycode of an `xn--` label and checks the result (RFC 5891 §5.3).
pub(super) fn decode_a_label(puny: &str) -> Result<String, EmailError> {
    if puny.is_empty() || puny.ends_with('-') {
        return Err(EmailError::InvalidDomain);
    }
    let label = idna::punycode::decode_to_string(puny).ok_or(EmailError::InvalidDomain)?;
    // Only the canonical encoding of a U-label is an A-label.
    if idna::punycode::encode_str(&label).as_deref() != Some(puny) {
        return Err(EmailError::InvalidDomain);
    }
    check_u_label(&label)?;
    Ok(label)
}

/// IDNA 2008 label rules (RFC 5891 §4.2.3, RFC 5892): NFC, hyphen placement, no
/// leading combining mark, and only PVALID code points or CONTEXTO ones in their
/// required context. CONTEXTJ code points (the zero-width joiners) are rejected:
/// they are format characters, unsafe anywhere in an address.
pub(super) fn check_u_label(label: &str) -> Result<(), EmailError> {
    if label.is_empty() || !is_nfc(label) {
        return Err(EmailError::InvalidDomain);
    }
    // No exemption for `xn`: a U-label is never an A-label.
    let mut chars = label.chars().skip(2);
    if chars.next() == Some('-') && chars.next() == Some('-') {
        return Err(EmailError::ReservedLabel);
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(EmailError::LabelHyphen);
    }
    if label.chars().next().is_some_and(is_mark) {
        return Err(EmailError::InvalidDomain);
    }
    let mut chars: Option<Vec<char>> = None;
    for (pos, c) in label.chars().enumerate() {
        match idna2008_class(c) {
            Idna2008::PValid => {}
            Idna2008::ContextO => {
                let chars = chars.get_or_insert_with(|| label.chars().collect());
                if !contexto_ok(chars, pos) {
                    return Err(EmailError::InvalidDomain);
                }
            }
            Idna2008::ContextJ | Idna2008::Disallowed | Idna2008::Unassigned => {
                return Err(EmailError::InvalidDomain);
            }
        }
    }
    Ok(())
}

/// The IDNA 2008 derived property of a code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Idna2008 {
    PValid,
    ContextJ,
    ContextO,
    Disallowed,
    Unassigned,
}

/// Derives the IDNA 2008 property with the algorithm of RFC 5892 §3 from the
/// Unicode properties in `icu_properties` (the data `idna` already links), so the
/// table follows the same Unicode version as the UTS 46 mapping.
pub(super) fn idna2008_class(c: char) -> Idna2008 {
    // (F) Exceptions, RFC 5892 §2.6.
    match c {
        '\u{00DF}' | '\u{03C2}' | '\u{06FD}' | '\u{06FE}' | '\u{0F0B}' | '\u{3007}' => {
            return Idna2008::PValid;
        }
        '\u{00B7}'
        | '\u{0375}'
        | '\u{05F3}'
        | '\u{05F4}'
        | '\u{30FB}'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}' => return Idna2008::ContextO,
        '\u{0640}'
        | '\u{07FA}'
        | '\u{302E}'
        | '\u{302F}'
        | '\u{3031}'..='\u{3035}'
        | '\u{303B}' => return Idna2008::Disallowed,
        _ => {}
    }
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    let noncharacter = CodePointSetData::new::<NoncharacterCodePoint>().contains(c);
    // (J) Unassigned.
    if gc == GeneralCategory::Unassigned && !noncharacter {
        return Idna2008::Unassigned;
    }
    // (H) LDH and JoinControl.
    if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
        return Idna2008::PValid;
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return Idna2008::ContextJ;
    }
    // (B) Unstable: NFKC_Casefold(c) != c.
    if CodePointSetData::new::<ChangesWhenNfkcCasefolded>().contains(c) {
        return Idna2008::Disallowed;
    }
    // (C) IgnorableProperties.
    if noncharacter
        || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || CodePointSetData::new::<WhiteSpace>().contains(c)
    {
        return Idna2008::Disallowed;
    }
    // (D) IgnorableBlocks: Combining Diacritical Marks for Symbols, Musical
    // Symbols, Ancient Greek Musical Notation.
    if matches!(c, '\u{20D0}'..='\u{20FF}' | '\u{1D100}'..='\u{1D24F}') {
        return Idna2008::Disallowed;
    }
    // (I) OldHangulJamo.
    let hst = CodePointMapData::<HangulSyllableType>::new().get(c);
    if matches!(
        hst,
        HangulSyllableType::LeadingJamo
            | HangulSyllableType::VowelJamo
            | HangulSyllableType::TrailingJamo
    ) {
        return Idna2008::Disallowed;
    }
    // (A) LetterDigits.
    if matches!(
        gc,
        GeneralCategory::LowercaseLetter
            | GeneralCategory::UppercaseLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::DecimalNumber
            | GeneralCategory::ModifierLetter
            | GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
    ) {
        return Idna2008::PValid;
    }
    Idna2008::Disallowed
}

/// CONTEXTO rules, RFC 5892 Appendix A.3 to A.9.
pub(super) fn contexto_ok(label: &[char], pos: usize) -> bool {
    let Some(&c) = label.get(pos) else {
        return false;
    };
    let before = pos.checked_sub(1).and_then(|i| label.get(i));
    let after = label.get(pos + 1);
    match c {
        // MIDDLE DOT: only in "l·l" (Catalan).
        '\u{00B7}' => before == Some(&'l') && after == Some(&'l'),
        // GREEK LOWER NUMERAL SIGN: followed by Greek.
        '\u{0375}' => after.is_some_and(|a| in_ranges(*a, GREEK)),
        // HEBREW PUNCTUATION GERESH and GERSHAYIM: preceded by Hebrew.
        '\u{05F3}' | '\u{05F4}' => before.is_some_and(|b| in_ranges(*b, HEBREW)),
        // KATAKANA MIDDLE DOT: some Hiragana, Katakana or Han in the label.
        '\u{30FB}' => label.iter().any(|l| {
            *l != '\u{30FB}'
                && (in_ranges(*l, HIRAGANA) || in_ranges(*l, KATAKANA) || in_ranges(*l, HAN))
        }),
        // ARABIC-INDIC digits and EXTENDED ARABIC-INDIC digits do not mix.
        '\u{0660}'..='\u{0669}' => !label.iter().any(|l| matches!(l, '\u{06F0}'..='\u{06F9}')),
        '\u{06F0}'..='\u{06F9}' => !label.iter().any(|l| matches!(l, '\u{0660}'..='\u{0669}')),
        _ => false,
    }
}

/// The code points of the five scripts the CONTEXTO rules name (Unicode's `Script`
/// property, not `Script_Extensions`), as sorted inclusive ranges: 89 ranges instead of
/// the whole `Script` map, which was 26 KB of the WebAssembly package.
///
/// Generated from `icu_properties`' data by the test `contexto_scripts_match_icu_properties`
/// (`cargo test --lib contexto_scripts -- --nocapture` prints the table when it no longer
/// matches); it compares every code point. These are Unicode 17's ranges. A build with
/// older Unicode data (the WebAssembly package's ICU 2.1) has the same answers: the
/// ranges only add code points that data leaves unassigned, and a label with an
/// unassigned code point is rejected as invalid, with the same error, whatever the
/// CONTEXTO rule said.
#[cfg(test)]
pub(super) const CONTEXTO_SCRIPTS: [(&str, &[(u32, u32)]); 5] = [
    ("Greek", GREEK),
    ("Hebrew", HEBREW),
    ("Hiragana", HIRAGANA),
    ("Katakana", KATAKANA),
    ("Han", HAN),
];

const GREEK: &[(u32, u32)] = &[
    (0x370, 0x373),
    (0x375, 0x377),
    (0x37A, 0x37D),
    (0x37F, 0x37F),
    (0x384, 0x384),
    (0x386, 0x386),
    (0x388, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x3E1),
    (0x3F0, 0x3FF),
    (0x1D26, 0x1D2A),
    (0x1D5D, 0x1D61),
    (0x1D66, 0x1D6A),
    (0x1DBF, 0x1DBF),
    (0x1F00, 0x1F15),
    (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57),
    (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D),
    (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4),
    (0x1FB6, 0x1FC4),
    (0x1FC6, 0x1FD3),
    (0x1FD6, 0x1FDB),
    (0x1FDD, 0x1FEF),
    (0x1FF2, 0x1FF4),
    (0x1FF6, 0x1FFE),
    (0x2126, 0x2126),
    (0xAB65, 0xAB65),
    (0x10140, 0x1018E),
    (0x101A0, 0x101A0),
    (0x1D200, 0x1D245),
    (0x1DFF3, 0x1DFF4),
];

const HEBREW: &[(u32, u32)] = &[
    (0x591, 0x5C9),
    (0x5D0, 0x5EA),
    (0x5EF, 0x5F4),
    (0xFB1D, 0xFB36),
    (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E),
    (0xFB40, 0xFB41),
    (0xFB43, 0xFB44),
    (0xFB46, 0xFB4F),
];

const HIRAGANA: &[(u32, u32)] = &[
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x1B001, 0x1B11F),
    (0x1B123, 0x1B123),
    (0x1B132, 0x1B132),
    (0x1B150, 0x1B152),
    (0x1F200, 0x1F200),
];

const KATAKANA: &[(u32, u32)] = &[
    (0x30A1, 0x30FA),
    (0x30FD, 0x30FF),
    (0x31F0, 0x31FF),
    (0x32D0, 0x32FE),
    (0x3300, 0x3357),
    (0xFF66, 0xFF6F),
    (0xFF71, 0xFF9D),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B000),
    (0x1B120, 0x1B122),
    (0x1B124, 0x1B128),
    (0x1B155, 0x1B155),
    (0x1B164, 0x1B168),
];

const HAN: &[(u32, u32)] = &[
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303B),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF6),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81E),
    (0x2B820, 0x2CEAD),
    (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x33479),
];

/// Whether `c` is in one of `ranges` (sorted, inclusive, disjoint).
pub(super) fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let c = u32::from(c);
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The Bidi rule (RFC 5893 §2), applied to every label once any label has a
/// right-to-left character.
pub(super) fn check_bidi_domain(domain: &str) -> Result<(), EmailError> {
    let bidi = CodePointMapData::<BidiClass>::new();
    let has_rtl = domain.chars().any(|c| {
        matches!(
            bidi.get(c),
            BidiClass::RightToLeft | BidiClass::ArabicLetter | BidiClass::ArabicNumber
        )
    });
    if !has_rtl {
        return Ok(());
    }
    if domain.split('.').all(bidi_label_ok) {
        Ok(())
    } else {
        Err(EmailError::InvalidDomain)
    }
}

pub(super) fn bidi_label_ok(label: &str) -> bool {
    use BidiClass as B;
    let bidi = CodePointMapData::<BidiClass>::new();
    let Some(first) = label.chars().next() else {
        return false;
    };
    // Rule 1: the first character decides the label's direction.
    let rtl = match bidi.get(first) {
        B::RightToLeft | B::ArabicLetter => true,
        B::LeftToRight => false,
        _ => return false,
    };
    let mut valid_ending = false;
    let mut number_type = None;
    for c in label.chars() {
        let d = bidi.get(c);
        if rtl {
            // Rule 2.
            if !matches!(
                d,
                B::RightToLeft
                    | B::ArabicLetter
                    | B::ArabicNumber
                    | B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            ) {
                return false;
            }
            // Rule 3.
            if matches!(
                d,
                B::RightToLeft | B::ArabicLetter | B::EuropeanNumber | B::ArabicNumber
            ) {
                valid_ending = true;
            } else if d != B::NonspacingMark {
                valid_ending = false;
            }
            // Rule 4.
            if matches!(d, B::ArabicNumber | B::EuropeanNumber) {
                match number_type {
                    None => number_type = Some(d),
                    Some(t) if t != d => return false,
                    Some(_) => {}
                }
            }
        } else {
            // Rule 5.
            if !matches!(
                d,
                B::LeftToRight
                    | B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            ) {
                return false;
            }
            // Rule 6.
            if matches!(d, B::LeftToRight | B::EuropeanNumber) {
                valid_ending = true;
            } else if d != B::NonspacingMark {
                valid_ending = false;
            }
        }
    }
    valid_ending
}
