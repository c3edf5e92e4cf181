//! Joining quantities: ranges ("12 to 20 million tons", "between $160 million and $171
//! million"), changes ("from 12 to 20"), compound amounts ("5 feet 2 inches", "3 dollars 50
//! cents"); bounds written after a number ("5000 or more") are in `bound.rs`.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{self, word};
use super::scan::{quantity_at, Quantity};
use super::units::{currency_at, unit_at};
use crate::model::Change;

/// Joins `q` with a second quantity into a range or a change.
pub(super) fn join_range(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    let mut k = q.next;
    let w = |k: usize| word(text, toks, k).unwrap_or_default();
    if w(k) == "-" && toks[k].glued && w(k + 1) == "to" {
        k += 1; // "8- to 16-meter"
    }
    // ("raised the size of its Obligation TRUST 23 to 350 mln dlrs": a name's number opens no
    // range)
    let named = q.first > 0 && q.unit.is_none() && q.scale == 1.0 && {
        let t = toks[q.first - 1];
        let w = &text[t.start..t.end];
        // (not a table's header across a column gap: "MATURITY   30-273 days")
        t.kind == Kind::Word
            && w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && !text[t.end..toks[q.first].start].contains("  ")
    };
    if named {
        return;
    }
    // ("from more than 3% in 2004 to a little below 2.5%": past the first end's own bound;
    // "from about 12 percentage points to 8")
    let from_about = q.first > 2
        && matches!(
            &*w(q.first - 1),
            "about" | "around" | "nearly" | "almost" | "roughly"
        )
        && w(q.first - 2) == "from";
    let bound =
        if q.first > 1 && matches!(&*w(q.first - 1), "than" | "over" | "under") || from_about {
            number::bound_ending(text, toks, q.first, 0, lex).map_or(0, |(p, _)| p.len())
        } else {
            0
        };
    let before = if q.first > bound {
        w(q.first - 1 - bound)
    } else {
        std::borrow::Cow::Borrowed("")
    };
    // ("fallen from a peak of over 67 percent in 2000 to 62.8 percent": the earlier value
    // named as a peak or a level)
    let peak_of = before == "of"
        && q.first >= 4 + bound
        && matches!(
            &*w(q.first - 2 - bound),
            "peak" | "high" | "low" | "record" | "level" | "total"
        )
        && matches!(
            &*w(q.first - 3 - bound),
            "a" | "an" | "the" | "its" | "their"
        )
        && w(q.first - 4 - bound) == "from";
    // ("from the current 35 percent to as low as 15 percent", "from a record 35 percent":
    // the earlier value described)
    let described = q.first >= 2 + bound
        && matches!(
            &*w(q.first - 1 - bound),
            "current"
                | "present"
                | "previous"
                | "prior"
                | "existing"
                | "record"
                | "original"
                | "initial"
        )
        && (w(q.first - 2 - bound) == "from"
            || q.first >= 3 + bound
                && matches!(
                    &*w(q.first - 2 - bound),
                    "a" | "an" | "the" | "its" | "their"
                )
                && w(q.first - 3 - bound) == "from");
    // (the words between "from" and the number: "the current")
    let described_words = match (described, &*w(q.first.saturating_sub(2 + bound))) {
        (false, _) => 0,
        (true, "from") => 1,
        (true, _) => 2,
    };
    let before = if peak_of || described {
        std::borrow::Cow::Borrowed("from")
    } else {
        before
    };
    // "from 81,000 units in 2003 to 106,000": a counted noun and a year between the ends
    let mut skipped_noun = None;
    let mut spaced_ends = false;
    // ("up from around 63 or 64 cts": neighbouring numbers are the earlier value)
    if before == "from" && !matches!(&*w(k), "to" | "-" | "–" | "—" | "or") {
        let Some((after, noun)) =
            super::from_gap::skip_noun_and_year(text, toks, k, q.unit.is_none(), lex)
        else {
            return;
        };
        // "from 42 percent in 1965 to 13 percent", "from 217 seats to 180": a change
        spaced_ends = true;
        k = after;
        skipped_noun = noun;
    }
    // ("defeated by 297 votes to 203": a vote's tally, past its noun)
    let to = if w(k).starts_with("vote") { k + 1 } else { k };
    // (a tally runs down: not "rose from 300 votes to 400")
    let second = toks
        .get(to + 1)
        .filter(|t| t.kind == Kind::Num)
        .and_then(|t| text[t.start..t.end].replace(',', "").parse::<f64>().ok());
    let tally = w(to) == "to"
        && to > 0
        && w(to - 1).starts_with("vote")
        && before != "from"
        && second.is_some_and(|b| q.value.is_some_and(|a| a >= b));
    if tally {
        q.tally = true;
        q.next = to + 2;
        return;
    }
    let connector = w(k);
    let dash = matches!(&*connector, "-" | "–" | "—" | "~");
    // "between the ages of 12 and 16", "between a vertical depth of 750 and 1200 feet"
    let between_ages = before == "of"
        && q.first >= 4
        && (q.first.saturating_sub(6)..q.first - 2).any(|k| w(k) == "between");
    let ok = match &*connector {
        "to" | "through" | "thru" => true,
        "and" => before == "between" || between_ages,
        // "five or six moving pieces", "two or three million": neighbouring round numbers
        "or" => q.unit.is_none() && q.counted.is_none(),
        _ => dash,
    };
    // ("cut by half to 66.2 billion dlrs": a share changed by, then the level reached)
    let share_by = before == "by" && q.value.is_some_and(|v| v < 1.0) && q.unit.is_none();
    // ("Nearly two thirds - 65% - of the people": a share restated between dashes)
    let restated = dash
        && toks[q.number_first].kind == Kind::Word
        && q.value.is_some_and(|v| v < 1.0)
        && q.unit.is_none()
        && toks.get(k).is_some_and(|t| !t.glued);
    if !ok || share_by || restated {
        return;
    }
    // "plummeted from 53% to just 17%", "ranged from $550,000 in 2008 to more than $3
    // million": a bound or adverb may open the second end of a change or range
    let mut at = k + 1;
    // ("two-to-three weeks": "to" hyphened to both ends, the second end above the first)
    let hyphened = connector == "to" && toks[k].glued && w(at) == "-" && toks[at].glued;
    at += usize::from(hyphened);
    // ("from £79.60 to the pensioner credit guarantee level of £105.45": past the second
    // end's noun and its "of")
    if before == "from" && connector == "to" && w(at) == "the" {
        let lower = |j: usize| !w(j).is_empty() && w(j).bytes().all(|b| b.is_ascii_lowercase());
        if let Some(of) = (at + 2..at + 7)
            .take_while(|&j| lower(j - 1))
            .find(|&j| w(j) == "of")
        {
            at = of + 1;
        }
    }
    if before == "from" || before == "between" {
        // ("a little below 2.5%", "slightly over 3%": a degree before the bound)
        at += match (&*w(at), &*w(at + 1)) {
            ("a", "little" | "bit") => 2,
            ("slightly" | "just" | "only" | "well", _) => 1,
            _ => 0,
        };
        at += match (&*w(at), &*w(at + 1)) {
            ("more" | "less" | "fewer", "than") => 2,
            (
                "about" | "around" | "nearly" | "almost" | "roughly" | "some" | "approximately"
                | "over" | "under",
                _,
            ) => 1,
            // ("to as low as 15 percent": the level reached, written as an extreme)
            ("as", "low" | "high") if w(at + 2) == "as" => 3,
            _ => number::bound_opening(text, toks, at, lex),
        };
    }
    let Some(mut b) = quantity_at(text, toks, at, lex, false) else {
        return;
    };
    if hyphened && b.value.zip(q.value).is_none_or(|(b, a)| b <= a) {
        return;
    }
    // "edged up 0.1% to 4.7%": after a change verb, two measured ends are the change and the
    // level it reached, not a range
    // (so after "by": "raised rates by 0.5 pct to 9 pct" is the amount and the new level)
    // ("jumped nearly two cts to 33 cts": an adverb may stand between, when the second end is
    // well above the first; "rise about 5.5 pct to six pct" is a range)
    let adverb = matches!(
        &*before,
        "nearly" | "about" | "around" | "some" | "almost" | "roughly" | "approximately" | "just"
    );
    let verb = if adverb && q.first >= 2 {
        w(q.first - 2)
    } else {
        std::borrow::Cow::Borrowed(&*before)
    };
    let well_above = matches!((q.value, b.value), (Some(a), Some(b)) if a > 0.0 && b >= 2.0 * a);
    // ("would eliminate $100 billion to $150 billion in spending": nothing is eliminated to a
    // level, the pair is a range)
    let after_change_verb = lex.change_verb(&verb).is_some()
        && !verb.starts_with("eliminat")
        && (!adverb || well_above || q.value.is_none());
    // ("up more than 6%, or 16.75 pence to 293.5p": the change restated, and its level)
    let restated = before == "or" && q.first >= 2 && w(q.first - 2) == ",";
    if (after_change_verb || restated) && connector == "to" && q.unit.is_some() && b.unit.is_some()
    {
        return;
    }
    // so after "by", when the second end is well above the first: "raised rates by 0.5 pct
    // to 9 pct" is the amount and the new level ("cut profits by $3.8m to $4.9m" a range)
    // (and plain numbers after a change verb: "IBM fell 1-3/4 to 149-3/8")
    let measured_pair = q.unit.is_some() && b.unit.is_some();
    let plain_pair = q.unit.is_none()
        && b.unit.is_none()
        && q.counted.is_none()
        && b.counted.is_none()
        && after_change_verb;
    if (before == "by" && measured_pair || plain_pair) && connector == "to" {
        if let (Some(a), Some(b)) = (q.value, b.value) {
            if a > 0.0 && b >= 3.0 * a {
                return;
            }
        }
    }
    // a dash joins a range when spaced alike on both sides: "10-15", "10 - 15"
    if dash && toks[k].glued != toks.get(k + 1).is_some_and(|t| t.glued) {
        return;
    }
    let (Some(a_val), Some(mut b_val)) = (q.value, b.value) else {
        return;
    };
    // "137.80-85 yen", "1,950-75": a dealer's shorthand second end keeps the first's leading
    // digits
    if dash && b_val < a_val && b.scale == 1.0 {
        let digits = text[toks[k + 1].start..toks[k + 1].end].len() as i32;
        let a_raw = &text[toks[q.number_first].start..toks[q.number_first].end];
        let decimals = a_raw.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
        let unit = 10f64.powi(digits - decimals);
        let expanded = (a_val / unit).floor() * unit + b_val / 10f64.powi(decimals);
        // (not a score: "won 10-5"; nor a vote, "the House voting 316-90", "a 316-90 vote")
        let vote = q.first > 0
            && matches!(
                &*w(q.first - 1),
                "voted" | "voting" | "vote" | "votes" | "won" | "lost" | "passed" | "approved"
            )
            || matches!(
                &*w(b.next),
                "vote" | "votes" | "tally" | "margin" | "decision"
            );
        let long = !vote && (decimals > 0 || a_val >= 100.0);
        if long && expanded > a_val && expanded < a_val + unit && b_val.fract() == 0.0 {
            b_val = expanded;
            b.value = Some(expanded);
        }
    }
    if connector == "or" {
        let b_plain = b_val / b.scale;
        let neighbours = a_val.fract() == 0.0
            && b_plain.fract() == 0.0
            // ("10 or 15 years": round numbers a step of five apart too)
            && (b_plain - a_val == 1.0
                || (a_val % 10.0 == 0.0 && b_plain - a_val == 10.0)
                || (a_val % 5.0 == 0.0 && b_plain - a_val == 5.0))
            && (1.0..=100.0).contains(&a_val);
        if !neighbours {
            return;
        }
    }
    let a_dim = q.unit.map(|u| &lex.units[u].dimension);
    let b_dim = b.unit.map(|u| &lex.units[u].dimension);
    if a_dim.is_some() && b_dim.is_some() && q.unit != b.unit {
        return;
    }
    // "fell 0.14 pct to 434.49": a measured first end and a bare second one are a change and
    // its level, not a range (ranges carry the unit on both ends or on the last: "5 to 10%")
    if q.unit.is_some() && b.unit.is_none() && b.counted.is_none() && !opens_range(&before) {
        return;
    }
    // "fell by 7.6 pct to 1,129,000 units": a unit and a counted noun measure different things
    if q.unit.is_some() && b.unit.is_none() && b.counted.is_some() {
        return;
    }
    // "12 to 20 million tons": the scale of the second end applies to the first
    // ("between 100-150,000 metric tons", "20-25,000 people": so do the thousands of a second
    // end written in full, when the first is its thousands; not "1-10,000")
    let thousands = q.scale == 1.0
        && b.scale == 1.0
        && (1.0..1000.0).contains(&a_val)
        && b_val % 1000.0 == 0.0
        && a_val * 1000.0 < b_val
        && a_val * 2000.0 >= b_val;
    let a_val = if q.scale == 1.0 && b.scale > 1.0 && a_val < b_val / b.scale * 1000.0 {
        a_val * b.scale
    } else if thousands {
        a_val * 1000.0
    } else {
        a_val
    };
    // "a 5-4 decision", "voted 11-10", "a 420-to-3 vote", "50-50 odds": a descending or equal pair
    // of plain numbers is a score or a tally, not a range; so is a pair in a run of scores ("6-7
    // (2-7) 6-2") (not two fractions: "between 1/64th and 1/1,024th")
    let plain = q.unit.is_none()
        && b.unit.is_none()
        && q.scale == 1.0
        && b.scale == 1.0
        && !(a_val < 1.0 && b_val < 1.0 && before == "between");
    // ("ranged from $550,000 in 2008 to more than $3 million": a range, not a change)
    let ranged = q.first >= 2
        && matches!(
            &*w(q.first - 2),
            "range" | "ranged" | "ranges" | "ranging" | "varied" | "varies" | "vary" | "varying"
                // ("reduce oxygen intake by anywhere from 5 to 20 percent")
                | "anywhere"
        );
    let from_to = before == "from" && !dash && !ranged && connector != "or";
    // ("fails to pass House following 198-213 vote": a tally's noun after the pair)
    let tally_noun = matches!(
        &*w(b.next),
        "vote"
            | "votes"
            | "decision"
            | "ruling"
            | "verdict"
            | "margin"
            | "win"
            | "victory"
            | "defeat"
            | "loss"
            | "score"
            | "scoreline"
            | "draw"
    );
    if plain
        && ((!from_to && !ranged && a_val >= b_val)
            || (dash && in_score_run(text, toks, q.first, b.next))
            || dash && tally_noun)
    {
        q.tally = true;
        q.next = b.next;
        return;
    }
    // "47 percent to 43 percent": a measured pair running down, joined by "to", is a
    // comparison (a poll, a vote share); ranges run upward
    // ("43 to 31 percent": the first shares the unit)
    // ("Ryan's 53%-43% advantage": a dash between two shares running down, too)
    // ("won Florida by 51-47 percent": the first may leave its unit to the second)
    let shares = (a_dim.is_some_and(|d| d == "percent") || a_dim.is_none() && q.counted.is_none())
        && b_dim.is_some_and(|d| d == "percent");
    // ("gains of 0.40 to 0.07 cent": changes are a range either way round)
    // ("settled 0.75 to 0.50 cent stronger": so are a market's moves before its comparative)
    let changes_of = before == "of" && q.first >= 2 && lex.change_verb(&w(q.first - 2)).is_some()
        || matches!(
            &*w(b.next),
            "higher" | "lower" | "stronger" | "firmer" | "better" | "weaker" | "easier" | "softer"
        );
    if !from_to
        && !ranged
        && !changes_of
        && (connector == "to" || (dash && shares))
        && a_val > b_val
    {
        if q.unit.is_none() && q.counted.is_none() && q.scale == b.scale {
            q.unit = b.unit;
        }
        return;
    }
    if from_to {
        q.from = Some(a_val);
        q.value = Some(b_val);
        q.first -= 1 + bound + if peak_of { 3 } else { described_words };
        // words between the ends ("in 1965", "seats") make it a change over time
        if spaced_ends {
            q.change = Change::between(a_val, b_val);
        }
    } else {
        q.low = Some(a_val.min(b_val));
        q.high = Some(a_val.max(b_val));
        q.value = None;
        if before == "between" || (before == "from" && ranged) {
            q.first -= 1 + bound;
        }
    }
    q.unit = q.unit.or(b.unit);
    // ("$30 to $40 a barrel", "between $30,000 and $40,000 each year": the last end's rate)
    q.per = q.per.or(b.per);
    // ("$800 to $1,000 per trained employee": or its noun)
    q.per_noun = q.per_noun.take().or(b.per_noun.take());
    q.counted = b.counted.take().or(skipped_noun);
    q.scale = b.scale;
    q.next = b.next;
}

/// Does the word before a pair say it is one ("from 5% to 10", "between 5% and 7")?
fn opens_range(before: &str) -> bool {
    matches!(before, "from" | "between")
}

/// Is the dash pair spanning tokens `first..next` one of a run of scores: "6-3 3-6 6-3",
/// "6-7 (2-7)"? A neighbouring pair of plain numbers, spaced or in parentheses, says so.
fn in_score_run(text: &str, toks: &Toks, first: usize, next: usize) -> bool {
    let s = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // scores are small whole numbers: "2-4 1100-1350 lbs" is a grade and a weight range
    let num = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let digits = &text.as_bytes()[t.start..t.end];
            t.kind == Kind::Num && digits.len() <= 2 && digits.iter().all(u8::is_ascii_digit)
        })
    };
    let dash = |k: usize| matches!(s(k), "-" | "–");
    let pair_at = |k: usize| num(k) && dash(k + 1) && num(k + 2);
    let pair_ending_at = |k: usize| k >= 2 && num(k) && dash(k - 1) && num(k - 2);
    let after = if s(next) == "(" { next + 1 } else { next };
    // skip the bracket of "(2-7)" or the one closing the pair before: "(7-3) 6-2"
    let before = if first > 0 && matches!(s(first - 1), "(" | ")") {
        first.checked_sub(2)
    } else {
        first.checked_sub(1)
    };
    pair_at(after) || before.is_some_and(pair_ending_at)
}

/// "5 feet 2 inches", "a 6-foot-2 forward", "two years and a half", "3 dollars 50 cents",
/// "15 dollars 50": a smaller unit of the same dimension (not of time), a half, or for money a
/// bare number of cents completes the figure.
pub(super) fn compound(text: &str, toks: &Toks, q: &mut Quantity, lex: &Lexicon) {
    let (Some(u), Some(v)) = (q.unit, q.value) else {
        return;
    };
    if q.scale != 1.0 {
        return;
    }
    let big = &lex.units[u];
    // "a cent and a half", "two years and a half"
    if let Some(n) = super::article::half_after(text, toks, q.next) {
        q.value = Some(v + 0.5);
        q.next += n;
        return;
    }
    // "5-foot-11", "a 6-foot-2 forward": a height's inches after a hyphen
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let inches = toks.get(q.next + 1).filter(|t| {
        t.glued && t.kind == Kind::Num && raw(q.next + 1).bytes().all(|b| b.is_ascii_digit())
    });
    if big.name == "foot" && raw(q.next) == "-" && toks[q.next].glued {
        if let Some(n) = inches.and_then(|t| text[t.start..t.end].parse::<f64>().ok()) {
            if n < 12.0 {
                q.value = Some(v + n / 12.0);
                q.next += 2;
                return;
            }
        }
    }
    // ("seven years and 43 days", "two hours 18 minutes": the parts of a span of time are
    // figures of their own, as the published gold counts them; a height, "6ft 4in", stays one)
    if big.dimension == "time" {
        return;
    }
    let mut k = q.next;
    if word(text, toks, k).as_deref() == Some("and") {
        k += 1;
    }
    if currency_at(text, toks, k, lex).is_some() {
        return;
    }
    let Some(n) = number::parse_at(text, toks, k, lex) else {
        return;
    };
    let glued_letters = toks
        .get(n.next)
        .is_some_and(|t| t.glued && t.kind == Kind::Word);
    if glued_letters && unit_at(text, toks, n.next, lex).is_none() {
        return;
    }
    // "12 ft 2 in more or less": after a larger unit, a strict form ("in") is the smaller one
    let strict_smaller = || {
        let t = toks.get(n.next)?;
        let (u, _) = lex.aliases.get(&text[t.start..t.end].to_lowercase())?;
        Some((*u, n.next + 1))
    };
    let (add, next) = match unit_at(text, toks, n.next, lex).or_else(strict_smaller) {
        Some((s, next)) => {
            let su = &lex.units[s];
            // (the smaller part is less than one of the larger unit: not "35,000 long tons
            // and 5,000 metric tons", two amounts)
            if su.dimension != big.dimension
                || su.factor >= big.factor
                || su.dimension == "temperature"
                || n.value * su.factor >= big.factor
            {
                return;
            }
            (n.value * su.factor / big.factor, next)
        }
        // "15 dollars 50": only after a whole amount written with a currency word
        None if big.dimension == "currency"
            && big.factor == 1.0
            && q.first == q.number_first
            && v.fract() == 0.0
            && n.value < 100.0
            && n.value.fract() == 0.0
            && !n.words
            && !toks.get(n.next).is_some_and(|t| t.kind == Kind::Num) =>
        {
            (n.value / 100.0, n.next)
        }
        None => return,
    };
    q.value = Some(v + add);
    q.next = next;
}

/// "won Florida by 51-47 percent": is the number at token `j`, glued by a hyphen to a larger
/// number before it and followed by a percent unit, the second of two shares (no part of an
/// id)?
pub(super) fn second_share(text: &str, toks: &Toks, j: usize, lex: &Lexicon) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let value = |k: usize| super::digits::parse_digits(raw(k));
    j >= 2
        && raw(j - 1) == "-"
        && value(j - 2).zip(value(j)).is_some_and(|(a, b)| a > b)
        && lex
            .unit_for_alias(&raw(j + 1).to_ascii_lowercase())
            .is_some_and(|u| u.dimension == "percent")
}
