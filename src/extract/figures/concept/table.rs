//! A wire table's currency cells: "DMK 1.8216  FFR 6.0612", "FFR   71.5  (  71.6 )". The
//! code that opens a cell is the row's label, and what the row's figures measure, even where
//! it is also read as their unit.

use super::super::lexer::{Kind, Toks};
use super::super::scan::Quantity;

/// The code labelling the table row of quantity `q` (not before token `floor`, unless
/// it labels the figure before a bracketed one): the
/// upper-case word of three or more letters set apart by a wide gap (or opening the sentence)
/// just before its number, or before the number whose bracketed second figure `q` is.
pub(super) fn table_code(text: &str, toks: &Toks, q: &Quantity, floor: usize) -> Option<String> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // the number the row's label stands before: the figure's own, or the one before its
    // bracket ("71.5    (  71.6 )")
    // (the floor is that figure's end: its label may stand before it)
    let bracketed = q.number_first >= 3
        && raw(q.number_first - 1) == "("
        && raw(q.next) == ")"
        && toks[q.number_first - 2].kind == Kind::Num;
    let number = q.number_first - 2 * usize::from(bracketed);
    let code = number.checked_sub(1).filter(|&c| c >= floor || bracketed)?;
    let w = raw(code);
    let is_code = w.len() >= 3
        && w.len() <= 4
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && toks[code].kind == Kind::Word
        && !toks[number].glued
        && (code == 0 || text[toks[code - 1].end..toks[code].start].contains("  "));
    // (a cell among cells: another wide gap after the number, or the sentence's end)
    let cell = toks
        .get(number + 1)
        .is_none_or(|t| text[toks[number].end..t.start].contains("  "));
    (is_code && cell).then(|| w.to_string())
}
