//! Sentence splitting for extraction (figures, attribution, passage windows): fast and
//! abbreviation-aware; the sentences are contiguous slices that cover the whole text.

/// Splits `text` into sentences: after `.`, `!` or `?` (and any closing quotes) followed by
/// white space and a capital, digit or opening quote; and at line breaks. A dot after a single
/// capital or a common title ("U.S. officials", "Mr. Xi") does not end a sentence. Linear,
/// and much faster than full UAX #29 sentence segmentation, which figures do not need.
pub fn split(text: &str) -> Vec<(usize, &str)> {
    const TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "prof", "no", "vs",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr",
    ];
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = next_stop(bytes, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let mut cut = None;
        if b == b'\n' {
            cut = Some(i + 1);
        } else if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // closing quotes and brackets stay with the sentence
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            if text[j..].starts_with('”') || text[j..].starts_with('’') {
                j += 3;
            }
            let next = text[j..].trim_start_matches([' ', '\t']);
            let spaced = next.len() < text.len() - j;
            let opens = next.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
            });
            // tokenized text spaces the dot from its word: "nov . 6", "6 . 2 %"
            let before = text[..i].strip_suffix(' ').unwrap_or(&text[..i]);
            let word_start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(0, |(k, c)| k + c.len_utf8());
            let word = &before[word_start..];
            let digit_next = next.starts_with(|c: char| c.is_ascii_digit());
            let abbreviation = b == b'.'
                && (word.len() == 1 && word.chars().all(char::is_uppercase)
                    || (word.len() <= 4 && TITLES.iter().any(|t| t.eq_ignore_ascii_case(word)))
                    // "Mar. 4" (but "mar." may end a sentence)
                    || (digit_next
                        && word.len() == 3
                        && ["mar", "apr", "jun", "jul", "sep"]
                            .iter()
                            .any(|m| m.eq_ignore_ascii_case(word)))
                    // "6 . 2": a decimal point between spaced digits
                    || (digit_next
                        && before.len() < i
                        && word.bytes().all(|c| c.is_ascii_digit())
                        && !word.is_empty()));
            if (spaced && opens && !abbreviation) || next.is_empty() {
                cut = Some(j);
            }
        }
        if let Some(end) = cut {
            let end = end.min(text.len());
            if end > start && text.is_char_boundary(end) {
                out.push((start, &text[start..end]));
                start = end;
            }
            i = end.max(i + 1);
        } else {
            i = next_stop(bytes, i + 1);
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// The index of the first byte at or after `from` that may end a sentence (`\n . ! ?`), or
/// the length of `bytes`. Eight bytes at a time: a byte equal to a stop makes a zero byte in
/// the XOR with that stop, found with the carry trick (a flag may be set wrongly only after a
/// true zero byte, so the lowest flag is exact).
fn next_stop(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let found = zero_bytes(x ^ (ONES * u64::from(b'\n')))
            | zero_bytes(x ^ (ONES * u64::from(b'.')))
            | zero_bytes(x ^ (ONES * u64::from(b'!')))
            | zero_bytes(x ^ (ONES * u64::from(b'?')));
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'\n' | b'.' | b'!' | b'?') {
        i += 1;
    }
    i.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_split() {
        let text = "U.S. officials met Mr. Xi. Prices rose 5%! “Really?” he asked.\nNext line";
        let parts: Vec<&str> = split(text).into_iter().map(|(_, s)| s.trim()).collect();
        assert_eq!(
            parts,
            vec![
                "U.S. officials met Mr. Xi.",
                "Prices rose 5%!",
                "“Really?” he asked.",
                "Next line"
            ]
        );
    }

    #[test]
    fn tokenized_dots_inside_sentences() {
        let text = "paid nov . 6 , up 6 . 2 % . Next one";
        let parts: Vec<&str> = split(text).into_iter().map(|(_, s)| s.trim()).collect();
        assert_eq!(parts, vec!["paid nov . 6 , up 6 . 2 % .", "Next one"]);
    }

    #[test]
    fn stops_are_found_at_every_offset() {
        let text = "abcdefghij.klmnopqrstuvwxyz!0123456789?\nend é. x";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let slow = (from..bytes.len())
                .find(|&k| matches!(bytes[k], b'\n' | b'.' | b'!' | b'?'))
                .unwrap_or(bytes.len());
            assert_eq!(next_stop(bytes, from), slow, "from {from}");
        }
    }

    #[test]
    fn sentences_cover_the_text() {
        let text = "One. Two!  Three? Mr. Four\nfive";
        let parts = split(text);
        let mut at = 0;
        for (offset, s) in &parts {
            assert_eq!(*offset, at, "{parts:?}");
            at += s.len();
        }
        assert_eq!(at, text.len());
    }
}
