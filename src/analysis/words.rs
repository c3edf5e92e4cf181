//! Word segmentation: Unicode word bounds (UAX #29) with quote repair and normalization.
//!
//! News text spells apostrophes in many ways: `Xi's`, `Xi’s`, and in mojibake'd copy even
//! `Xi”s`. UAX #29 keeps the first two as one word but splits the third, so a closing quote
//! between a word and a contraction suffix (`s`, `t`, `re`, …) is merged back. Every word is
//! then lower-cased, its apostrophes folded to `'`, a possessive `'s` dropped and digit group
//! separators removed (`1,500` → `1500`).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
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

/// Splits `text` into words with byte spans, merging mis-encoded apostrophes.
pub fn split_words(text: &str) -> Vec<(usize, usize)> {
    let segments: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let (start, seg) = segments[i];
        if seg.chars().any(char::is_alphanumeric) {
            spans.push((start, start + seg.len()));
        } else if is_quote_like(seg) && i + 1 < segments.len() {
            let (next_start, next) = segments[i + 1];
            let joins_prev = spans.last().is_some_and(|&(_, end)| end == start)
                && text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic);
            if joins_prev && is_contraction_suffix(next) {
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
    let digits = word.chars().next().is_some_and(|c| c.is_ascii_digit());
    for c in word.chars() {
        if is_quote_like(c.encode_utf8(&mut [0; 4])) {
            out.push('\'');
        } else if digits && c == ',' {
            continue;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    if let Some(stripped) = out.strip_suffix("'s") {
        out.truncate(stripped.len());
    } else if out.ends_with('\'') {
        out.pop();
    }
    out
}

/// The tantivy tokenizer wrapping [`split_words`] and [`normalize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct WordTokenizer;

/// Token stream of [`WordTokenizer`]: the words of one text, computed up front.
pub struct WordStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream {
        let tokens = split_words(text)
            .into_iter()
            .enumerate()
            .map(|(position, (start, end))| Token {
                offset_from: start,
                offset_to: end,
                position,
                text: normalize(&text[start..end]),
                position_length: 1,
            })
            .collect();
        WordStream { tokens, next: 0 }
    }
}

impl TokenStream for WordStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
    }
}

#[cfg(test)]
mod tests {
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
    fn normalizes() {
        assert_eq!(normalize("Xi’s"), "xi");
        assert_eq!(normalize("don’t"), "don't");
        assert_eq!(normalize("1,500,000"), "1500000");
        assert_eq!(normalize("farmers'"), "farmers");
    }
}
