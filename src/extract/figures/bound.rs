//! Bound phrases around a number ("more than", "about", "from over"), as the schema's
//! prefix bounds list them.

use super::lexer::Toks;
use super::lexicon::{Bound, Lexicon};
use super::number::word;

/// The bound phrase ("more than", "about") written just before token `at`, not before
/// `floor`.
pub fn bound_ending<'l>(
    text: &str,
    toks: &Toks,
    at: usize,
    floor: usize,
    lex: &'l Lexicon,
) -> Option<&'l (Vec<String>, Bound)> {
    let from = at.saturating_sub(lex.prefix_bounds.longest()).max(floor);
    // most words end no bound phrase: checked before collecting the words before them
    let last = at.min(toks.len()).checked_sub(1).filter(|&k| k >= from)?;
    if !lex.prefix_bounds.is_anchor(&word(text, toks, last)?) {
        return None;
    }
    if column_gap(text, toks, at) {
        return None;
    }
    let words: Vec<_> = (from..at).filter_map(|k| word(text, toks, k)).collect();
    lex.prefix_bounds.ending(&words)
}

/// The number of words of a bound phrase opening at token `at` ("from over 2,000"); 0 if none.
pub fn bound_opening(text: &str, toks: &Toks, at: usize, lex: &Lexicon) -> usize {
    (1..=lex.prefix_bounds.longest())
        .rev()
        .find(|&n| bound_ending(text, toks, at + n, at, lex).is_some_and(|(p, _)| p.len() == n))
        .unwrap_or(0)
}

/// Does a table's column gap (three spaces or more) stand before token `at`, after a word
/// that ends the cell before it? Words across it are no phrase: in "0.34 under    0.35 under",
/// "under" follows its own number (but "UP      1" is one cell).
pub fn column_gap(text: &str, toks: &Toks, at: usize) -> bool {
    // (cheap tests first: this runs for every bound phrase and every figure)
    let gap = |k: usize| &text[toks[k - 1].end..toks[k].start];
    at >= 2
        && at < toks.len()
        && toks[at - 2].kind == super::lexer::Kind::Num
        && toks[at].start - toks[at - 1].end >= 3
        && gap(at - 1) == " "
        && gap(at).contains("   ")
}
