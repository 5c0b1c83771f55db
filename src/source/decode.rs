//! Bytes to text. Real Oracle exports are often in a Windows code page, not UTF-8.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The outcome of decoding one file's bytes.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// Byte offset (in the raw file) of the first byte that was not valid UTF-8, when the
    /// file was decoded with the fallback encoding.
    pub fell_back_at: Option<usize>,
    /// Byte offset (in the raw file) of the first byte the chosen encoding could not
    /// decode (replaced by U+FFFD).
    pub malformed_at: Option<usize>,
}

/// Decodes `bytes`: with `forced` when given, else UTF-8 (a BOM selects UTF-8 or UTF-16),
/// falling back to Windows-1252 when the bytes are not valid UTF-8.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Decoded {
    if let Some((bom_encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(bytes, bom_encoding, bom_len, None);
    }
    if let Some(encoding) = forced {
        return decode_with(bytes, encoding, 0, None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: UTF_8,
            fell_back_at: None,
            malformed_at: None,
        },
        Err(e) => decode_with(bytes, WINDOWS_1252, 0, Some(e.valid_up_to())),
    }
}

fn decode_with(
    bytes: &[u8],
    encoding: &'static Encoding,
    skip: usize,
    fell_back_at: Option<usize>,
) -> Decoded {
    let body = &bytes[skip..];
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let malformed_at = had_errors.then(|| skip + first_malformed_offset(body, encoding));
    Decoded {
        text: text.into_owned(),
        encoding,
        fell_back_at,
        malformed_at,
    }
}

/// Finds where decoding first fails, by decoding with a decoder that reports errors.
fn first_malformed_offset(bytes: &[u8], encoding: &'static Encoding) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(len, extra) => {
            read.saturating_sub(len as usize + extra as usize)
        }
        _ => read,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("é".as_bytes(), None);
        assert_eq!(d.text, "é");
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.fell_back_at, None);
    }

    #[test]
    fn windows_1252_is_the_fallback() {
        // "café" in Windows-1252, then the euro sign (0x80).
        let d = decode(b"-- caf\xe9 \x80\n", None);
        assert_eq!(d.text, "-- café €\n");
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.fell_back_at, Some(6));
    }

    #[test]
    fn bom_is_stripped() {
        let d = decode(b"\xef\xbb\xbfselect", None);
        assert_eq!(d.text, "select");
    }

    #[test]
    fn forced_utf8_reports_first_bad_byte() {
        let d = decode(b"ab\xffcd", Some(UTF_8));
        assert_eq!(d.text, "ab\u{fffd}cd");
        assert_eq!(d.malformed_at, Some(2));
    }
}
