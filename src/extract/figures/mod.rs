//! Figure extraction: finds every quantity in a text and normalizes it into a [`Figure`].
//!
//! Works sentence by sentence: [`lexer`] splits the sentence, [`scan`] finds quantities
//! (number, scale, unit or currency from [`units`], ranges, bounds), and [`context`] reads the
//! words around each one for its change ([`change`]), concept ([`concept`]), period and hedge.
//! The vocabulary lives in `schema/` ([`lexicon`]). Everything is linear in the input length.

pub mod change;
pub mod concept;
pub mod context;
pub mod counted;
pub mod join;
pub mod lexer;
pub mod lexicon;
pub mod measure;
pub mod notation;
pub mod number;
pub mod period;
pub mod scale;
pub mod scan;
pub mod skip;
pub mod units;
pub mod vague;

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
        let toks = lexer::lex(sentence);
        let found = scan::scan(sentence, &toks, lex);
        let mut figures: Vec<Figure> = Vec::with_capacity(found.len());
        let mut last_concepts: Vec<(Option<String>, String)> = Vec::new();
        for (k, q) in found.iter().enumerate() {
            let mut figure = q.to_figure(sentence, &toks, lex);
            context::annotate(&mut figure, sentence, &toks, &found, k, lex);
            // "rose 5% to $10 million (from $8 million)": the level reached shares the change's
            // direction and concept ("sales were up 5.3 pct to 780 mln dlrs from 741 mln")
            if let Some(prev) = figures.last() {
                let gap = sentence.get(prev.end..figure.start).unwrap_or("").trim();
                // ("closed up 23 points to 6661.89": the counted word may stand between)
                // ("up 19.6% at $17.04": the level a change reached, written with "at")
                let to = gap == "to"
                    || (gap == "at" && prev.from.is_none())
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
                    && !ends_with_baseline(gap, lex)
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
                if parallel || moves(sentence, &toks, q.first, lex) {
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
        merge_bounded_pairs(sentence, &mut figures);
        share_list_units(sentence, &mut figures);
        share_ages(sentence, &mut figures);
        share_baselines(sentence, &mut figures, lex);
        share_multiplied(sentence, &mut figures);
        share_proportions(sentence, &mut figures);
        resolve_periods(&mut figures, None);
        for mut figure in figures {
            figure.start += offset;
            figure.end += offset;
            out.push(figure);
        }
    }
    out
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
    (first.saturating_sub(reach)..first)
        .rev()
        .map_while(|k| {
            let t = toks[k];
            let w = &sentence[t.start..t.end];
            let comma_allowed = after_comma && k + 1 == first;
            (comma_allowed || !matches!(w, "," | ";" | ":" | "(" | ")" | ".")).then_some(w)
        })
        .any(|w| lex.movement.contains(&w.to_ascii_lowercase()))
}

/// "more than 10 and less than 40", "at most 100 and at least 20": two opposite bounds joined
/// by "and" are one range.
fn merge_bounded_pairs(sentence: &str, figures: &mut Vec<Figure>) {
    use crate::model::Change::{Exact, Less, More};
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        let gap = sentence
            .get(a.end..b.start)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        let opposite = matches!((a.change, b.change), (More, Less) | (Less, More));
        let same_unit = a.unit == b.unit || a.unit.is_none() || b.unit.is_none();
        const BOUND_WORDS: &[&str] = &[
            "and", "less", "more", "fewer", "greater", "larger", "smaller", "bigger", "higher",
            "lower", "than", "at", "least", "most", "no", "not", "below", "above", "under", "over",
            "or", "equal", "to", "up", "but",
        ];
        let only_bounds = gap
            .split_whitespace()
            .all(|w| BOUND_WORDS.contains(&w) || !w.chars().any(char::is_alphanumeric));
        let (lo, hi) = match (a.change, b.change) {
            (More, _) => (a.value, b.value),
            _ => (b.value, a.value),
        };
        let valid = matches!((lo, hi), (Some(l), Some(h)) if l < h);
        // "more than 10 and less than 40", "higher than 100, lower than 300", "above 5 but below 9"
        let joined = gap.starts_with("and ") || gap.starts_with("but ") || gap.starts_with(", ");
        if opposite && same_unit && valid && only_bounds && joined {
            if let (Some(x), Some(y)) = (a.value, b.value) {
                let mut merged = a.clone();
                merged.end = b.end;
                merged.text = sentence[a.start..b.end].to_string();
                merged.value = None;
                merged.low = Some(x.min(y));
                merged.high = Some(x.max(y));
                merged.change = Exact;
                merged.unit = a.unit.clone().or_else(|| b.unit.clone());
                merged.dimension = a.dimension.clone().or_else(|| b.dimension.clone());
                figures[k] = merged;
                figures.remove(k + 1);
            }
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests;

/// "3,000 troops, down from 5,000", "$5.2 million, compared with 4.8 million": a baseline
/// after a figure measures the same thing ("growth slowed to 0.3% …, down from 6.3% in the
/// first quarter"), and a bare one is in the figure's unit.
fn share_baselines(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        // the baseline words end a short gap ("troops will be deployed, down from")
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // ("revised its estimate down to 623,300 tonnes on a refined basis, from 637,800":
        // after a change, a comma and "from" name its earlier value)
        let comma_from = matches!(f.change, Change::Up | Change::Down)
            && gap
                .strip_suffix("from")
                .is_some_and(|b| b.trim_end().ends_with(','));
        if gap.len() > 60 || g.value.is_none() || !(comma_from || ends_with_baseline(gap, lex)) {
            continue;
        }
        // (a duration is no baseline: "34 incidents in the first nine months, up from 30")
        if f.dimension.as_deref() == Some("time") {
            continue;
        }
        if f.concept.is_some() && (g.unit.is_none() || g.dimension == f.dimension) {
            g.concept = f.concept.clone();
        }
        if g.unit.is_none() && f.unit.is_some() {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
            g.currency = f.currency.clone();
        }
    }
}

/// "three 6,000 tonne cargoes": a bare count right before a measured figure counts what
/// that figure measures.
fn share_multiplied(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        let bare = f.unit.is_none() && f.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0);
        if bare
            && g.unit.is_some()
            && g.concept.is_some()
            && sentence.get(f.end..g.start) == Some(" ")
        {
            f.concept = g.concept.clone();
        }
    }
}

/// "nine out of 10 Americans": the first number of a proportion counts what the second does.
fn share_proportions(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let proportion = matches!(gap, "out of" | "in" | "of every");
        if proportion && g.concept.is_some() && (f.unit.is_none() || f.unit == g.unit) {
            f.concept = g.concept.clone();
            if f.unit.is_none() {
                f.unit = g.unit.clone();
                f.dimension = g.dimension.clone();
            }
        }
    }
    // "30 delegates out of Colorado's 37", "32 of the 543": the whole, its noun left out,
    // counts what the part does
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // (cheap tests first: this runs for every pair of neighbouring figures)
        let counted = f.dimension.as_deref() == Some("count") && f.unit.is_some();
        if !counted || g.unit.is_some() || g.low.is_some() || gap.len() > 60 || !gap.contains("of")
        {
            continue;
        }
        // (the counted noun stands in the gap: "30 favorable delegates out of")
        let unit = f.unit.as_deref().unwrap_or("\u{0}");
        let words: Vec<&str> = gap.split_whitespace().collect();
        let Some(of) = words.iter().position(|w| *w == "of") else {
            continue;
        };
        let out = usize::from(of > 0 && words[of - 1] == "out");
        let noun_end = of - out;
        let before_ok = noun_end == 0 || (noun_end <= 3 && words[noun_end - 1].starts_with(unit));
        if !before_ok {
            continue;
        }
        let rest = words[of + 1..].join(" ");
        let owner = |w: &str| {
            matches!(w, "the" | "its" | "their" | "his" | "her" | "our" | "all")
                || w.ends_with("'s")
                || w.ends_with("’s")
        };
        let whole = rest.split_whitespace().count() <= 2 && rest.split_whitespace().all(owner);
        if whole {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
            g.concept = f.concept.clone();
        }
    }
}

/// Does `gap` end with a baseline phrase ("down from", "compared with") as whole words?
fn ends_with_baseline(gap: &str, lex: &Lexicon) -> bool {
    lex.baselines.iter().any(|b| {
        gap.len() >= b.len()
            && gap.is_char_boundary(gap.len() - b.len())
            && gap[gap.len() - b.len()..].eq_ignore_ascii_case(b)
            && gap[..gap.len() - b.len()]
                .chars()
                .next_back()
                .is_none_or(|c| c == ' ' || c == ',')
    })
}

/// "aged 16 and 13", "between the ages of 12 and 16": whole numbers listed after an age are
/// ages too.
fn share_ages(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, rest) = (&head[i - 1], tail);
        // ("ages 15, 16 and 17": a comma lists ages when the list ends in a bare number, not
        // in one with its own unit: "aged 6, 4 and 3 months")
        let comma_ok = rest.get(1).is_some_and(|h| h.unit.is_none());
        let g = &mut rest[0];
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let listed = matches!(gap, "and" | "or" | "to") || (gap == "," && comma_ok);
        let age = f.unit.as_deref() == Some("year") && f.dimension.as_deref() == Some("time");
        let whole = g
            .value
            .is_some_and(|v| v.fract() == 0.0 && (1.0..120.0).contains(&v));
        if listed && age && whole && g.unit.is_none() && f.text.chars().all(|c| c.is_ascii_digit())
        {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
        }
    }
}

/// "30, 91 and 180-day", "45 and 50 mg", "two or three weeks": bare numbers listed before a
/// figure with a unit share its unit. A comma only continues such a list ("568,000, or 2.7%"
/// and "three quarters, 78%" are appositions).
fn share_list_units(sentence: &str, figures: &mut [Figure]) {
    let mut shared_next = false;
    for i in (0..figures.len().saturating_sub(1)).rev() {
        let (head, tail) = figures.split_at_mut(i + 1);
        let (f, g) = (&mut head[i], &tail[0]);
        let g_shared = shared_next;
        shared_next = false;
        if f.unit.is_some() || g.unit.is_none() || f.from.is_some() {
            continue;
        }
        // lists of alternatives run upwards at one scale: "two or three weeks", not "ages 6, 4
        // and 3 months", "435 or 100 people" or "13 or 11 million people"
        let ascending = match (f.value, g.value.or(g.low)) {
            (Some(a), Some(b)) => a < b && b < a * 1000.0,
            _ => false,
        };
        if !ascending {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let listed = matches!(gap, "and" | "or" | ", and" | "and/or") || (gap == "," && g_shared);
        if listed {
            f.unit = g.unit.clone();
            f.dimension = g.dimension.clone();
            f.currency = g.currency.clone();
            shared_next = true;
        }
    }
}
