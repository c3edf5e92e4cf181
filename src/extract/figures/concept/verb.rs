//! The verb that acts on a figure as its object ("sold more than 17 million copies", "the
//! company earned 1.28 dlrs a share", "priced at 101-1/8"): what was done is part of what is
//! measured, so the concept carries it ("copies sold", "company earned").

use super::super::lexer::{Kind, Tok};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;

/// Words that may stand between a verb and its figure: "another", and the prepositions of a
/// price after a verb of trade ("sold for", "priced at"). (Not an article: "received a 42.7 mln
/// dlr contract", "released a 225-page report" — the verb acts on the noun the figure describes.)
const BETWEEN: &[&str] = &["another", "at", "for"];

/// The verb, as written, whose object is quantity `q` (not before token `floor`).
pub(in super::super) fn governing<'t>(
    text: &'t str,
    toks: &[Tok],
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<&'t str> {
    let mut k = q.first;
    let mut price = false;
    for _ in 0..2 {
        if k == 0 || k - 1 < floor {
            return None;
        }
        k -= 1;
        let t = toks[k];
        if t.kind != Kind::Word {
            return None;
        }
        let w = word(text, toks, k)?;
        if BETWEEN.contains(&&*w) {
            price |= w != "another";
            continue;
        }
        // ("the rate of spending at $982 billion": only a verb of trade is priced)
        let c = &lex.concept;
        let acts = c.transaction_verbs.contains(&*w)
            || !price && (c.counting_verbs.contains(&*w) || c.paying_verbs.contains(&*w));
        // (a name is no verb: "Pay 10 dlrs" opens a headline, "Sold 2" a table)
        let lower = text[t.start..t.end].starts_with(|c: char| c.is_lowercase());
        return (acts && lower).then(|| &text[t.start..t.end]);
    }
    None
}

/// `concept` with the verb that acts on the figure, when the concept does not already hold it:
/// - after a subject written before the figure ("company earned");
/// - after an object written after it when the verb is a past form ("people killed", "federal
///   taxes paid"), else before it ("selling copies", "buy additional shares"; not a verb of
///   paying: "pay £85 for a passport" measures the passport);
/// - alone when there is no phrase.
///
/// Not with a span of time ("spent 10 years in office": what is measured is where), nor when
/// the phrase already names a trade ("its soybean purchases to 20 million tons ... committed to
/// buying 25 million"). `before` is the sentence up to the figure.
pub(in super::super) fn with_verb(
    concept: Option<String>,
    verb: &str,
    time: bool,
    before: &str,
    lex: &Lexicon,
) -> Option<String> {
    let Some(c) = concept else {
        return Some(verb.to_string());
    };
    // (a price is no trade of its own: "notes issue priced at 100-1/4 pct")
    let price = matches!(verb, "priced" | "valued");
    let trade = !price
        && c.rsplit(' ')
            .next()
            .is_some_and(|head| lex.concept.trade_nouns.contains(&head.to_lowercase()));
    if time || trade || c.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(verb)) {
        return Some(c);
    }
    let past = verb.ends_with("ed") || lex.concept.past_forms.contains(verb);
    if before.contains(&*c) || past {
        Some(format!("{c} {verb}"))
    } else if lex.concept.paying_verbs.contains(verb) {
        Some(c)
    } else {
        Some(format!("{verb} {c}"))
    }
}
