//! Unicode character classes the email rules share.

use super::*;

// Unicode helpers

/// The groups of general categories the safety rule distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Category {
    /// Letters, numbers, punctuation, symbols (L, N, P, S).
    Visible,
    /// Combining marks (M): safe except at the start of a string.
    Mark,
    /// Separators and other (Z, C), including unassigned code points.
    Unsafe,
}

pub(super) fn category(c: char) -> Category {
    use GeneralCategory as G;
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        G::NonspacingMark | G::SpacingMark | G::EnclosingMark => Category::Mark,
        G::SpaceSeparator
        | G::LineSeparator
        | G::ParagraphSeparator
        | G::Control
        | G::Format
        | G::PrivateUse
        | G::Surrogate
        | G::Unassigned => Category::Unsafe,
        _ => Category::Visible,
    }
}

pub(super) fn is_mark(c: char) -> bool {
    category(c) == Category::Mark
}

/// Whether `c` renders unsafely: categories Cc, Cf, Co, Cs, Cn, Zs, Zl, Zp, or a
/// combining mark in first position (it would combine with the text before the
/// address).
pub(super) fn is_unsafe(c: char, first: bool) -> bool {
    match category(c) {
        Category::Visible => false,
        Category::Mark => first,
        Category::Unsafe => true,
    }
}

pub(super) fn is_nfc(s: &str) -> bool {
    ComposingNormalizerBorrowed::new_nfc().is_normalized(s)
}

/// NFC, borrowing when the text is normalized already.
pub(super) fn to_nfc(s: &str) -> Cow<'_, str> {
    ComposingNormalizerBorrowed::new_nfc().normalize(s)
}

pub(super) fn lowercase_ascii(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}
