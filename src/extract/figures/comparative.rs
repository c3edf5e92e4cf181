//! Comparisons around a figure: a comparative after it ("36% higher than a year ago", "5%
//! down on last year") makes it a change; a comparison before "the" figure ("above the $47 a
//! barrel mark", "less than the 16.5 mln tonnes") makes it a bound; a new extreme reached
//! ("hit a new low of 10 percent") goes its way.

use std::borrow::Cow;

use super::context::is_clause_break;
use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::scan::Quantity;
use crate::model::Change;

/// A bound written before "the" figure: `before` holds the words before it (back to `floor`,
/// the first token after the previous quantity).
pub(super) fn compared_with_the(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    before: &[Cow<str>],
    floor: usize,
    lex: &Lexicon,
) -> Option<Change> {
    let n = before.len();
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("surged back above the $47 a barrel mark": a bound before "the" figure's mark)
    let mark = matches!(
        raw(q.next),
        "mark" | "level" | "threshold" | "barrier" | "line" | "ceiling" | "floor"
    );
    // ("below the psychological 1,000 stg level": an adjective may stand after "the")
    let adjective = n >= 3
        && before[n - 2] == "the"
        && before[n - 1].len() > 3
        && before[n - 1].bytes().all(|b| b.is_ascii_lowercase())
        && !lex.concept.function_words.contains(&*before[n - 1]);
    let the = n - usize::from(adjective);
    // ("375 ft below the 2,600 foot level": right after another figure, the comparison is
    // that figure's distance from this one, no bound)
    let distance =
        the == 2 && floor > 0 && toks.get(floor - 1).is_some_and(|t| t.kind != Kind::Sym);
    if mark && the >= 2 && before[the - 1] == "the" && !distance {
        match &*before[the - 2] {
            "above" | "over" | "past" | "beyond" | "topped" | "breached" => {
                return Some(Change::More)
            }
            "below" | "under" => return Some(Change::Less),
            // ("remain around the three million mark")
            "around" | "about" | "near" | "roughly" => return Some(Change::Approx),
            _ => {}
        }
    }
    // ("remained above the four dlrs a share offer", "less than the 16.5 mln tonnes"): a
    // comparison with a figure named before, without a mark (not "over the 12 months", "under
    // the 1987 plan": only words that compare; nor a comparative of the figure before, "15.2
    // pct less than the 1.45 mln hectares")
    let own = n >= 2 && (q.first >= floor + 4 || (q.first >= floor + 3 && before[n - 2] != "than"));
    if !mark && own && before[n - 1] == "the" {
        let than = |w: &str| n >= 3 && before[n - 2] == "than" && before[n - 3] == w;
        if before[n - 2] == "above" || ["more", "higher", "greater"].into_iter().any(than) {
            return Some(Change::More);
        }
        if before[n - 2] == "below" || ["less", "fewer", "lower"].into_iter().any(than) {
            return Some(Change::Less);
        }
    }
    None
}

/// A comparative after a measured figure: "36% higher than a year ago", "5% down on last
/// year", "trading about 20 cents higher," (a bare count is left alone: "15 more from", "two
/// more than the incumbent"; "from 2.5 to 1.125 pct above libor" is a change of its own).
pub(super) fn comparative_after(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    lex: &Lexicon,
) -> Option<Change> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("there were 142,000 more jobs in March than in February": a count's "more" before its
    // noun, "than" a little further on; not a revision, "84,000 more jobs than previously
    // reported")
    if q.unit.is_none() && matches!(raw(q.next), "more" | "fewer") {
        let noun = toks.get(q.next + 1).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word && w.ends_with('s') && w.bytes().all(|b| b.is_ascii_lowercase())
        });
        let than = (q.next + 3..q.next + 7).find(|&k| raw(k) == "than");
        // (nor "than it projected five days ago")
        let revised = than.is_some_and(|k| {
            (k + 1..k + 3).any(|j| {
                matches!(
                    raw(j),
                    "previously"
                        | "expected"
                        | "forecast"
                        | "estimated"
                        | "reported"
                        | "initially"
                        | "projected"
                        | "predicted"
                        | "thought"
                        | "planned"
                )
            })
        });
        if noun && than.is_some() && !revised {
            return Some(if raw(q.next) == "more" {
                Change::Up
            } else {
                Change::Down
            });
        }
    }
    // ("some 300,000 more than a year earlier": a bare figure's own "more than")
    // ("22 times greater": past a measure noun counted)
    let measure = q
        .counted
        .as_deref()
        .is_some_and(|c| c == "time" && raw(q.next).starts_with("time"));
    // ("closed 30 to 52 points lower": past a counted noun, a comparative at the clause's
    // end; "trading 1/16 point down at 10-5/16": or "up", "down")
    let points = !measure
        && q.counted
            .as_deref()
            .is_some_and(|c| c.len() > 2 && raw(q.next).starts_with(c))
        && (matches!(raw(q.next + 1), "higher" | "lower")
            || matches!(raw(q.next + 1), "up" | "down")
                && q.counted
                    .as_deref()
                    .is_some_and(|c| lex.concept.measure_nouns.contains(c)))
        && toks.get(q.next + 2).is_none_or(|t| {
            is_clause_break(text, *t) || lex.concept.function_words.contains(raw(q.next + 2))
        });
    if points {
        return Some(if matches!(raw(q.next + 1), "higher" | "up") {
            Change::Up
        } else {
            Change::Down
        });
    }
    let at = q.next + usize::from(measure);
    // ("we would pay 14 times as much as France": a multiple of more than one is a rise;
    // "six times as much data as": past a noun after "much" or "many")
    let multiple = measure
        && raw(at) == "as"
        && (raw(at + 2) == "as" || matches!(raw(at + 1), "much" | "many") && raw(at + 3) == "as");
    if multiple && q.value.is_some_and(|v| v > 1.0) {
        return Some(Change::Up);
    }
    // ("30 million fewer workers": fewer of what it counts is a fall, "than" or not)
    if raw(at) == "fewer" && q.counted.is_some() && q.from.is_none() {
        return Some(Change::Down);
    }
    // ("£200m less debt", "$5bn more spending": so is money less or more of a thing)
    let money = || q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
    let thing = || {
        toks.get(at + 1).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(w)
        }) && raw(at + 2) != "than"
    };
    // ("spend by 2008 £60bn more.": or ending its clause)
    let ends = || toks.get(at + 1).is_none_or(|t| is_clause_break(text, *t));
    if matches!(raw(at), "less" | "more") && q.from.is_none() && money() && (thing() || ends()) {
        return Some(if raw(at) == "more" {
            Change::Up
        } else {
            Change::Down
        });
    }
    let more_than = matches!(raw(at), "more" | "fewer" | "less") && raw(at + 1) == "than";
    // ("won 6 million more votes than any other candidate": a count's noun between)
    let more_noun_than = matches!(raw(at), "more" | "fewer")
        && toks.get(at + 1).is_some_and(|t| t.kind == Kind::Word)
        && raw(at + 2) == "than";
    // ("spot May ended 0.70 higher at 56.50 cents": a bare change before its level)
    let market = |w: &str| {
        matches!(
            w,
            "higher" | "lower" | "stronger" | "firmer" | "better" | "weaker" | "easier" | "softer"
        )
    };
    let level_after = market(raw(at))
        && raw(at + 1) == "at"
        && toks.get(at + 2).is_some_and(|t| t.kind == Kind::Num);
    // ("Oats ranged unchanged to 0.30 lower.": a bare market move ending its clause)
    let market_end = market(raw(at)) && toks.get(at + 1).is_none_or(|t| is_clause_break(text, *t));
    // ("were four-fifths higher than the prior week's level": a fraction of it, in words)
    let fraction = q.value.is_some_and(|v| v > 0.0 && v < 1.0)
        && matches!(raw(at), "higher" | "lower")
        && raw(at + 1) == "than";
    if !((q.unit.is_some()
        || more_than
        || more_noun_than
        || measure
        || level_after
        || market_end
        || fraction)
        && q.from.is_none())
    {
        return None;
    }
    // ("eight mln tonnes short of its target": below the mark named after it)
    if matches!(raw(at), "short" | "shy") && raw(at + 1) == "of" {
        return Some(Change::Down);
    }
    // ("six mln dlrs under budget", "20 pct over target")
    let plan = matches!(
        raw(at + 1),
        "budget" | "target" | "forecast" | "plan" | "estimates"
    );
    if plan && matches!(raw(at), "under" | "over") {
        return Some(if raw(at) == "over" {
            Change::Up
        } else {
            Change::Down
        });
    }
    let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
    let cmp_word = super::scan::ascii_lower(raw(at), &mut a);
    // ("processed in 52 days, 120 days faster than the average": less time)
    // ("10 mph faster": more speed)
    let dimension = q.unit.map_or("", |u| lex.units[u].dimension.as_str());
    let (time, speed) = (dimension == "time", dimension == "speed");
    let cmp = cmp_word.and_then(|w| match w {
        "faster" | "sooner" | "quicker" if time => Some(false),
        "slower" if time => Some(true),
        "faster" | "quicker" if speed => Some(true),
        "slower" if speed => Some(false),
        // ("8.5 pct ahead of the previous record": a share or a sum of money ahead; not a
        // time, "two years ahead of schedule", nor a poll's or a league's margin in points,
        // "four points ahead of Arsenal"; "behind" is no comparative: "100 percent behind")
        "ahead"
            if !matches!(dimension, "percent" | "currency" | "count")
                || q.unit.is_some_and(|u| lex.units[u].name.ends_with("point")) =>
        {
            None
        }
        _ => lex.comparatives.get(w).copied(),
    });
    // "above"/"below" name their baseline: "8.6 pct below their level" (not "below zero"; nor a
    // length's place, "2-1/2 feet above the sidewalk")
    let positional = cmp_word.is_some_and(|w| lex.comparatives_positional.contains(w))
        && (dimension != "length" || {
            let k = at + 1 + usize::from(matches!(raw(at + 1), "the" | "its" | "their"));
            // ("375 ft below the 2,600 foot level": or another figure)
            lex.length_baselines.contains(raw(k))
                || toks.get(k).is_some_and(|t| t.kind == Kind::Num)
        });
    let next = toks.get(at + 1).filter(|t| t.kind == Kind::Word);
    // "Hog prices opened 1.00 dlr higher, ...": a comparative ending the clause
    // ("would have been 8% higher if currency movements were stripped out": or a function
    // word after it)
    let clause_end = toks.get(at + 1).is_none_or(|t| {
        is_clause_break(text, *t)
            || matches!(
                &text[t.start..t.end],
                "if" | "when" | "had" | "without" | "because"
                    // ("Centene ended 1.6 percent higher and Humana closed up": or a
                    // conjunction or a time's preposition)
                    | "and" | "but" | "while" | "as" | "after" | "on"
                    // ("open 1.50 to 2.00 dlrs higher following London gold", "0.5% lower in
                    // March")
                    | "following" | "in"
            )
    }) && cmp_word.is_some_and(market);
    // ("27% more deaths than normal": a noun between the comparative and "than")
    let noun_than = cmp_word.is_some_and(|w| matches!(w, "more" | "fewer" | "less"))
        && next.is_some_and(|t| text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase()))
        && raw(at + 2) == "than";
    // ("30 pct less expensive to operate", "20% more likely": a share more or less of what
    // the word after it names)
    let share_of = q.unit.is_some_and(|u| lex.units[u].dimension == "percent")
        && cmp_word.is_some_and(|w| matches!(w, "more" | "less" | "fewer"))
        && next.is_some_and(|t| text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase()))
        && !lex.concept.function_words.contains(raw(at + 1));
    // ("output is estimated 13 pct higher this year": a comparative stated of the subject)
    let copula = |k: usize| matches!(raw(k), "is" | "are" | "was" | "were" | "be" | "been");
    let predicative = cmp_word.is_some_and(|w| matches!(w, "higher" | "lower"))
        && q.first >= 2
        && (copula(q.first - 1)
            || matches!(
                raw(q.first - 1),
                "estimated" | "expected" | "seen" | "forecast"
            ) && copula(q.first - 2));
    let link = clause_end
        || predicative
        || share_of
        || noun_than
        || more_than
        || measure
        || next.is_some_and(|_| {
            super::scan::ascii_lower(raw(at + 1), &mut b).is_some_and(|w| {
                lex.comparative_links.contains(w)
                    || (positional
                        && !lex.fixed_points.contains(w)
                        // ("1,450 feet below the surface": or "the" before it)
                        && !(w == "the" && lex.fixed_points.contains(raw(at + 2))))
            })
        });
    if let (Some(up), true) = (cmp, link) {
        return Some(if up { Change::Up } else { Change::Down });
    }
    None
}

/// "opened 0.80 lower to 0.10 higher": the two ends of a span of changes, each with its own
/// comparative (the "lower to" before the second end is no verb of change).
pub(super) fn paired_comparative(text: &str, toks: &Toks, q: &Quantity) -> Option<Change> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num);
    let cmp = |k: usize| matches!(raw(k), "higher" | "lower");
    let first_end = cmp(q.next) && raw(q.next + 1) == "to" && num(q.next + 2) && cmp(q.next + 3);
    let second_end = cmp(q.next)
        && q.first >= 3
        && raw(q.first - 1) == "to"
        && cmp(q.first - 2)
        && num(q.first - 3);
    (first_end || second_end).then(|| {
        if raw(q.next) == "higher" {
            Change::Up
        } else {
            Change::Down
        }
    })
}

/// "approval hit a new low of 10 percent", "reached a record high of 50 dlrs", "pushing
/// employment to a record low of 3.24 million": a new extreme reached (the figure opening at
/// token `first`) goes its way.
pub(super) fn new_extreme(text: &str, toks: &Toks, first: usize) -> Option<Change> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let reached = |k: usize| {
        matches!(
            raw(k),
            "hit"
                | "hits"
                | "hitting"
                | "reached"
                | "reach"
                | "reaches"
                | "reaching"
                | "touched"
                | "struck"
                | "set"
                | "sets"
                | "marked"
                | "to"
        )
    };
    let extreme = first >= 3
        && raw(first - 1) == "of"
        && matches!(raw(first - 2), "low" | "high")
        && (first.saturating_sub(6)..first - 2).any(reached)
        && (first.saturating_sub(4)..first - 2)
            .any(|k| matches!(raw(k), "new" | "record" | "all-time"));
    extreme.then(|| {
        if raw(first - 2) == "high" {
            Change::Up
        } else {
            Change::Down
        }
    })
}
