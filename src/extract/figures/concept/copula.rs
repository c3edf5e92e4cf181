//! A figure as the subject of a copula: "$1.3 billion was their highest bid", "5% is the
//! target" measure the noun phrase after the verb, when nothing before the figure does.

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::scan::Quantity;
use super::of_phrase::skip_determiners;
use super::run::run_end;

/// The noun phrase after "is"/"was"/… that follows quantity `q`, up to `ceiling`.
pub(super) fn named_after(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    if !matches!(
        raw(q.next),
        "is" | "was" | "are" | "were" | "remains" | "remained"
    ) {
        return None;
    }
    let from = skip_determiners(text, toks, q.next + 1);
    // (a lower-case phrase, not a name or another figure: "was Smith's", "was 5%")
    if toks
        .get(from)
        .is_none_or(|t| t.kind != Kind::Word || !t.folded)
    {
        return None;
    }
    // (nor what a person aged so is doing: "The 33-year-old was found guilty", "The
    // 27-year-old was holidaying")
    let aged = raw(q.next - 1) == "old";
    if aged {
        return None;
    }
    let end = run_end(text, toks, from, ceiling, lex);
    // (nor a bare adjective: "$20 is a lot", "5% is high")
    let noun = end > from
        && !matches!(
            raw(end - 1),
            "lot" | "high" | "low" | "enough" | "little" | "much"
        );
    noun.then(|| text[toks[from].start..toks[end - 1].end].to_string())
}
