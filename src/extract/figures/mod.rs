//! Figure extraction: finds every quantity in a text and normalizes it into a [`Figure`].
//!
//! Works sentence by sentence: [`sieve`] passes over the sentences that cannot hold a figure
//! (no digit, no number word), [`lexer`] splits the others, [`scan`] finds quantities
//! (number, scale, unit or currency from [`units`], ranges, bounds), and [`context`] reads the
//! words around each one for its change ([`change`]), concept ([`concept`]), period and hedge.
//! The vocabulary lives in `schema/` ([`lexicon`]). Everything is linear in the input length.

mod age;
mod alternative;
mod article;
mod baseline_gap;
mod bound;
mod bounded;
pub mod change;
mod clause_units;
mod comparative;
pub mod concept;
pub mod context;
pub mod counted;
mod counting;
mod digits;
mod earlier;
mod elided;
mod from_gap;
mod half;
pub mod join;
pub mod lexer;
pub mod lexicon;
mod listed;
mod markers;
mod matchup;
pub mod measure;
mod merge;
mod modifiers;
mod multiple;
pub mod names;
pub mod notation;
mod noun_after;
pub mod number;
mod one;
mod one_listed;
pub mod period;
mod phrases;
mod quantity;
mod quarters;
mod rate;
mod rate_level;
mod rounds;
pub mod scale;
pub mod scan;
mod share;
pub mod sieve;
pub mod skip;
mod speaker;
mod stacked;
mod subject;
pub mod units;
pub mod vague;
mod verb;
mod year_counts;
mod years;

use crate::model::{Change, Figure};
use lexicon::Lexicon;

/// Extracts the figures of `text`; offsets are byte offsets into `text`.
pub fn extract(text: &str) -> Vec<Figure> {
    extract_in(&crate::extract::sentences::split(text))
}

/// As [`extract`], on a text already split by [`crate::extract::sentences::split`] (byte
/// offset, sentence).
pub fn extract_in(sentences: &[(usize, &str)]) -> Vec<Figure> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    for &(offset, sentence) in sentences {
        if !sieve::may_hold(sentence, lex) {
            continue;
        }
        let toks = lexer::lex(sentence);
        let found = scan::scan(sentence, &toks, lex);
        if found.is_empty() {
            // (a sentence with a digit may hold no figure: a date, a name's number)
            continue;
        }
        let mut figures: Vec<Figure> = Vec::with_capacity(found.len());
        let mut last_concepts: Vec<(Option<String>, String)> = Vec::new();
        // the verb acting on each figure, by the figure's start
        let mut verbs: Vec<(usize, &str)> = Vec::new();
        for (k, q) in found.iter().enumerate() {
            let mut figure = q.to_figure(sentence, &toks, lex);
            let floor = if k > 0 { found[k - 1].next } else { 0 };
            let ceiling = found.get(k + 1).map_or(toks.len(), |n| n.first);
            let verb = concept::verb::governing(sentence, &toks, q, floor, lex)
                .or_else(|| concept::verb::passive_after(sentence, &toks, q, ceiling, lex));
            if let Some(v) = verb {
                verbs.push((figure.start, v));
            }
            context::annotate(&mut figure, sentence, &toks, &found, k, lex);
            // "rose 5% to $10 million (from $8 million)": the level reached shares the change's
            // direction and concept ("sales were up 5.3 pct to 780 mln dlrs from 741 mln")
            gapped_change(sentence, &figures, &mut figure);
            if let Some(prev) = figures.last() {
                let gap = sentence.get(prev.end..figure.start).unwrap_or("").trim();
                // ("up to $35bn (£18.8bn)", "over $76m (£40.7m)": a conversion in brackets is
                // the same figure, bound, change and concept; so is the next one listed in the
                // brackets: "nearly 334,000 kroner (34,500 euros, $38,600)")
                // ("a fine up to 200,000 yuan ($24,000; £12,700)": or a semicolon)
                let listed = matches!(gap, "," | ";")
                    && sentence
                        .get(..prev.start)
                        .is_some_and(|b| b.trim_end().ends_with('('));
                // (a bound carries over to a conversion into another measure: "over seven mln
                // bags (630,000 tonnes)")
                let bounded = matches!(prev.change, Change::More | Change::Less | Change::Approx);
                // (not a hyphened weight naming the unit: "about 325,000 (60-kilo) bags")
                let hyphened = figure.text.contains('-');
                // (nor a share in words restated exactly: "about a third (32%)")
                let exact_share = prev.unit.is_none()
                    && prev.value.is_some_and(|v| v < 1.0)
                    && figure.unit.as_deref() == Some("percent");
                if gap == "("
                    && bounded
                    && figure.change == Change::Exact
                    && !hyphened
                    && !exact_share
                {
                    figure.change = prev.change;
                }
                if (gap == "(" || listed) && prev.dimension == figure.dimension {
                    if figure.change == Change::Exact {
                        figure.change = prev.change;
                    }
                    if prev.concept.is_some() {
                        figure.concept = prev.concept.clone();
                    }
                }
                // ("closed up 23 points to 6661.89": the counted word may stand between)
                // ("up 19.6% at $17.04": the level a change reached, written with "at")
                // ("fell 1.20 dlrs, or 4.5 pct, to 25 dlrs": the same change restated, and the
                // level after its comma)
                // (past the counted noun: "to 11,262,307 shares, or 35.5 pct")
                // ("by an average 1.1 pct, or an average of 74 dlrs")
                // ("grew just 0.1%, an annual rate of 0.3%": a change restated at a yearly pace)
                let gap_or = [
                    ", or an average of",
                    ", or a total of",
                    ", or an average",
                    ", or an annual rate of",
                    ", an annual rate of",
                    ", an annualised rate of",
                    ", an annualized rate of",
                ]
                .iter()
                .find_map(|f| gap.strip_suffix(f))
                .unwrap_or(gap);
                // ("net of about 9.8 mln dlrs or 45 cts a share": money and its amount per share
                // restated without a comma)
                let per_share = gap == "or"
                    && prev.dimension.as_deref() == Some("currency")
                    && figure
                        .unit
                        .as_deref()
                        .is_some_and(|u| u.ends_with(" per share"));
                // ("rose by 15.7 pct or 185.78 billion rupees": a share and its amount)
                let dims = (prev.dimension.as_deref(), figure.dimension.as_deref());
                // ("rose 15 cents - 1.1% - on Nasdaq": or set off by dashes)
                let share_amount = matches!(gap, "or" | "-" | "–" | "—")
                    && matches!(
                        dims,
                        (Some("percent"), Some("currency")) | (Some("currency"), Some("percent"))
                    );
                let restated = (gap_or
                    .strip_suffix(", or")
                    .or_else(|| (gap_or.len() < gap.len()).then_some(gap_or))
                    .is_some_and(|noun| !noun.contains(' '))
                    || per_share
                    || share_amount)
                    && figure.change == Change::Exact;
                // ("up to 600,000 shares, or 12 pct", "about 9.8 mln dlrs or 45 cts a share": so
                // is a bound or an estimate)
                // (not past a bare age: "people over 60, or £300 where")
                // (a range is its own estimate: "about 700,000 dlrs, or 31 to 33 cts a share")
                if restated
                    && (matches!(prev.change, Change::More | Change::Less)
                        || prev.change == Change::Approx && figure.low.is_none())
                    && prev.unit.is_some()
                    && (prev.dimension.as_deref() != Some("time")
                        || figure.dimension == prev.dimension)
                {
                    figure.change = prev.change;
                }
                if restated && matches!(prev.change, Change::Up | Change::Down) {
                    figure.change = prev.change;
                    if figure.concept.is_none() || prev.concept.is_some() {
                        figure.concept = prev.concept.clone();
                    }
                }
                // ("rose 0.7 pct to a seasonally adjusted 122.8": the level's article and
                // adjectives may stand between)
                let described = ["to a ", "to an "]
                    .iter()
                    .find_map(|p| gap.strip_prefix(p))
                    .is_some_and(|w| {
                        w.split(' ').count() <= 2
                            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
                    });
                // ("fell 13 marks to close at 292": the level a session ended at)
                let closing = elided::is_closing_gap(gap);
                let to = gap == "to"
                    || gap == ", to"
                    || closing
                    || described
                    || (gap == "at" || at_after_time(gap)) && prev.from.is_none()
                    || gap.strip_suffix(" to").is_some_and(|w| {
                        !w.contains(' ') && prev.dimension.as_deref() == Some("count")
                    });
                // ("a seven pct cut in steel output over the whole of the year to 3.74 mln
                // tonnes": the change's phrase may stand between, when no verb of its own
                // governs the level)
                // (not a baseline, "compared to", nor a new clause: "and equal to nine cts")
                let to_later = gap.len() <= 80
                    && gap.ends_with(" to")
                    && !gap.contains([';', ':', '(', ')', '—', '–'])
                    && !baseline_gap::ends_with_baseline(gap, lex)
                    && ![" and ", " but ", " while ", " or "]
                        .iter()
                        .any(|c| gap.contains(c))
                    && figure.change == Change::Exact;
                if (to || to_later) && matches!(prev.change, Change::Up | Change::Down) {
                    if figure.change == Change::Exact {
                        figure.change = prev.change;
                    }
                    if prev.concept.is_some() {
                        figure.concept = prev.concept.clone();
                    }
                }
            }
            // "went from 20 to 10 percent": a change with a verb of movement goes the way its
            // values do; with no verb ("ranged from 7 to 10", "from 7 to 10 inches") it is a range
            if let (Some(from), Some(to), Change::Exact) =
                (figure.from, figure.value, figure.change)
            {
                // ("support dropped from 57 percent to 47 percent, and CNN from 52 percent to
                // 43 percent": a pair parallel to a change is one)
                let parallel = figures
                    .last()
                    .is_some_and(|p| p.from.is_some() && p.change != Change::Exact);
                // ("the rate dipped in September from 8.1 percent to 7.8 percent": a range
                // runs upward, so a pair running down is a change)
                // ("reduced to around five pct from the current seven to eight pct": after the
                // level a move reached, its earlier value is a range)
                let baseline = figures.last().is_some_and(|p| {
                    p.change != Change::Exact
                        && p.from.is_none()
                        && sentence
                            .get(p.end..figure.start)
                            .is_some_and(|g| g.trim().is_empty())
                        && figure.text.starts_with("from")
                        && sentence.get(..p.start).is_some_and(|b| {
                            let mut w = b.split_whitespace().rev();
                            let last = w.next().unwrap_or("");
                            last == "to" || w.next() == Some("to")
                        })
                });
                if !baseline && (parallel || from > to || moves(sentence, &toks, q.first, lex)) {
                    figure.change = Change::between(from, to);
                } else {
                    figure.low = Some(from.min(to));
                    figure.high = Some(from.max(to));
                    figure.from = None;
                    figure.value = None;
                }
            }
            // a figure with no concept of its own shares that of the last one before it that
            // measures the same dimension (kept per dimension: a sentence may hold thousands)
            let shared = last_concepts
                .iter()
                .find(|(d, _)| *d == figure.dimension)
                .map(|(_, c)| c);
            if figure.concept.is_none() {
                // else the figure just before, close by ("1,100 jobs ... while 1,200 and 550
                // will go", "26,108 cars ..., down 2.2 pct")
                let near = figures.last().filter(|p| {
                    sentence
                        .get(p.end..figure.start)
                        .is_some_and(|gap| gap.len() <= 80)
                });
                figure.concept = shared
                    .cloned()
                    .or_else(|| near.and_then(|p| p.concept.clone()));
            } else if let Some(c) = &figure.concept {
                match last_concepts
                    .iter_mut()
                    .find(|(d, _)| *d == figure.dimension)
                {
                    Some(entry) => entry.1 = c.clone(),
                    None => last_concepts.push((figure.dimension.clone(), c.clone())),
                }
            }
            figures.push(figure);
        }
        alternative::widen_alternatives(sentence, &mut figures, lex);
        share::share(sentence, &mut figures, lex);
        subject::share_subjects(sentence, &mut figures, lex);
        resolve_periods(&mut figures, None);
        // (last, once concepts are shared: "was priced at 99.85" is the price of the bond)
        for (start, verb) in verbs {
            if let Some(f) = figures.iter_mut().find(|f| f.start == start) {
                let after = sentence.get(start..).unwrap_or("");
                let time = f.dimension.as_deref() == Some("time");
                f.concept = concept::verb::with_verb(f.concept.take(), verb, time, after, lex);
            }
        }
        matchup::share_matchup_names(sentence, &mut figures);
        for mut figure in figures {
            figure.start += offset;
            figure.end += offset;
            out.push(figure);
        }
    }
    out
}

/// Is `gap` a time adverbial and "at" ("up 25p since yesterday at 2,575p", "up 5% on the day
/// at 310p"): the level a change reached, after the time it took?
fn at_after_time(gap: &str) -> bool {
    gap.strip_suffix(" at").is_some_and(|w| {
        w.split(' ').count() <= 4
            && matches!(
                w.split(' ').next(),
                Some("since" | "so" | "today" | "yesterday" | "this" | "on")
            )
    })
}

/// Resolves the periods of `figures` to date ranges where possible; `reference` (the
/// article's date) resolves relative ones ("next year"). Figures already resolved are kept.
pub fn resolve_periods(figures: &mut [Figure], reference: Option<chrono::NaiveDate>) {
    for f in figures.iter_mut() {
        if f.period_start.is_some() || f.period_end.is_some() {
            continue;
        }
        if let Some((start, end)) = f
            .period
            .as_deref()
            .and_then(|p| period::resolve(p, reference))
        {
            f.period_start = start;
            f.period_end = end;
        }
    }
}

/// Does a word of movement (`movement` in schema/figures.toml: "went", "moved", "revised")
/// come shortly before the token `first`, within its clause? A "from … to" set off by a comma
/// belongs to the clause before it: "revised down the gains in December, from 157,000 to 133,000".
fn moves(sentence: &str, toks: &[lexer::Tok], first: usize, lex: &Lexicon) -> bool {
    let after_comma = first > 0 && &sentence[toks[first - 1].start..toks[first - 1].end] == ",";
    let reach = if after_comma { 10 } else { 6 };
    // ("an increase in the maximum number of shares to be offered from 800,000 to 1.3 mln": a
    // noun of movement with what it moves reaches further)
    let word_at = |k: usize| &sentence[toks[k].start..toks[k].end];
    let noun_in = (first.saturating_sub(12)..first.saturating_sub(reach))
        .rev()
        .take_while(|&k| !matches!(word_at(k), "," | ";" | ":" | "(" | ")" | "."))
        .any(|k| {
            matches!(word_at(k + 1), "in" | "of")
                && matches!(
                    &*word_at(k).to_ascii_lowercase(),
                    "increase" | "decrease" | "rise" | "reduction" | "cut" | "growth" | "decline"
                )
                && (k + 2..first).all(|j| !matches!(word_at(j), "," | ";" | ":" | "(" | ")" | "."))
        });
    if noun_in {
        return true;
    }
    (first.saturating_sub(reach)..first)
        .rev()
        .map_while(|k| {
            let t = toks[k];
            let w = &sentence[t.start..t.end];
            let comma_allowed = after_comma && k + 1 == first;
            (comma_allowed || !matches!(w, "," | ";" | ":" | "(" | ")" | ".")).then_some(w)
        })
        .any(|w| {
            let w = w.to_ascii_lowercase();
            // (or a verb of change in the past: "rose in March from 7 to 10 pct")
            lex.movement.contains(&w)
                || w.ends_with("ed") && lex.change_verb(&w).is_some() && !lex.not_verbs.contains(&w)
        })
}

/// "Unilever rose 18p to 2,589 and British Telecom 2p to 254": after a change and the level it
/// reached, a name and a figure with a level of its own change the same way (the verb is not
/// repeated), and the name is what changes; so does a figure repeating the change for
/// another thing ("rose 23 pct for exports and 12 pct for imports").
fn gapped_change(sentence: &str, figures: &[Figure], figure: &mut Figure) {
    let Some(prev) = figures.last() else { return };
    // ("lost 65 Canadian cents or 25% on the news to 1.90 Canadian dollars": the level reached
    // past a short "on the news", after the change or its restatement)
    let gap = sentence.get(prev.end..figure.start).unwrap_or("");
    let on_the = gap.trim().strip_prefix("on the ").is_some_and(|rest| {
        rest.strip_suffix(" to")
            .is_some_and(|noun| !noun.is_empty() && !noun.contains([' ', ',']))
    });
    let restated = |k: usize| {
        let (a, b) = (&figures[k - 1], &figures[k]);
        sentence.get(a.end..b.start) == Some(" or ") && b.change == Change::Exact
    };
    let n = figures.len();
    let turned = if n >= 2 && restated(n - 1) {
        figures[n - 2].change
    } else {
        prev.change
    };
    if on_the
        && figure.change == Change::Exact
        && figure.from.is_none()
        && matches!(turned, Change::Up | Change::Down)
    {
        figure.change = turned;
        // (and what moved, not the news)
        let noun = gap
            .trim()
            .trim_start_matches("on the ")
            .trim_end_matches(" to");
        if figure.concept.as_deref().is_none_or(|c| c == noun) {
            figure.concept = prev.concept.clone();
        }
        return;
    }
    if figure.change != Change::Exact || !matches!(prev.change, Change::Up | Change::Down) {
        return;
    }
    let gap = sentence.get(prev.end..figure.start).unwrap_or("");
    // "rose 23 pct for exports and 12 pct for imports": a figure that repeats the one before
    // for another thing, with the same preposition, changes the same way
    let prep = gap.trim_start().split(' ').next().unwrap_or("");
    // (not a second baseline: "to 22.24 billion from 20.92 billion in November and 17.01
    // billion in December")
    let parallel = matches!(prep, "for" | "in" | "on" | "at")
        && prev.from.is_none()
        && gap.ends_with(" and ")
        && gap.split(' ').filter(|w| !w.is_empty()).count() <= 5
        && sentence
            .get(figure.end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(prep) && rest[prep.len()..].starts_with(' '));
    // ("wheat exports were increased by 480,200 tonnes and barley by 283,800 tonnes": or
    // repeats its "by" after another thing)
    let by_before_prev = sentence
        .get(..prev.start)
        .is_some_and(|b| b.ends_with(" by "));
    let gapped_by = by_before_prev
        && gap.starts_with(" and ")
        && gap.ends_with(" by ")
        && gap.split(' ').filter(|w| !w.is_empty()).count() <= 5;
    // ("increased by seven and six, respectively": the list after "by" shares its change)
    let by_list = by_before_prev
        && gap == " and "
        && figure.unit == prev.unit
        && figure.from.is_none()
        && figure.low.is_none();
    // ("surge 4.9% to a new high of 583p", "rose 2% to a record 1,200": the level reached)
    let record_level = gap.trim().strip_prefix("to ").is_some_and(|rest| {
        let words = rest.split(' ').filter(|w| !w.is_empty());
        words.clone().count() <= 5
            && words.into_iter().all(|w| {
                matches!(
                    w,
                    "a" | "an"
                        | "new"
                        | "record"
                        | "fresh"
                        | "all-time"
                        | "high"
                        | "low"
                        | "peak"
                        | "of"
                )
            })
    });
    if parallel || gapped_by || by_list || record_level {
        figure.change = prev.change;
        return;
    }
    let Some(name) = gap
        .strip_prefix(" and ")
        .or_else(|| gap.strip_prefix(", "))
        .and_then(|g| g.strip_suffix(' '))
    else {
        return;
    };
    let words = name.split(' ').count();
    let capitalised = name
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w == "&" || w == "of");
    let level_after = sentence
        .get(figure.end..)
        .and_then(|rest| rest.strip_prefix(" to "))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if (1..=4).contains(&words) && capitalised && level_after {
        figure.change = prev.change;
        figure.concept = Some(name.to_string());
    }
    // ("Citicorp added three billion dlrs and Chase Manhattan 1.6 billion to loan-loss
    // reserves": a bare amount of the same size after "and" and a name is the same move)
    let bare = figure.unit.is_none() && figure.from.is_none() && figure.low.is_none();
    let near = prev
        .value
        .zip(figure.value)
        .is_some_and(|(a, b)| a > 0.0 && (0.05..=20.0).contains(&(b / a)));
    let ends = sentence.get(figure.end..).is_some_and(|r| {
        r.is_empty()
            || r.starts_with(['.', ','])
            || r.strip_prefix(" to ")
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_lowercase()))
    });
    if (1..=3).contains(&words)
        && capitalised
        && gap.starts_with(" and ")
        && bare
        && near
        && ends
        && prev.unit.is_some()
        && prev.from.is_none()
    {
        figure.change = prev.change;
        figure.concept = Some(name.to_string());
        share::lend_unit(figure, prev);
    }
}

#[cfg(test)]
mod tests;
