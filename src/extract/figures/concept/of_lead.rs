//! A share of a group the sentence opens with: "Of the 21 films in competition …, more than
//! half are from Europe", "Of the 300 people surveyed, 45 percent said …". What the share
//! measures is that group, however far back its of-phrase stands.

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::of_phrase::skip_determiners;
use super::run::run_end;

/// The group named by the of-phrase opening the sentence, when quantity `q` (a percentage or
/// a bare fraction) opens the clause after it.
pub(super) fn of_lead(text: &str, toks: &Toks, q: &Quantity, lex: &Lexicon) -> Option<String> {
    let share = q
        .unit
        .map_or(q.counted.is_none(), |u| lex.units[u].dimension == "percent");
    if !share {
        return None;
    }
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let first = q.first - super::bound_before(text, toks, q, 0, lex);
    if first < 4 || raw(first - 1) != "," {
        return None;
    }
    // "Of" opening the sentence (past an opening quote), with no other comma before the figure
    let of = (0..2).find(|&k| word(text, toks, k).as_deref() == Some("of"))?;
    if (0..of).any(|k| toks[k].kind != Kind::Sym) || (of..first - 1).any(|k| raw(k) == ",") {
        return None;
    }
    // the group's noun, past its count and the count's bound ("the nearly 5,000 … cases")
    let mut j = skip_determiners(text, toks, of + 1);
    while j < first - 1
        && (toks[j].kind == Kind::Num
            || word(text, toks, j).is_some_and(|w| {
                lex.numbers.contains_key(&*w)
                    || lex.scales.contains_key(&*w)
                    || matches!(
                        &*w,
                        "nearly"
                            | "almost"
                            | "about"
                            | "some"
                            | "roughly"
                            | "around"
                            | "over"
                            | "approximately"
                            | "more"
                            | "than"
                    )
            }))
    {
        j += 1;
    }
    // (a participle is no group: "Of the one mln being offered")
    if word(text, toks, j).is_none_or(|w| w.ends_with("ing") || w.ends_with("ed")) {
        return None;
    }
    let end = run_end(text, toks, j, first - 1, lex);
    (end > j).then(|| text[toks[j].start..toks[end - 1].end].to_string())
}
