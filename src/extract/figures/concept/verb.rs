//! The verb that acts on a figure as its object ("sold more than 17 million copies", "the
//! company earned 1.28 dlrs a share", "priced at 101-1/8"): what was done is part of what is
//! measured, so the concept carries it ("copies sold", "company earned").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_content, is_determiner, is_verb_like};

/// Words that may stand between a verb and its figure: "another", and the prepositions of a
/// price after a verb of trade ("sold for", "priced at"). (Not an article: "received a 42.7 mln
/// dlr contract", "released a 225-page report" — the verb acts on the noun the figure describes.)
const BETWEEN: &[&str] = &["another", "at", "for"];

/// How far after a figure's start (in characters) its object's first word may be ("more than
/// 17 million copies of his memoir").
const OBJECT_REACH: usize = 80;

/// Pronouns that may be a verb's indirect object ("cost them $5 million").
const PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

/// The first token of the indirect object standing between quantity `q` and the verb of
/// giving or costing before it ("Movie piracy cost the industry £3.7bn", "the IRS owed Windsor
/// $363,053", "lend Ecuador up to 12.5 mln barrels"), not before token `floor`.
pub(super) fn indirect_object(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<usize> {
    indirect_object_before(
        text,
        toks,
        q.first - super::bound_before(text, toks, q, floor, lex),
        floor,
        lex,
    )
}

/// As [`indirect_object`], for a figure (with its bound) opening at token `end`.
fn indirect_object_before(
    text: &str,
    toks: &Toks,
    end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let start = end.checked_sub(1).filter(|&k| k > floor)?;
    let raw = |k: usize| &text[toks[k].start..toks[k].end];
    let capital =
        |k: usize| toks[k].kind == Kind::Word && raw(k).starts_with(|c: char| c.is_uppercase());
    let lower = |k: usize| {
        toks[k].kind == Kind::Word
            && raw(k).starts_with(|c: char| c.is_lowercase())
            && is_content(text, toks, k, lex)
            && !is_verb_like(raw(k), lex)
    };
    // a pronoun, a name of up to three words, or up to two lower-case words after an optional
    // determiner ("the industry", "affected countries", "local banks")
    let first = if PRONOUNS.contains(&raw(start)) {
        start
    } else if capital(start) {
        let mut k = start;
        while k > floor + 1 && start - k < 2 && capital(k - 1) {
            k -= 1;
        }
        k
    } else if lower(start) {
        let mut k = start;
        while k > floor + 1 && start - k < 1 && lower(k - 1) {
            k -= 1;
        }
        let det = k > floor + 1 && word(text, toks, k - 1).is_some_and(|w| is_determiner(&w));
        if det {
            k - 1
        } else {
            k
        }
    } else {
        return None;
    };
    let verb = first.checked_sub(1).filter(|&k| k >= floor)?;
    let v = word(text, toks, verb)?;
    let lower_verb = raw(verb).starts_with(|c: char| c.is_lowercase());
    (lower_verb && lex.concept.giving_verbs.contains(&*v)).then_some(first)
}

/// The verb, as written, whose object is quantity `q` (not before token `floor`).
pub(in super::super) fn governing<'t>(
    text: &'t str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<&'t str> {
    // (past a bound written before the figure: "sold more than 17 million copies")
    let mut k = q.first - super::bound_before(text, toks, q, floor, lex);
    if let Some(first) = indirect_object_before(text, toks, k, floor, lex) {
        let t = toks[first - 1];
        return Some(&text[t.start..t.end]);
    }
    // ("to pay a total of 2,975,000 dlrs", "paid a record $5 million": past words that
    // describe the amount)
    let w = |k: usize| word(text, toks, k).unwrap_or_default();
    if k >= floor + 3 && w(k - 3) == "a" && w(k - 2) == "total" && w(k - 1) == "of" {
        k -= 3;
    } else if k >= floor + 2
        && matches!(&*w(k - 2), "a" | "an")
        && matches!(
            &*w(k - 1),
            "record" | "further" | "additional" | "extra" | "estimated"
        )
    {
        k -= 2;
    }
    let mut price = false;
    for _ in 0..3 {
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
        // ("sent abroad more than 15 mln dlrs", "paid back 5 mln": past an adverb)
        if matches!(
            &*w,
            "abroad" | "back" | "out" | "away" | "overseas" | "home" | "off"
        ) {
            continue;
        }
        // ("the rate of spending at $982 billion": only a verb of trade is priced)
        let c = &lex.concept;
        let acts = c.transaction_verbs.contains(&*w)
            || !price
                && (c.counting_verbs.contains(&*w)
                    || c.paying_verbs.contains(&*w)
                    || c.giving_verbs.contains(&*w)
                    || c.transfer_verbs.contains(&*w));
        // (a name is no verb: "Pay 10 dlrs" opens a headline, "Sold 2" a table)
        let lower = text[t.start..t.end].starts_with(|c: char| c.is_lowercase());
        if acts && lower {
            return Some(&text[t.start..t.end]);
        }
        // ("Rosneft bought the unit for $9.3bn": a price after the object of a verb of trade)
        return price
            .then(|| traded_object_verb(text, toks, k, floor, lex))
            .flatten();
    }
    None
}

/// The verb of trade before the object ending at token `end` ("bought the unit" in "bought the
/// unit for $9.3bn"): up to three words of a noun phrase back, not before token `floor`.
fn traded_object_verb<'t>(
    text: &'t str,
    toks: &Toks,
    end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<&'t str> {
    let mut k = end + 1;
    for _ in 0..4 {
        if k == 0 || k - 1 < floor {
            return None;
        }
        k -= 1;
        let t = toks[k];
        let raw = &text[t.start..t.end];
        if t.kind != Kind::Word || !raw.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        let w = word(text, toks, k)?;
        // (the verb takes its object with a determiner: not the nouns "an import tender for",
        // "the borrowing limit is now at"; nor a light verb, "making a tender offer for")
        let determined = word(text, toks, k + 1).is_some_and(|d| is_determiner(&d));
        let light = matches!(&*w, "make" | "makes" | "made" | "making");
        if k < end && determined && !light && lex.concept.transaction_verbs.contains(&*w) {
            return Some(raw);
        }
    }
    None
}

/// `concept` with the verb that acts on the figure, when the concept does not already hold it:
/// - after a subject written before the figure ("company earned");
/// - after an object written after it when the verb is a past form ("people killed", "federal
///   taxes paid"), else before it ("selling copies", "buy additional shares"; not a verb of
///   paying: "pay £85 for a passport" measures the passport; nor one of moving an amount from
///   or to something: "stole $700 billion from Medicare");
/// - alone when there is no phrase.
///
/// Not with a span of time ("spent 10 years in office": what is measured is where), nor when
/// the phrase already names a trade ("its soybean purchases to 20 million tons ... committed to
/// buying 25 million"). `after` is the sentence from the figure on: a phrase whose first word
/// comes soon after the figure's start is its object.
pub(in super::super) fn with_verb(
    concept: Option<String>,
    verb: &str,
    time: bool,
    after: &str,
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
    let first = c.split(' ').next().unwrap_or(&c);
    let soon = after
        .char_indices()
        .nth(OBJECT_REACH)
        .map_or(after, |(i, _)| &after[..i]);
    let object = soon.contains(first);
    // (what an amount is moved from or to is no object of the verb: "stole $700 billion from
    // Medicare" measures Medicare's loss)
    let paying = lex.concept.paying_verbs.contains(verb);
    if object && lex.concept.transfer_verbs.contains(verb) && !paying {
        Some(c)
    } else if !object || past {
        Some(format!("{c} {verb}"))
    } else if paying {
        Some(c)
    } else {
        Some(format!("{verb} {c}"))
    }
}

/// The verb in the past a count's noun is the subject of ("nine French peacekeepers were
/// killed", "2,000 people have died", "87,000 DS handhelds sold"), past auxiliaries, before
/// token `ceiling`.
pub(in super::super) fn passive_after<'t>(
    text: &'t str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<&'t str> {
    let counts = q.counted.is_some() || q.unit.is_some_and(|u| lex.units[u].dimension == "count");
    if !counts {
        return None;
    }
    let end = ceiling.min(toks.len());
    let aux = |w: &str| {
        matches!(
            w,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been" | "be" | "being"
        )
    };
    // past the words of the counted noun's phrase ("French peacekeepers"), its auxiliaries,
    // to its verb
    let mut k = q.next;
    let mut words = 0;
    while k < end && words < 4 && toks[k].kind == Kind::Word {
        let w = word(text, toks, k)?;
        if aux(&w) || lex.concept.counting_verbs.contains(&*w) {
            break;
        }
        k += 1;
        words += 1;
    }
    let mut auxiliaries = 0;
    while k < end && auxiliaries < 3 && word(text, toks, k).is_some_and(|w| aux(&w)) {
        k += 1;
        auxiliaries += 1;
    }
    if k >= end || toks[k].kind != Kind::Word {
        return None;
    }
    let w = word(text, toks, k)?;
    let past = w.ends_with("ed") || lex.concept.past_forms.contains(&*w);
    let t = toks[k];
    // ("nearly 2,000 minors separated", "the 87,000 DS handhelds sold": any other verb in the
    // past that the count's noun did or underwent; not a cue, "expected", a verb of speech, or
    // an adjective, "unrelated")
    let done = || {
        !super::super::context::is_cue(&w, lex)
            && !lex.concept.speech_verbs.contains(&*w)
            && !lex.concept.aside_verbs.contains(&*w)
            && !w.starts_with("un")
            && !matches!(&*w, "included" | "involved" | "based" | "related" | "used")
    };
    if past && (lex.concept.counting_verbs.contains(&*w) || done()) {
        return Some(&text[t.start..t.end]);
    }
    None
}
