//! [`OneLine`]: a log writer that lets no control character through, so that every event
//! is one line and no input can paint the terminal or forge a line.
//!
//! tracing-subscriber 0.3.23 (past the ANSI-injection fix of 0.3.20, RUSTSEC-2025-0055)
//! escapes ESC, BEL, BS, FF, DEL and C1 in an event's message only: CR, LF and NUL pass,
//! and a field recorded with `%` (Display) is written raw, ESC included. Its JSON format
//! escapes C0 but writes C1, U+2028 and bidi controls raw. Escaping at the writer covers
//! every field of every event, present and future, in both formats.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use tracing_subscriber::fmt::MakeWriter;

/// Wraps a [`MakeWriter`] so that each event is written as one line with every control
/// character escaped as `\uXXXX`.
///
/// Escaped: C0 controls (NUL, TAB, CR, LF, ESC, ...), DEL, C1 controls (U+0080 to
/// U+009F), the line and paragraph separators (U+2028, U+2029) and the bidi controls
/// (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069). A newline that ends what the
/// formatter writes is kept. `\uXXXX` is also a valid escape inside a JSON string, so JSON
/// lines stay JSON.
///
/// # Examples
///
/// ```
/// use std::io::Write as _;
/// use contactkit_server::logging::OneLine;
/// use tracing_subscriber::fmt::MakeWriter as _;
///
/// let make = OneLine::new(|| Vec::<u8>::new());
/// let mut writer = make.make_writer();
/// writer.write_all(b"email=\x1b[31mred\r\nFAKE line\n")?;
/// assert_eq!(writer.get_ref(), b"email=\\u001b[31mred\\u000d\\u000aFAKE line\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct OneLine<M> {
    inner: M,
}

impl<M> OneLine<M> {
    /// Escapes what `inner`'s writers receive.
    ///
    /// # Examples
    ///
    /// ```
    /// let _stderr = contactkit_server::logging::OneLine::new(std::io::stderr);
    /// ```
    pub fn new(inner: M) -> OneLine<M> {
        OneLine { inner }
    }
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for OneLine<M> {
    type Writer = OneLineWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        OneLineWriter {
            inner: self.inner.make_writer(),
        }
    }

    fn make_writer_for(&'a self, meta: &tracing::Metadata<'_>) -> Self::Writer {
        OneLineWriter {
            inner: self.inner.make_writer_for(meta),
        }
    }
}

/// The writer of [`OneLine`]: escapes each buffer it is given, then writes it whole.
///
/// # Examples
///
/// ```
/// use std::io::Write as _;
/// use contactkit_server::logging::OneLine;
/// use tracing_subscriber::fmt::MakeWriter as _;
///
/// let mut writer = OneLine::new(|| Vec::<u8>::new()).make_writer();
/// writer.write_all("bidi \u{202e}txt.exe\n".as_bytes())?;
/// assert_eq!(writer.into_inner(), b"bidi \\u202etxt.exe\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct OneLineWriter<W> {
    inner: W,
}

impl<W> OneLineWriter<W> {
    /// The wrapped writer.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::logging::OneLine;
    /// use tracing_subscriber::fmt::MakeWriter as _;
    ///
    /// assert!(OneLine::new(|| Vec::<u8>::new()).make_writer().get_ref().is_empty());
    /// ```
    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    /// The wrapped writer, by value.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::logging::OneLine;
    /// use tracing_subscriber::fmt::MakeWriter as _;
    ///
    /// assert!(OneLine::new(|| Vec::<u8>::new()).make_writer().into_inner().is_empty());
    /// ```
    pub fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: io::Write> io::Write for OneLineWriter<W> {
    /// tracing-subscriber formats an event into one buffer and writes it with one
    /// `write_all`, so one call here is one event: it is written with one `write_all`
    /// too, and lines of concurrent events cannot interleave on an unbuffered stderr.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let (line, newline) = match text.strip_suffix('\n') {
            Some(line) => (line, true),
            None => (&*text, false),
        };
        match (&text, escape_controls(line)) {
            (Cow::Borrowed(_), Cow::Borrowed(_)) => self.inner.write_all(buf)?,
            (_, escaped) => {
                let mut out = escaped.into_owned().into_bytes();
                if newline {
                    out.push(b'\n');
                }
                self.inner.write_all(&out)?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// `text` with every character [`OneLine`] escapes written as `\uXXXX`; borrowed when
/// there is none.
///
/// # Examples
///
/// ```
/// use contactkit_server::logging::escape_controls;
///
/// assert_eq!(escape_controls("m***@bik.ai"), "m***@bik.ai");
/// assert_eq!(escape_controls("a\0b\u{85}c"), "a\\u0000b\\u0085c");
/// ```
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_escaped(c) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_escaped(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_is_escaped_and_nothing_else() {
        for (input, expected) in [
            ("plain text, ünïcode ✓", "plain text, ünïcode ✓"),
            ("\x1b[31mred\x1b[0m", "\\u001b[31mred\\u001b[0m"),
            ("a\r\nb", "a\\u000d\\u000ab"),
            ("nul\0", "nul\\u0000"),
            ("tab\there", "tab\\u0009here"),
            ("del\x7f", "del\\u007f"),
            ("csi\u{9b}31m", "csi\\u009b31m"),
            ("line\u{2028}sep", "line\\u2028sep"),
            ("\u{202e}evil", "\\u202eevil"),
            ("\u{2066}iso\u{2069}", "\\u2066iso\\u2069"),
        ] {
            assert_eq!(escape_controls(input), expected, "{input:?}");
        }
    }
}
