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
    let mut i = 0;
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
                    || TITLES.contains(&word.to_ascii_lowercase().as_str())
                    // "Mar. 4" (but "mar." may end a sentence)
                    || (digit_next
                        && ["mar", "apr", "jun", "jul", "sep"]
                            .contains(&word.to_ascii_lowercase().as_str()))
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
            i += 1;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
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
