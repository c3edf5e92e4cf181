//! Two ways a figure's change is written away from its verb: a percentage rate after a verb
//! of change and "at" ("the economy grew at an annual rate of 3.9%"), and a level written
//! before its earlier value or its change ("turnover of 627.8 mln, down from 662.6 mln").

use super::lexer::{is_adverb, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::{is_month, Quantity};
use crate::model::Change;

/// "the economy grew at an annual rate of 3.9%", "surged at a 4.7% rate", "expanding at a
/// seasonally adjusted 3.5% annual pace": a percentage rate after a change verb and "at" goes
/// the verb's way (not a level, "the rate stood at 3.9%").
pub(super) fn rate_after_verb(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    lex: &Lexicon,
) -> Option<Change> {
    if q.unit.is_none_or(|u| lex.units[u].dimension != "percent") {
        return None;
    }
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let rate = |k: usize| matches!(raw(k), "rate" | "pace" | "clip");
    // (the words between "at" and the rate: an article and up to three lower-case adjectives)
    let modifiers = |a: usize, b: usize| {
        b > a
            && b - a <= 4
            && matches!(raw(a), "a" | "an")
            && (a + 1..b).all(|k| {
                toks[k].kind == Kind::Word
                    && raw(k).bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                    && !lex.concept.function_words.contains(raw(k))
            })
    };
    let first = q.first;
    let at = if first >= 4 && raw(first - 1) == "of" && rate(first - 2) {
        // "at an annual rate of 3.9%"
        (first.saturating_sub(8)..first - 2)
            .rev()
            .find(|&k| raw(k) == "at")
            .filter(|&k| modifiers(k + 1, first - 2))
    } else if first >= 3 {
        // "at a 4.7% rate", "at a 3.5% annual pace"
        let adjectives = (q.next..q.next + 2)
            .take_while(|&k| toks.get(k).is_some_and(|t| t.kind == Kind::Word) && !rate(k))
            .count();
        let article = (first.saturating_sub(3)..first)
            .rev()
            .find(|&k| matches!(raw(k), "a" | "an"))
            .filter(|&k| modifiers(k, first) || k + 1 == first);
        article
            .filter(|&k| k >= 1 && raw(k - 1) == "at" && rate(q.next + adjectives))
            .map(|k| k - 1)
    } else {
        None
    };
    let at = at.filter(|&k| k >= 1)?;
    // (the verb right before "at", or before an adverb: "grew steadily at")
    let verb = if is_adverb(raw(at - 1)) && at >= 2 {
        at - 2
    } else {
        at - 1
    };
    let up = word(text, toks, verb).and_then(|w| lex.change_verb(&w))?;
    Some(if up { Change::Up } else { Change::Down })
}

/// "turnover of 627.8 mln, down from 662.6 mln", "a backlog of about 53 mln dlrs, up from 27
/// mln": the way of a level written before its earlier value or its change.
pub(super) fn level_then_change(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    lex: &Lexicon,
) -> Option<Change> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("34 incidents in the first nine months, up from 30": a duration naming the time of a
    // level before it is no level)
    if q.unit.is_some_and(|u| lex.units[u].dimension == "time") && timed_span(text, toks, q.first) {
        return None;
    }
    // "turnover of 627.8 mln, down from 662.6 mln": the level before its earlier value
    // ("flew 987.7 mln revenue passenger miles last month, up 15.6 pct": past the level's own
    // time, two words before the comma)
    let time_word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Num && t.end - t.start == 4 || is_month(text, toks, k))
    };
    // (past the counted noun: "987.7 mln revenue passenger miles")
    let noun_end = q.counted.as_deref().and_then(|c| {
        (q.next..(q.next + 4).min(toks.len()))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .find(|&k| raw(k).starts_with(c))
            .map(|k| k + 1)
    });
    let after = noun_end.unwrap_or(q.next);
    // ("in 1986/87,": a fiscal year)
    let fiscal = 2 * usize::from(raw(after + 2) == "/" && toks[after + 2].glued);
    // ("closed at 270.25p on Friday, down 3.75p": or its day)
    let weekday = |k: usize| {
        matches!(
            raw(k),
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        )
    };
    let timed = raw(after + 2 + fiscal) == ","
        && (matches!(raw(after), "last" | "this")
            && toks.get(after + 1).is_some_and(|t| t.kind == Kind::Word)
            || raw(after) == "in" && time_word(after + 1)
            || raw(after) == "on" && weekday(after + 1));
    let skipped = if timed {
        Some(after + 2 + fiscal)
    } else {
        noun_end.filter(|&e| raw(e) == ",")
    };
    // (the skip serves only a change after the comma, "up 15.6 pct": "4,324 vehicles, up from
    // 6,198" is left to the baseline, which checks the values' way)
    let changed_after = |e: usize| {
        raw(e) == ","
            && matches!(raw(e + 1), "up" | "down")
            && toks.get(e + 2).is_some_and(|t| t.kind == Kind::Num)
    };
    let level_end = skipped.filter(|&e| changed_after(e)).unwrap_or(q.next);
    let mut comma = usize::from(raw(level_end) == ",");
    // "estimated at 1.05 billion stg, revised down from 1.10 billion"
    if matches!(raw(level_end + comma), "revised" | "adjusted") {
        comma += 1;
    }
    // (compared as written, without allocating: this runs for every figure)
    // ("45% of banking assets, up from 25%": past the figure's of-phrase too)
    let mut k = level_end + comma;
    if comma == 0 && raw(k).eq_ignore_ascii_case("of") {
        let end = (k + 8).min(toks.len());
        k = (k..end)
            .take_while(|&j| toks[j].kind != Kind::Num && !matches!(raw(j), "." | ";" | ":"))
            .find(|&j| raw(j) == ",")
            .map_or(k, |j| j + 1);
    }
    // ("2,554.41 billion kilowatt hours, up 2.2 pct from the year-ago period", "closed at
    // 2,678 francs, up 38 from yesterday's close", "22.50 dlrs, up 1.25;": a level with its
    // change after a comma went that way too)
    let change_after = comma > 0
        && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
        && (matches!(
            raw(k + 2),
            "pct" | "percent" | "%" | "per" | "from" | "points" | ";" | "," | "." | ""
        ) || matches!(raw(k + 2), "-" | "/") && toks[k + 2].glued
            // ("closed at 12-1/2, up 1-1/4": a fraction's parts)
            || lex
            .unit_for_alias(&raw(k + 2).to_ascii_lowercase())
            .is_some()
            // ("34,661 bales, down 421 bales": the level's own counted noun)
            || q.counted.as_deref().is_some_and(|c| raw(k + 2).starts_with(c)));
    // ("222,644 tonnes in 1986, down slightly from 226,157": past an adverb)
    let adverb_from = is_adverb(raw(k + 1)) && raw(k + 2).eq_ignore_ascii_case("from");
    if raw(k + 1).eq_ignore_ascii_case("from") || adverb_from || change_after {
        let dir = raw(k);
        if dir.eq_ignore_ascii_case("down") {
            return Some(Change::Down);
        }
        if dir.eq_ignore_ascii_case("up") {
            return Some(Change::Up);
        }
    }
    None
}

/// Do the words before token `first` open a span of time ("in the first", "for the", "over
/// the past")?
fn timed_span(text: &str, toks: &Toks, first: usize) -> bool {
    use super::baseline_gap::{SPAN_OPENERS, SPAN_SEQUENCE};
    let w = |k: usize| k.checked_sub(1).and_then(|k| word(text, toks, k));
    let mut k = first;
    if w(k).is_some_and(|s| SPAN_SEQUENCE.contains(&&*s)) {
        k -= 1;
    }
    if w(k).as_deref() == Some("the") {
        k -= 1;
    }
    k < first && w(k).is_some_and(|s| SPAN_OPENERS.contains(&&*s))
}
