//! What a span of time measures: the event it is counted from ("40 years after its
//! release"), where it is spent ("three years in prison"), or, with no subject, the doing it is
//! taken for ("it took three years to build the bridge"), the doing it lasts ("banned for two
//! years") or the event it is counted back to ("founded nine years ago").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_period_noun, is_verb_like};
use super::of_phrase::skip_determiners;
use super::run::run_end;

/// Is `q` a span of time?
fn duration(q: &Quantity, lex: &Lexicon) -> bool {
    q.unit.is_some_and(|u| lex.units[u].dimension == "time")
}

/// "40 years after its release", "three weeks before the shootings": a time measured from an
/// event.
pub(super) fn from_event(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    if !duration(q, lex) {
        return None;
    }
    let next = q.of_phrase.unwrap_or(q.next);
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let skip_determiners = |from: usize| skip_determiners(text, toks, from);
    if matches!(
        word(text, toks, next).as_deref(),
        Some("after" | "before" | "since" | "following" | "preceding")
    ) {
        // (an event named by a noun, not a clause: "two years after being turfed out")
        let from = skip_determiners(next + 1);
        let clause =
            word(text, toks, from).is_some_and(|w| w.ends_with("ing") || w.ends_with("ed"));
        let end = run_end(text, toks, from, ceiling, lex);
        if end > from && !clause {
            // "20 days following the commencement of a tender offer": with its of-phrase (not
            // a clause: "one day after the Group of Seven countries reaffirmed goals")
            if word(text, toks, end).as_deref() == Some("of") {
                let of_from = skip_determiners(end + 1);
                let of_end = run_end(text, toks, of_from, ceiling, lex);
                let verb = (of_from..of_end)
                    .any(|k| word(text, toks, k).is_some_and(|w| is_verb_like(&w, lex)));
                if of_end > of_from && !verb {
                    return Some(phrase(from, of_end));
                }
            }
            return Some(phrase(from, end));
        }
    }
    None
}

/// "three years in prison", "ten years in office": where a span of time is spent (not after an
/// of-phrase's head, `of_before`: "a sentence of up to 15 years in jail").
pub(super) fn spent_in(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    of_before: bool,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let duration = duration(q, lex);
    let next = q.of_phrase.unwrap_or(q.next);
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let skip_determiners = |from: usize| skip_determiners(text, toks, from);
    if duration && !of_before && word(text, toks, next).as_deref() == Some("in") {
        let from = skip_determiners(next + 1);
        let end = run_end(text, toks, from, ceiling, lex);
        let time = (from..end).any(|k| {
            word(text, toks, k)
                .is_some_and(|w| is_period_noun(&w, lex) || lex.concept.time_nouns.contains(&*w))
        });
        // (not a measure's name: "12 or 13 minutes in length", "three hours in total")
        let lower = word(text, toks, from)
            .is_some_and(|w| raw(from) == &*w && !lex.concept.dimension_nouns.contains(&*w));
        if end == from + 1 && lower && !time {
            return Some(phrase(from, end));
        }
    }
    None
}

/// "It took three years to build the bridge": with no subject to measure, a span of time
/// taken to do something measures the doing ("Games take 18 months to create" measures the
/// games).
pub(super) fn done_in(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let next = q.next;
    let duration = q.unit.is_some_and(|u| lex.units[u].dimension == "time");
    if !duration || next + 1 >= ceiling || &text[toks[next].start..toks[next].end] != "to" {
        return None;
    }
    let mut k = q.first;
    // (past its bound or estimate: "about five months", "at least two years")
    while k > floor
        && k + 3 > q.first
        && word(text, toks, k - 1).is_some_and(|w| lex.concept.function_words.contains(&*w))
    {
        k -= 1;
    }
    let taking = k > floor
        && word(text, toks, k - 1).is_some_and(|w| lex.concept.taking_verbs.contains(&*w));
    let verb = next + 1;
    if !(taking && toks[verb].kind == Kind::Word && toks[verb].folded) {
        return None;
    }
    let end = run_end(
        text,
        toks,
        skip_determiners(text, toks, verb + 1),
        ceiling,
        lex,
    );
    Some(text[toks[verb].start..toks[end.max(verb + 1) - 1].end].to_string())
}

/// "banned for two years", "jailed for up to 60 days": a span of time after "for" and a past
/// participle measures what was done for that long (not a linking verb's: "lasted for").
pub(super) fn done_for(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    if !duration(q, lex) {
        return None;
    }
    let bound = super::bound_before(text, toks, q, floor, lex);
    let first = q.first - bound;
    let for_at = first.checked_sub(1).filter(|&k| k > floor)?;
    if word(text, toks, for_at).as_deref() != Some("for") {
        return None;
    }
    let verb = for_at - 1;
    let w = word(text, toks, verb)?;
    let participle = w.len() > 4
        && w.ends_with("ed")
        && toks[verb].folded
        && toks[verb].kind == Kind::Word
        && is_verb_like(&w, lex)
        && !lex.concept.lasting_verbs.contains(&*w);
    participle.then(|| text[toks[verb].start..toks[verb].end].to_string())
}

/// "The academy was founded nine years ago", "who won the tournament two years ago": a span
/// of time back from now measures the event its clause's past verb names, when one stands
/// within a few words before it.
pub(super) fn ago(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    if !duration(q, lex) || word(text, toks, q.next).as_deref() != Some("ago") {
        return None;
    }
    let first = q.first - super::bound_before(text, toks, q, floor, lex);
    // (not a noun's time: "the tragedy from 19 years ago")
    if first > floor && matches!(word(text, toks, first - 1).as_deref(), Some("from" | "of")) {
        return None;
    }
    let mut k = first;
    while k > floor && first - k < 6 {
        k -= 1;
        let t = toks[k];
        if t.kind != Kind::Word {
            return None;
        }
        let w = word(text, toks, k)?;
        if matches!(
            &*w,
            "that" | "which" | "who" | "when" | "and" | "but" | "than"
        ) {
            return None;
        }
        let past = w.len() > 4 && w.ends_with("ed") && is_verb_like(&w, lex)
            || lex.concept.irregular_past_verbs.contains(&*w);
        if past && t.folded {
            // ("began investigating Grimm two years ago": with the doing it began)
            let doing = matches!(&*w, "began" | "started" | "stopped")
                && k + 1 < first
                && word(text, toks, k + 1).is_some_and(|d| d.ends_with("ing"));
            let end = toks[k + usize::from(doing)].end;
            // (an object's relative clause names the object before it: "a statement it
            // released two weeks ago")
            let subject = (k > floor).then(|| word(text, toks, k - 1)).flatten();
            if subject
                .as_deref()
                .is_some_and(|p| matches!(p, "it" | "he" | "she" | "they" | "we" | "i" | "you"))
            {
                return None;
            }
            // ("the federal law passed two years ago": with its subject noun)
            let noun = k > floor
                && toks[k - 1].kind == Kind::Word
                && super::classes::is_content(text, toks, k - 1, lex)
                && subject.is_some_and(|p| {
                    !is_verb_like(&p, lex) && !super::classes::is_adverb(&p) && p.len() > 2
                });
            let start = toks[k - usize::from(noun)].start;
            return Some(text[start..end].to_string());
        }
    }
    None
}

/// "after eight years as chairman", "two terms as Florida governor": a span of time (or of
/// terms) spent in a role measures the role (not "four years as viewers tuned in", a clause).
pub(super) fn served_as(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let terms = q.unit.is_some_and(|u| lex.units[u].name == "term");
    if !(duration(q, lex) || terms) || word(text, toks, q.next).as_deref() != Some("as") {
        return None;
    }
    let article = usize::from(matches!(
        word(text, toks, q.next + 1).as_deref(),
        Some("a" | "an")
    ));
    let from = q.next + 1 + article;
    if toks.get(from).is_none_or(|t| t.kind != Kind::Word) {
        return None;
    }
    let end = run_end(text, toks, from, ceiling, lex);
    // (the role ends its phrase: no verb after it)
    let clause = word(text, toks, end).is_some_and(|w| {
        is_verb_like(&w, lex)
            || lex.concept.link_verbs.contains(&*w)
            || w.ends_with('s') && !lex.concept.function_words.contains(&*w)
    });
    let verb_inside =
        (from..end).any(|k| word(text, toks, k).is_some_and(|w| is_verb_like(&w, lex)));
    (end > from && !clause && !verb_inside)
        .then(|| text[toks[from].start..toks[end - 1].end].to_string())
}
