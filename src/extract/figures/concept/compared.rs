//! What a figure that is a difference is compared to, when nothing else names what it
//! measures: "That is 46 basis points more than the yield of comparable Treasury securities"
//! measures the yield, "eight mln tonnes short of its target" the target.

use super::super::lexer::Toks;
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::is_period_noun;
use super::of_phrase::skip_determiners;
use super::run::run_end;

/// The noun phrase after "more than", "higher than", "below", "short of" … right after
/// quantity `q`, before `ceiling`.
pub(super) fn compared(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let comparative = word(text, toks, q.next)?;
    let than = match &*comparative {
        "more" | "less" | "higher" | "lower" | "greater" | "fewer" => {
            (word(text, toks, q.next + 1).as_deref() == Some("than")).then_some(q.next + 2)?
        }
        "above" | "below" => q.next + 1,
        "short" | "shy" => {
            (word(text, toks, q.next + 1).as_deref() == Some("of")).then_some(q.next + 2)?
        }
        _ => return None,
    };
    let from = skip_determiners(text, toks, than);
    // (a noun phrase, not a time or a forecast: "more than expected", "lower than in 1986")
    if from == than && word(text, toks, from).is_some_and(|w| w.ends_with("ed")) {
        return None;
    }
    let end = run_end(text, toks, from, ceiling, lex);
    let noun = word(text, toks, end.checked_sub(1)?)?;
    let time = lex.concept.time_nouns.contains(&*noun) || is_period_noun(&noun, lex);
    (end > from && !time && !lex.concept.function_words.contains(&*noun))
        .then(|| text[toks[from].start..toks[end - 1].end].to_string())
}

/// Is the figure `q` a shortfall ("eight mln tonnes short of its target")? Its mark is then
/// what it measures, whatever comes before it.
pub(super) fn is_shortfall(text: &str, toks: &Toks, q: &Quantity) -> bool {
    matches!(word(text, toks, q.next).as_deref(), Some("short" | "shy"))
        && word(text, toks, q.next + 1).as_deref() == Some("of")
}
