//! The trade a figure is the amount of: "an initial public offering of 800,000 common shares",
//! "the private sale of 200,000 shares of its common stock". What is offered or sold is the
//! concept the figure's own words give; the trade comes first ("initial public offering of
//! common shares").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_content, is_determiner};

/// At most this many words describe the trade's noun ("initial public offering").
const MODIFIERS: usize = 2;

/// `concept` after the trade whose of-phrase quantity `q` opens (not reaching before token
/// `floor`): "offering of up to 75 mln dlrs of debentures" → "offering of debentures".
pub(super) fn with_trade(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    concept: Option<String>,
    lex: &Lexicon,
) -> Option<String> {
    // (past a bound: "the repurchase of as many as five mln shares"; cheap test first: this
    // runs for every figure)
    let first = if q.first > 0 && word(text, toks, q.first - 1).as_deref() == Some("of") {
        q.first
    } else {
        q.first - super::bound_before(text, toks, q, floor, lex)
    };
    let Some(noun) = first.checked_sub(2).filter(|&k| k >= floor) else {
        return concept;
    };
    let trade = word(text, toks, noun + 1).as_deref() == Some("of")
        && toks[noun].kind == Kind::Word
        && word(text, toks, noun).is_some_and(|w| lex.concept.trade_nouns.contains(&*w));
    if !trade {
        return concept;
    }
    // the words between a determiner and the noun describe it ("an initial public offering",
    // "the private sale"; not a verb: "to cover sales of 54,000 tonnes")
    let mut first = noun;
    while first > floor
        && noun - first < MODIFIERS
        && toks[first - 1].kind == Kind::Word
        && is_content(text, toks, first - 1, lex)
    {
        first -= 1;
    }
    let determined = first > 0 && word(text, toks, first - 1).is_some_and(|w| is_determiner(&w));
    if !determined {
        first = noun;
    }
    let name = &text[toks[first].start..toks[noun].end];
    let noun_word = &text[toks[noun].start..toks[noun].end];
    match concept {
        // ("1987 capital and exploration spending of 420 mln dlrs": the phrase describes it)
        Some(c) if text[..toks[noun].start].trim_end().ends_with(&*c) => {
            Some(format!("{c} {noun_word}"))
        }
        // ("exploration spending of 420 mln dlrs": the phrase is the trade's already)
        Some(c)
            if c.split(' ')
                .any(|w| name.split(' ').any(|n| n.eq_ignore_ascii_case(w))) =>
        {
            Some(if c.len() >= name.len() {
                c
            } else {
                name.to_string()
            })
        }
        Some(c) => Some(format!("{name} of {c}")),
        None => Some(name.to_string()),
    }
}
