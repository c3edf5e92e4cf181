//! Text analysis shared by indexing and querying: how text becomes searchable terms.
//!
//! All of it is factdex's own code so that the same terms can be produced for any backend: word
//! segmentation on Unicode word bounds with quote repair ([`words`]), lower-casing, apostrophe
//! folding and possessive stripping, then English stemming (the Snowball stemmer tantivy uses, cached). The
//! local tantivy index registers [`analyzer`] as its tokenizer; a remote backend would receive
//! the same terms pre-tokenized.

/// The accessors of a token stream that keeps one reused token in `self.token`.
macro_rules! reused_token_access {
    () => {
        fn token(&self) -> &Token {
            &self.token
        }

        fn token_mut(&mut self) -> &mut Token {
            &mut self.token
        }
    };
}

pub mod stem;
pub mod terms;
pub mod words;

use tantivy::tokenizer::{Language, StopWordFilter, TextAnalyzer, TokenStream};

pub use terms::TermsTokenizer;
pub use words::WordTokenizer;

/// Name under which the analyzer is registered with the search engine.
pub const TOKENIZER_NAME: &str = "factdex";

/// The index-time analyzer: words, normalized, stemmed. Stop words are kept so that phrases
/// match exactly.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::stemming()).build()
}

/// The query-time analyzer: as [`analyzer`], with English stop words removed.
pub fn query_analyzer() -> TextAnalyzer {
    let builder = TextAnalyzer::builder(WordTokenizer::plain()).dynamic();
    let builder = match StopWordFilter::new(Language::English) {
        Some(stop) => builder.filter_dynamic(stop),
        None => builder,
    };
    builder
        .filter_dynamic(tantivy::tokenizer::Stemmer::new(Language::English))
        .build()
}

/// One analyzed term with its byte span in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The normalized, stemmed term.
    pub text: String,
    /// Byte offset where the word starts.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
}

/// Runs `analyzer` over `text` and collects the terms with their spans.
pub fn terms_with(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        out.push(Term {
            text: token.text.clone(),
            start: token.offset_from,
            end: token.offset_to,
        });
    }
    out
}

/// The stemmed term of one normalized word (cached per thread).
pub fn stem(normalized: &str) -> String {
    thread_local! {
        static STEMMER: std::cell::RefCell<stem::StemCache> = std::cell::RefCell::new(stem::StemCache::new());
    }
    STEMMER.with(|s| s.borrow_mut().stem(normalized))
}

/// Points a reused engine token at the word at `start..end`, number `position` (its text is
/// set by the caller).
fn place(token: &mut tantivy::tokenizer::Token, start: usize, end: usize, position: usize) {
    token.offset_from = start;
    token.offset_to = end;
    token.position = position;
    token.position_length = 1;
}

/// Name of the engine tokenizer for [`index_terms`] output: it splits on spaces only.
pub const TERMS_TOKENIZER: &str = "factdex-terms";

/// Appends the index-time terms of `text` to `out`, separated by single spaces: what the
/// engine indexes (through [`TermsTokenizer`]), so that text is analyzed once, here, and any
/// backend receives the same terms. Terms never contain a space.
pub fn index_terms(text: &str, out: &mut String) {
    thread_local! {
        static TERMS: std::cell::RefCell<stem::TermCache> = std::cell::RefCell::new(stem::TermCache::new());
    }
    TERMS.with(|cache| cache.borrow_mut().push_terms(text, out));
}

/// Index-time terms of `text` (one analyzer per thread, so that its stem cache is reused).
pub fn terms(text: &str) -> Vec<Term> {
    thread_local! {
        static ANALYZER: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(analyzer());
    }
    ANALYZER.with(|a| terms_with(&mut a.borrow_mut(), text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn quote_variants_index_alike() {
        let expected = vec!["xi", "visit"];
        assert_eq!(words("Xi's visit"), expected);
        assert_eq!(words("Xi’s visit"), expected);
        assert_eq!(words("Xi”s visit"), expected);
        assert_eq!(words("XI'S VISIT"), expected);
    }

    #[test]
    fn stems_and_keeps_numbers() {
        assert_eq!(
            words("soybean purchases of 1,500,000 tons"),
            vec!["soybean", "purchas", "of", "1500000", "ton"]
        );
    }

    #[test]
    fn merged_quote_span_covers_the_whole_word() {
        let text = "China”s intention";
        let t = terms(text);
        assert_eq!(&text[t[0].start..t[0].end], "China”s");
    }

    #[test]
    fn query_analyzer_drops_stop_words() {
        let got: Vec<String> = terms_with(&mut query_analyzer(), "the arms package for Taiwan")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(got, vec!["arm", "packag", "taiwan"]);
    }
}
