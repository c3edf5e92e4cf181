//! The object a change verb changes, when "by" introduces the figure: "increased the number
//! of scholarships at black colleges by roughly 60%" measures the number of scholarships.

use super::super::lexer::Toks;
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::bound_before;
use super::classes::{is_change_verb, is_determiner};
use super::run::run_end;

/// "increased the number of scholarships at black colleges by roughly 60%": after a change
/// verb and "by", the figure measures the verb's object (not the noun just before "by").
pub(super) fn changed_object(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    let by = q
        .first
        .checked_sub(bound_before(text, toks, q, floor, lex) + 1)?;
    // ("lowered their stake in Quaker State to 1,795,908 shares": so does "to")
    if by <= floor || !matches!(word(text, toks, by).as_deref(), Some("by" | "to")) {
        return None;
    }
    let mut v = by;
    // (the object may be long: "the number of scholarships at black colleges and universities")
    while v > floor && by - v < 2 * super::super::context::WINDOW {
        v -= 1;
        if super::super::context::is_clause_break(text, toks[v]) {
            return None;
        }
        let w = word(text, toks, v)?;
        if !is_change_verb(&w, lex) {
            continue;
        }
        // the nearest change word must be a verb, not a noun ("raised", "increasing", "to cut",
        // "help boost")
        // ("it cut its stake": a pronoun subject makes a bare form a verb)
        let verb_form = w.ends_with("ed")
            || w.ends_with("ing")
            || (v > 0
                && word(text, toks, v - 1).is_some_and(|b| {
                    lex.verb_openers.contains(&*b)
                        || matches!(&*b, "it" | "they" | "he" | "she" | "we" | "i")
                }));
        if !verb_form {
            return None;
        }
        let mut start = v + 1;
        while start < by && word(text, toks, start).is_some_and(|d| is_determiner(&d)) {
            start += 1;
        }
        // ("sales rose by 5%": no object)
        let end = run_end(text, toks, start, by, lex);
        if end == start {
            return None;
        }
        // "the number of full-tuition scholarships"
        let mut tail = end;
        if word(text, toks, end).as_deref() == Some("of") {
            let mut k = end + 1;
            while k < by && word(text, toks, k).is_some_and(|d| is_determiner(&d)) {
                k += 1;
            }
            tail = run_end(text, toks, k, by, lex).max(end);
        }
        return Some(text[toks[start].start..toks[tail - 1].end].to_string());
    }
    None
}
