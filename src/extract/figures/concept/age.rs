//! Whose age a figure is: the people named before its age phrase ("Hondurans under the age
//! of 21", "children under age 5", "voters over 65"), not the word "age".

use super::super::lexer::Toks;
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_content, is_verb_like};

/// The noun before the age phrase that ends at `q` (a figure in years), if there is one.
pub(super) fn aged(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    let years = q.unit.is_some_and(|u| lex.units[u].name == "year");
    if !years || q.next != q.number_first + 1 {
        return None;
    }
    let lower = |k: usize| word(text, toks, k).unwrap_or_default();
    // back over "of", "age"/"ages", "the" and a bound word
    let mut k = q.number_first;
    let mut age_word = false;
    for _ in 0..5 {
        if k <= floor {
            return None;
        }
        match &*lower(k - 1) {
            "age" | "ages" | "aged" => age_word = true,
            "of" | "the" | "under" | "over" | "above" | "below" | "between" => {}
            _ => break,
        }
        k -= 1;
    }
    let noun = k.checked_sub(1).filter(|&n| n >= floor)?;
    let people = is_content(text, toks, noun, lex) && !is_verb_like(&lower(noun), lex);
    (age_word && people).then(|| text[toks[noun].start..toks[noun].end].to_string())
}
