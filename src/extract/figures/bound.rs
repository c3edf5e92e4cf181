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
