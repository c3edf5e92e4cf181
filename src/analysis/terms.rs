//! The engine side of pre-analyzed text: [`super::index_terms`] writes a passage's terms
//! separated by spaces, and [`TermsTokenizer`] hands them to the engine one by one, with
//! consecutive positions (so phrases match) and no further analysis.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits pre-analyzed text on spaces.
#[derive(Clone, Debug, Default)]
pub struct TermsTokenizer;

/// Token stream of [`TermsTokenizer`].
pub struct TermsStream<'a> {
    text: &'a str,
    at: usize,
    position: usize,
    token: Token,
}

impl Tokenizer for TermsTokenizer {
    type TokenStream<'a> = TermsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermsStream<'a> {
        TermsStream {
            text,
            at: 0,
            position: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for TermsStream<'_> {
    fn advance(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() && bytes[self.at] == b' ' {
            self.at += 1;
        }
        if self.at >= bytes.len() {
            return false;
        }
        let start = self.at;
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |n| start + n);
        self.at = end;
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        super::place(&mut self.token, start, end, self.position);
        self.position += 1;
        true
    }

    reused_token_access!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_round_trip_with_positions() {
        let mut text = String::new();
        crate::analysis::index_terms("China’s soybean purchases: 1,500 tons", &mut text);
        assert_eq!(text, "china soybean purchas 1500 ton");
        let mut tok = TermsTokenizer;
        let mut stream = tok.token_stream(&text);
        let mut got = Vec::new();
        while stream.advance() {
            let t = stream.token();
            got.push((t.text.clone(), t.position));
        }
        let expected: Vec<(String, usize)> =
            crate::analysis::terms("China’s soybean purchases: 1,500 tons")
                .into_iter()
                .enumerate()
                .map(|(i, t)| (t.text, i))
                .collect();
        assert_eq!(got, expected);
        let mut empty = tok.token_stream("  ");
        assert!(!empty.advance());
    }
}
