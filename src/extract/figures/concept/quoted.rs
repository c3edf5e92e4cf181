//! A concept written as a quotation right after its figure ("$6,350 "Out of Pocket Maximum"",
//! "a 10% “tax”").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::classes::{is_content, is_joiner};

/// The words of a quotation opening right after a figure ("$6,350 "Out of Pocket Maximum"",
/// "a 10% “tax”"), when it closes within a few words and no lower-case noun follows it.
pub(super) fn quoted_after(
    text: &str,
    toks: &Toks,
    next: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    if !matches!(raw(next), "\"" | "“") || !toks.get(next + 1).is_some_and(|t| t.glued) {
        return None;
    }
    let close = (next + 2..(next + 8).min(ceiling)).find(|&k| matches!(raw(k), "\"" | "”"))?;
    let words = (next + 1..close).all(|k| toks[k].kind == Kind::Word || is_joiner(text, toks, k));
    let noun_after = close + 1 < ceiling
        && is_content(text, toks, close + 1, lex)
        && raw(close + 1).starts_with(|c: char| c.is_lowercase());
    (words && !noun_after).then(|| text[toks[next + 1].start..toks[close - 1].end].to_string())
}
