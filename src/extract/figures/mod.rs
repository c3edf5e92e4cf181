//! Figure extraction: finds every quantity in a text and normalizes it into a [`Figure`].
//!
//! Works sentence by sentence: [`lexer`] splits the sentence, [`scan`] finds quantities
//! (number, scale, unit or currency, ranges, bounds), and [`context`] reads the words around
//! each one for its change, concept, period and hedge. The vocabulary lives in `schema/`
//! ([`lexicon`]). Everything is linear in the input length.

pub mod context;
pub mod lexer;
pub mod lexicon;
pub mod number;
pub mod scan;

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Figure;
use lexicon::Lexicon;

/// Extracts the figures of `text`; offsets are byte offsets into `text`.
pub fn extract(text: &str) -> Vec<Figure> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    for (offset, sentence) in text.split_sentence_bound_indices() {
        let toks = lexer::lex(sentence);
        let found = scan::scan(sentence, &toks, lex);
        let mut figures: Vec<Figure> = Vec::with_capacity(found.len());
        for (k, q) in found.iter().enumerate() {
            let mut figure = q.to_figure(sentence, &toks, lex);
            context::annotate(&mut figure, sentence, &toks, &found, k, lex);
            if figure.concept.is_none() {
                figure.concept = figures
                    .iter()
                    .rev()
                    .find(|f| f.dimension == figure.dimension && f.concept.is_some())
                    .and_then(|f| f.concept.clone());
            }
            figures.push(figure);
        }
        for mut figure in figures {
            figure.start += offset;
            figure.end += offset;
            out.push(figure);
        }
    }
    out
}

#[cfg(test)]
mod tests;
