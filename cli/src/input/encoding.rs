//! Input in another encoding than UTF-8: a UTF-16 byte order mark, or `--encoding`.

use super::*;

/// `--encoding LABEL`: any label of the WHATWG Encoding Standard (`utf-16le`,
/// `windows-1252`, `latin1`, `iso-8859-2`, `windows-1250`, ...).
///
/// # Errors
///
/// An unknown label.
pub fn parse_encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "{label:?} is not an encoding name (e.g. utf-8, utf-16le, windows-1252, windows-1250)"
        )
    })
}

/// The encoding to read: `forced` if given, else the byte order mark's (UTF-8, UTF-16LE,
/// UTF-16BE), else UTF-8 when the first bytes are UTF-8. Anything else is refused rather
/// than guessed: Windows code pages cannot be told apart (0xEC is `ì` in windows-1252 and
/// `ě` in windows-1250), and a wrong guess writes mojibake into the output.
pub(super) fn choose_encoding(
    forced: Option<&'static Encoding>,
    prefix: &[u8],
    name: &str,
) -> anyhow::Result<&'static Encoding> {
    if let Some(encoding) = forced {
        return Ok(encoding);
    }
    if let Some((encoding, _)) = Encoding::for_bom(prefix) {
        return Ok(encoding);
    }
    let zeros = |parity: usize| {
        prefix
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = prefix.len() / 2;
    // Mostly ASCII text in UTF-16 has a zero in every other byte, and only there
    // (`/dev/zero` has zeros everywhere: not text at all).
    let (odd, even) = (zeros(1), zeros(0));
    if half > 0 && (odd * 4 > half) != (even * 4 > half) {
        let guess = if odd > even { "utf-16le" } else { "utf-16be" };
        bail!(
            "{name} looks like UTF-16 ({guess}) without a byte order mark; rerun with \
             --encoding {guess}"
        );
    }
    if let Err(err) = std::str::from_utf8(prefix) {
        // A character cut off by the end of the prefix is not an error.
        if err.error_len().is_some() {
            let at = err.valid_up_to();
            let byte = prefix.get(at).copied().unwrap_or_default();
            bail!(
                "{name} is not UTF-8 (byte 0x{byte:02X} at offset {at}); spreadsheets save \
                 \"CSV\" in the system's code page: rerun with --encoding naming it, e.g. \
                 --encoding windows-1252 (Western European, Latin-1) or --encoding \
                 windows-1250 (Central European)"
            );
        }
    }
    Ok(UTF_8)
}

/// A reader that decodes `inner` from an encoding to UTF-8 as it goes (invalid sequences
/// become U+FFFD), holding one chunk of each.
pub(super) struct Decoding<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    in_start: usize,
    in_end: usize,
    output: Vec<u8>,
    out_start: usize,
    out_end: usize,
    eof: bool,
    finished: bool,
}

impl<R: Read> Decoding<R> {
    pub(super) fn new(inner: R, encoding: &'static Encoding) -> Self {
        Decoding {
            inner,
            // BOM sniffing: a byte order mark is removed, and wins over `encoding`.
            decoder: encoding.new_decoder(),
            input: vec![0; 64 * 1024],
            in_start: 0,
            in_end: 0,
            output: vec![0; 3 * 64 * 1024 + 16],
            out_start: 0,
            out_end: 0,
            eof: false,
            finished: false,
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Each turn either hands out bytes, reads input, or decodes some: it ends.
        loop {
            if self.out_start < self.out_end {
                let ready = self
                    .output
                    .get(self.out_start..self.out_end)
                    .unwrap_or_default();
                let n = ready.len().min(buf.len());
                buf.get_mut(..n)
                    .unwrap_or_default()
                    .copy_from_slice(ready.get(..n).unwrap_or_default());
                self.out_start += n;
                return Ok(n);
            }
            if self.finished {
                return Ok(0);
            }
            if self.in_start == self.in_end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                (self.in_start, self.in_end, self.eof) = (0, n, n == 0);
            }
            let chunk = self
                .input
                .get(self.in_start..self.in_end)
                .unwrap_or_default();
            let (result, read, written, _) =
                self.decoder
                    .decode_to_utf8(chunk, &mut self.output, self.eof);
            self.in_start += read;
            (self.out_start, self.out_end) = (0, written);
            if self.eof && result == CoderResult::InputEmpty {
                self.finished = true;
            }
        }
    }
}
