//! Word segmentation: Unicode word bounds (UAX #29) with quote repair, normalization and
//! English stemming.
//!
//! News text spells apostrophes in many ways: `Xi's`, `Xi’s`, and in mojibake'd copy even
//! `Xi”s`. UAX #29 keeps the first two as one word but splits the third, so a closing quote
//! between a word and a contraction suffix (`s`, `t`, `re`, …) is merged back. Every word is
//! then lower-cased, its apostrophes folded to `'`, a possessive `'s` dropped, digit group
//! separators removed (`1,500` → `1500`) and, in the stemming tokenizer, stemmed with the
//! Snowball English stemmer (the one tantivy uses), through a cache ([`super::stem`]).
//!
//! Segmentation has a fast path for the characters of English news (ASCII, Latin-1 letters,
//! typographic quotes and dashes) that gives exactly the UAX #29 word bounds (a property test
//! checks this); any other text goes through `unicode-segmentation`.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::stem::StemCache;
use unicode_segmentation::UnicodeSegmentation;

/// Characters that act as an apostrophe in running text.
fn is_quote_like(s: &str) -> bool {
    matches!(s, "'" | "’" | "‘" | "”" | "ʼ" | "′" | "´" | "`")
}

/// Suffixes that follow an apostrophe in English contractions and possessives.
fn is_contraction_suffix(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    matches!(lower.as_str(), "s" | "t" | "d" | "ll" | "re" | "ve" | "m")
}

/// Byte classes as a table: `LETTER` for ASCII letters, `DIGIT` for ASCII digits. The inner
/// loops of the word splitters test every byte of the text, and a table lookup takes half the
/// instructions of the range tests.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    table
};
const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// The end of the run of bytes of the classes `mask` that starts at `from`.
fn run_end(bytes: &[u8], from: usize, mask: u8) -> usize {
    let mut i = from;
    while i < bytes.len() && ASCII_CLASS[usize::from(bytes[i])] & mask != 0 {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters that starts at `from`. Eight bytes at a time (most
/// words end within the first eight): a byte is a letter when, folded to lower case, it lies in
/// `a..=z`; the range test adds to each byte's low seven bits, which never carries into the
/// next byte.
pub fn ascii_letter_run_end(bytes: &[u8], from: usize) -> usize {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const CASE: u64 = 0x2020_2020_2020_2020;
    // adding these sets a byte's high bit when it is at least b'a', and at least b'{'
    const TO_A: u64 = 0x1f1f_1f1f_1f1f_1f1f;
    const TO_BRACE: u64 = 0x0505_0505_0505_0505;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let low = (x | CASE) & LOWS;
        let letters = (low + TO_A) & !(low + TO_BRACE) & !x & HIGHS;
        let others = !letters & HIGHS;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    run_end(bytes, i, LETTER)
}

/// The end of the run of ASCII letters and digits that starts at `from`.
pub fn ascii_alnum_run_end(bytes: &[u8], from: usize) -> usize {
    run_end(bytes, from, LETTER | DIGIT)
}

/// UAX #29 word-break classes of the characters the fast path handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Numeric,
    /// `_`
    ExtendNumLet,
    /// `:` (joins letters only)
    MidLetter,
    /// `,` `;` (join digits only)
    MidNum,
    /// `.` `'` `’` `‘` (join letters or digits)
    MidNumLet,
    /// White space: skipped.
    Space,
    /// Any other handled character: a segment of its own.
    Other,
}

fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Numeric,
        '_' => Class::ExtendNumLet,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '’' | '‘' => Class::MidNumLet,
        ' ' | '\t' | '\n' | '\r' => Class::Space,
        c if c.is_ascii() => Class::Other,
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => Class::Letter,
        '“' | '”' | '–' | '—' | '…' | '«' | '»' | '′' | '″' | '•' | '€' | '£' | '°' | '§' | '©'
        | '®' | '™' => Class::Other,
        _ => return None,
    })
}

/// What [`fast_segments`] sees at a byte position.
enum Look {
    End,
    Char(char, Class),
    /// A character the fast path does not handle.
    Unhandled,
}

fn look(text: &str, pos: usize) -> Look {
    let Some(&b) = text.as_bytes().get(pos) else {
        return Look::End;
    };
    let c = if b < 0x80 {
        char::from(b)
    } else {
        match text.get(pos..).and_then(|t| t.chars().next()) {
            Some(c) => c,
            None => return Look::Unhandled,
        }
    };
    match class(c) {
        Some(k) => Look::Char(c, k),
        None => Look::Unhandled,
    }
}

/// UAX #29 segments of `text` (words, hyphens and apostrophe-like characters), or `None` when
/// the text has characters the fast path does not handle. One pass, no per-character buffer.
fn fast_segments(text: &str) -> Option<Vec<(usize, &str)>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut pos = 0;
    loop {
        let (c, cls) = match look(text, pos) {
            Look::End => break,
            Look::Unhandled => return None,
            Look::Char(c, k) => (c, k),
        };
        match cls {
            Class::Space => {
                pos += 1;
                while bytes.get(pos).is_some_and(|&b| matches!(b, b' ' | b'\n')) {
                    pos += 1;
                }
            }
            Class::Letter | Class::Numeric | Class::ExtendNumLet => {
                let start = pos;
                let mut j = pos + c.len_utf8();
                let mut last = cls;
                loop {
                    // runs of ASCII letters and digits, the bulk of any word, byte by byte
                    let run_end = ascii_alnum_run_end(bytes, j);
                    if run_end > j {
                        j = run_end;
                        last = if bytes[j - 1].is_ascii_digit() {
                            Class::Numeric
                        } else {
                            Class::Letter
                        };
                    }
                    let (h, here) = match look(text, j) {
                        Look::End => break,
                        Look::Unhandled => return None,
                        Look::Char(h, k) => (h, k),
                    };
                    if matches!(here, Class::Letter | Class::Numeric | Class::ExtendNumLet) {
                        last = here;
                        j += h.len_utf8();
                        continue;
                    }
                    if !matches!(here, Class::MidLetter | Class::MidNum | Class::MidNumLet) {
                        break;
                    }
                    // a middle character joins two letters (WB6/7) or two digits (WB11/12)
                    let after = j + h.len_utf8();
                    let (next, next_len) = match look(text, after) {
                        Look::End => (None, 0),
                        Look::Unhandled => return None,
                        Look::Char(n, k) => (Some(k), n.len_utf8()),
                    };
                    let joins_letters = last == Class::Letter
                        && next == Some(Class::Letter)
                        && matches!(here, Class::MidLetter | Class::MidNumLet);
                    let joins_digits = last == Class::Numeric
                        && next == Some(Class::Numeric)
                        && matches!(here, Class::MidNum | Class::MidNumLet);
                    if joins_letters || joins_digits {
                        j = after + next_len;
                        last = next.unwrap_or(last);
                    } else {
                        break;
                    }
                }
                out.push((start, &text[start..j]));
                pos = j;
            }
            _ => {
                // of the other characters, only hyphens and apostrophes matter to
                // [`split_words`]; the rest are not kept
                let end = pos + c.len_utf8();
                let seg = &text[pos..end];
                if seg == "-" || is_quote_like(seg) {
                    out.push((pos, seg));
                }
                pos = end;
            }
        }
    }
    Some(out)
}

/// Splits `text` into words with byte spans, merging mis-encoded apostrophes.
pub fn split_words(text: &str) -> Vec<(usize, usize)> {
    let segments: Vec<(usize, &str)> =
        fast_segments(text).unwrap_or_else(|| text.split_word_bound_indices().collect());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(segments.len());
    let mut i = 0;
    while i < segments.len() {
        let (start, seg) = segments[i];
        let word = seg
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric)
            || seg.chars().any(char::is_alphanumeric);
        if word {
            spans.push((start, start + seg.len()));
        } else if seg == "-" && i + 1 < segments.len() {
            // "e-mail" is "email": a single letter hyphenated to a word joins it
            let (next_start, next) = segments[i + 1];
            let single_letter = spans.last().is_some_and(|&(s, e)| {
                e == start && e - s == 1 && text.as_bytes()[s].is_ascii_alphabetic()
            }) && (start < 2
                || !text.as_bytes()[start - 2].is_ascii_alphanumeric());
            let word_follows = next_start == start + 1
                && next.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
            if single_letter && word_follows {
                if let Some(last) = spans.last_mut() {
                    last.1 = next_start + next.len();
                }
                i += 2;
                continue;
            }
        } else if is_quote_like(seg) && i + 1 < segments.len() {
            let (next_start, next) = segments[i + 1];
            let joins_prev = spans.last().is_some_and(|&(_, end)| end == start)
                && text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic);
            if joins_prev && next_start == start + seg.len() && is_contraction_suffix(next) {
                if let Some(last) = spans.last_mut() {
                    last.1 = next_start + next.len();
                }
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    spans
}

/// Normalizes one word: lower case, apostrophes folded, possessive dropped, digit separators
/// removed.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// [`normalize`] into a reused buffer.
pub fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    let digits = word.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if word.is_ascii() {
        for &b in word.as_bytes() {
            match b {
                b',' if digits => {}
                // only a joined "e-mail" keeps a hyphen inside a word
                b'-' => {}
                b'`' => out.push('\''),
                b => out.push(b.to_ascii_lowercase() as char),
            }
        }
    } else {
        for c in word.chars() {
            if is_quote_like(c.encode_utf8(&mut [0; 4])) {
                out.push('\'');
            } else if (digits && c == ',') || c == '-' {
                continue;
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with('\'') {
        out.pop();
    }
}

/// The tantivy tokenizer wrapping [`split_words`], [`normalize`] and, optionally, stemming.
#[derive(Clone, Debug)]
pub struct WordTokenizer {
    stem: Option<StemCache>,
}

impl WordTokenizer {
    /// Words normalized but not stemmed.
    pub fn plain() -> WordTokenizer {
        WordTokenizer { stem: None }
    }

    /// Words normalized and stemmed.
    pub fn stemming() -> WordTokenizer {
        WordTokenizer {
            stem: Some(StemCache::new()),
        }
    }
}

/// Token stream of [`WordTokenizer`]: the word spans of one text are found up front; each
/// token is normalized (and stemmed) when the stream reaches it, into one reused token.
pub struct WordStream<'a> {
    text: &'a str,
    spans: Vec<(usize, usize)>,
    next: usize,
    token: Token,
    word: String,
    stem: Option<&'a mut StemCache>,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            text,
            spans: split_words(text),
            next: 0,
            token: Token::default(),
            word: String::new(),
            stem: self.stem.as_mut(),
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(&(start, end)) = self.spans.get(self.next) else {
            return false;
        };
        normalize_into(&self.text[start..end], &mut self.word);
        self.token.text.clear();
        match &mut self.stem {
            Some(cache) => cache.stem_into(&self.word, &mut self.token.text),
            None => self.token.text.push_str(&self.word),
        }
        super::place(&mut self.token, start, end, self.next);
        self.next += 1;
        true
    }

    reused_token_access!();
}

#[cfg(test)]
mod tests {
    #[test]
    fn letter_runs_match_a_byte_by_byte_scan() {
        let text = "Hello World`abc@XYZ[z{a}Z1 ünïcode préfix_ab-cd'ef0123456789abcdefghijKLMNOP";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let slow = (from..bytes.len())
                .find(|&k| !bytes[k].is_ascii_alphabetic())
                .unwrap_or(bytes.len());
            assert_eq!(
                super::ascii_letter_run_end(bytes, from),
                slow,
                "from {from}"
            );
        }
        // every byte value, at every position of an eight-byte chunk
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = [b'a'; 9];
                chunk[at] = b;
                let end = super::ascii_letter_run_end(&chunk, 0);
                let want = if b.is_ascii_alphabetic() { 9 } else { at };
                assert_eq!(end, want, "byte {b} at {at}");
            }
        }
    }

    use super::*;

    #[test]
    fn splits_hyphens_and_keeps_numbers_whole() {
        let text = "US-China deal: $11 billion, 1,500 tons";
        let words: Vec<&str> = split_words(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(
            words,
            vec!["US", "China", "deal", "11", "billion", "1,500", "tons"]
        );
    }

    #[test]
    fn quote_between_words_is_not_merged_when_not_a_contraction() {
        let text = "“excellent” said";
        let words: Vec<&str> = split_words(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(words, vec!["excellent", "said"]);
    }

    #[test]
    fn a_letter_hyphenated_to_a_word_joins_it() {
        let text = "e-mails, X-ray, US-China, a-b-c";
        let words: Vec<String> = split_words(text)
            .iter()
            .map(|&(s, e)| normalize(&text[s..e]))
            .collect();
        assert_eq!(words, vec!["emails", "xray", "us", "china", "ab", "c"]);
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize("Xi’s"), "xi");
        assert_eq!(normalize("don’t"), "don't");
        assert_eq!(normalize("1,500,000"), "1500000");
        assert_eq!(normalize("farmers'"), "farmers");
        assert_eq!(normalize("CAFÉ"), "café");
    }

    /// The fast path gives exactly the UAX #29 segments on the characters it handles.
    #[test]
    fn fast_path_matches_uax29() {
        let alphabet = "aZ09 _:,;.'’‘“”–—…é\n-$%()xY";
        for text in crate::testing::random_texts(alphabet, 0x9E3779B97F4A7C15, 5000, 23) {
            // what split_words uses: word segments and apostrophe-like characters
            let essential = |s: &&(usize, &str)| {
                s.1.chars().any(char::is_alphanumeric) || is_quote_like(s.1) || s.1 == "-"
            };
            let fast: Vec<(usize, &str)> = fast_segments(&text)
                .expect("handled alphabet")
                .iter()
                .filter(essential)
                .copied()
                .collect();
            let slow: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .collect::<Vec<_>>()
                .iter()
                .filter(essential)
                .copied()
                .collect();
            assert_eq!(fast, slow, "{text:?}");
        }
    }
}
