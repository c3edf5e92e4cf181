//! What the figures of one sentence lend each other once each is read on its own: a
//! baseline's unit and concept ("down from 6.3%"), a change's unit to the level after it, the
//! currency of a parallel clause, the concept of a proportion's whole; lists are in
//! `listed.rs`, merges (opposite bounds into a range) in `merge.rs`.

use super::baseline_gap::{
    ends_with_baseline, level_before, strip_earlier, undescribed, without_restated_noun,
};
use super::lexer::has;
use super::lexicon::Lexicon;
use crate::model::{Change, Figure};

/// Runs every pass over the figures of `sentence`, in order.
pub(super) fn share(sentence: &str, figures: &mut Vec<Figure>, lex: &Lexicon) {
    super::elided::share_bid_offer(sentence, figures);
    super::merge::merge_bounded_pairs(sentence, figures);
    super::merge::merge_stake_pairs(sentence, figures);
    super::merge::merge_changed_levels(sentence, figures, lex);
    super::merge::merge_timed_baselines(sentence, figures);
    super::merge::merge_dated_starts(sentence, figures);
    super::merge::merge_bracketed_baselines(sentence, figures);
    super::merge::merge_bracketed_ranges(sentence, figures);
    super::listed::share_list_units(sentence, figures);
    super::clause_units::share_placed_counts(sentence, figures);
    super::clause_units::share_clause_counts(sentence, figures);
    super::listed::share_verb_list_units(sentence, figures);
    super::elided::share_elided_units(sentence, figures);
    super::listed::share_ages(sentence, figures);
    super::phrases::share_more_counts(sentence, figures);
    super::phrases::share_part_units(sentence, figures);
    super::phrases::share_phrase_list_units(sentence, figures);
    super::phrases::share_restated_units(sentence, figures);
    super::phrases::share_noun_to_units(sentence, figures, lex);
    super::phrases::share_parallel_verb_units(sentence, figures);
    super::phrases::share_colon_parts(sentence, figures);
    super::listed::share_list_changes(sentence, figures);
    super::stacked::share_stacked_concepts(sentence, figures);
    super::listed::share_rate_percents(figures);
    share_baselines(sentence, figures, lex);
    super::clause_units::share_spanned_baselines(sentence, figures, lex);
    share_restated_turns(sentence, figures);
    share_range_targets(sentence, figures);
    share_change_units(sentence, figures);
    share_parallel_units(sentence, figures, lex);
    super::listed::share_multiplied(sentence, figures, lex);
    super::listed::share_proportions(sentence, figures);
    super::elided::share_elided_scales(sentence, figures);
    super::elided::share_changed_baselines(sentence, figures);
    super::listed::share_dated_list_units(sentence, figures);
    super::elided::share_level_changes(sentence, figures);
    super::elided::share_point_amounts(sentence, figures);
    super::clause_units::share_whole_units(sentence, figures);
    super::elided::share_dollar_currency(figures);
    super::elided::share_fraction_percents(figures);
    super::clause_units::share_clause_units(sentence, figures, lex);
    super::elided::share_repeated_spans(sentence, figures);
    super::elided::share_mixed_moves(sentence, figures);
    super::elided::share_parallel_change_units(sentence, figures);
    super::elided::share_amount_levels(sentence, figures);
    super::listed::share_sequence_units(sentence, figures);
    super::clause_units::share_vs_currencies(sentence, figures);
    super::clause_units::share_bare_prices(sentence, figures);
    super::listed::share_ratio_units(sentence, figures);
    super::phrases::share_set_off_parts(sentence, figures);
    super::phrases::share_ton_kinds(sentence, figures);
    super::phrases::share_restated_changes(sentence, figures);
    super::phrases::share_breakdown_units(sentence, figures);
    super::phrases::share_which_parts(sentence, figures);
    super::phrases::share_margin_units(sentence, figures);
    super::phrases::share_suspended_units(sentence, figures);
    super::listed::share_gap_concepts(sentence, figures);
    super::phrases::share_rate_bases(sentence, figures);
    super::clause_units::share_list_rates(sentence, figures);
    super::stacked::share_listed_concepts(sentence, figures);
}

/// "3,000 troops, down from 5,000", "$5.2 million, compared with 4.8 million": a baseline
/// after a figure measures the same thing ("growth slowed to 0.3% …, down from 6.3% in the
/// first quarter"), and a bare one is in the figure's unit. "Down from" and "up from" make
/// the figure a change ("1,064,141 vehicles, down from last year's 1,205,768"); the earlier
/// value stays a figure of its own, as the sentence states it apart.
fn share_baselines(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for i in 1..figures.len() {
        // (the figure compared may stand before a duration or a restatement in brackets)
        let j = level_before(sentence, figures, i);
        let (head, tail) = figures.split_at_mut(i);
        let gap_start = head[i - 1].end;
        let (head, between) = head.split_at_mut(j + 1);
        let (f, g) = (&mut head[j], &mut tail[0]);
        // the baseline words end a short gap ("troops will be deployed, down from"), maybe
        // before the earlier value's own time ("down from last year's")
        // ("compared with a previous crop of": past the measured noun named again)
        let gap = sentence.get(gap_start..g.start).unwrap_or("").trim();
        let said = gap;
        let gap = without_restated_noun(gap, sentence.get(..f.start).unwrap_or(""));
        // ("Net profit 148,000 dlrs vs loss 1,686,000": a wire table's result turned names
        // the baseline's own concept too)
        let turned = ["loss", "profit", "gain"].iter().find_map(|w| {
            gap.strip_suffix(w)
                .map(str::trim_end)
                .filter(|r| *r == "vs" || r.ends_with(" vs"))
        });
        let gap = turned.unwrap_or(gap);
        // (the noun named again is the baseline's own concept)
        let restated = gap.len() < said.len();
        let gap = strip_earlier(gap, lex);
        // ("222,644 tonnes in 1986, down slightly from 226,157": without the adverb)
        let unadverbed;
        let gap = match gap.strip_suffix(" from").and_then(|b| b.rsplit_once(' ')) {
            Some((head, adverb)) if super::lexer::is_adverb(adverb) => {
                unadverbed = format!("{head} from");
                unadverbed.as_str()
            }
            _ => gap,
        };
        let gap = super::baseline_gap::on_as_from(gap);
        // ("revised its estimate down to 623,300 tonnes on a refined basis, from 637,800":
        // after a change, a comma and "from" name its earlier value)
        // ("up 2.3 pct to an average 12.36 mln bpd from 12.09 mln": or right after the level a
        // change reached, not its amount: "up 92.4 pct from 122,616")
        let reached = || {
            let before = sentence.get(..f.start).unwrap_or("").trim_end();
            [" to", " to an average", " to a", " to an"]
                .iter()
                .any(|t| before.ends_with(t))
        };
        let comma_from = matches!(f.change, Change::Up | Change::Down)
            && gap
                .strip_suffix("from")
                .is_some_and(|b| b.trim_end().ends_with(',') || b.is_empty() && reached());
        // ("147.65 yen against 147.20/30": a baseline may be a range)
        // ("92 percent of Republicans are more conservative than the average Democrat, which
        // is up from 70 percent": a relative clause's move reaches further back)
        let relative = || {
            let lower = gap.to_ascii_lowercase();
            [", which is", ", which was", ", which are", ", which were"]
                .iter()
                .any(|r| {
                    lower
                        .rsplit_once(r)
                        .is_some_and(|(_, rest)| matches!(rest.trim(), "up from" | "down from"))
                })
        };
        if (gap.len() > 60 && (gap.len() > 120 || !relative()))
            || g.value.is_none() && g.low.is_none()
            || !(comma_from || ends_with_baseline(gap, lex))
        {
            continue;
        }
        // (a duration is no baseline: "34 incidents in the first nine months, up from 30")
        if f.dimension.as_deref() == Some("time") {
            continue;
        }
        // (a baseline with its own relative clause keeps its own: "45% saw him favorably,
        // versus 36% who viewed him negatively")
        // ("68 percent of Republicans …, compared with 88 percent of Democrats": or its own
        // "of" phrase, as the figure before has)
        let of_phrase = |x: &Figure| {
            sentence
                .get(x.end..)
                .is_some_and(|r| r.trim_start().starts_with("of "))
        };
        let own_clause = sentence
            .get(g.end..)
            .is_some_and(|r| r.trim_start().starts_with("who "))
            || of_phrase(g) && of_phrase(f);
        let own_concept = restated && g.concept.is_some();
        if f.concept.is_some()
            && (g.unit.is_none() || g.dimension == f.dimension)
            && !own_clause
            && !own_concept
        {
            g.concept = f.concept.clone();
        }
        // (not a percentage to an amount in billions: "the rise was 19.64 pct, up from 35.83
        // billion")
        let scaled_share =
            f.dimension.as_deref() == Some("percent") && g.value.is_some_and(|v| v.abs() >= 1e6);
        // (a noun named again may name another amount: not "gains of 564,000 or 11 cts … vs
        // gains of 6,359,000")
        let far = restated
            && !f
                .value
                .zip(g.value)
                .is_some_and(|(a, b)| a > 0.0 && (0.05..=20.0).contains(&(b / a)));
        if g.unit.is_none() && f.unit.is_some() && !scaled_share && !far {
            lend_unit(g, f);
        }
        let lower = undescribed(gap).to_ascii_lowercase();
        let directional =
            comma_from || lower.ends_with(" down from") || lower.ends_with(" up from");
        let plain = |x: &Figure| x.from.is_none() && x.low.is_none() && x.value.is_some();
        // ("a five ct per share distribution, down from 15 cts": the baseline at the same rate)
        let rate_base = f
            .unit
            .as_deref()
            .and_then(|u| u.split_once(" per "))
            .map(|(b, _)| b);
        // (a range's low end for it: "between 168 and 170 stg per tonne")
        let sized = f
            .value
            .or(f.low)
            .zip(g.value)
            .is_some_and(|(a, b)| a > 0.0 && (0.2..=5.0).contains(&(b / a)));
        if rate_base.is_some() && rate_base == g.unit.as_deref() && sized {
            g.unit = f.unit.clone();
            g.dimension = f.dimension.clone();
        }
        let same = g.unit == f.unit;
        // (the values must go the way the words say: not "4.8 billion dlrs, up from 30.9
        // billion [crowns]")
        let up = match f.change {
            Change::Up => true,
            Change::Down => false,
            _ => lower.ends_with("up from"),
        };
        // ("up on last night's close of 564.50/565.50": a bid and offer's middle)
        let middle = g.low.zip(g.high).map(|(l, h)| (l + h) / 2.0);
        let way = match (f.value, g.value.or(middle)) {
            (Some(to), Some(from)) => (to > from) == up && to != from,
            _ => false,
        };
        // (not a baseline itself: "10.514 billion dlrs, up from 10.37 billion at end-September
        // but down from 11.9 billion at end-1985")
        let baseline_itself = sentence
            .get(..f.start)
            .is_some_and(|b| b.trim_end().ends_with(" from"));
        if directional
            && same
            && way
            && plain(f)
            && (plain(g) || g.from.is_none() && middle.is_some())
            && matches!(f.change, Change::Exact)
            && !baseline_itself
        {
            f.change = if up { Change::Up } else { Change::Down };
            // (its restatement in brackets turns with it)
            for x in between.iter_mut() {
                if x.dimension.as_deref() != Some("time") && x.change == Change::Exact {
                    x.change = f.change;
                }
            }
        }
    }
}

/// "27 to 29 mln dlrs, or 72 to 77 cts per share, down from 40.4 mln dlrs": a figure restated
/// after ", or" turns the way its restatement does before a baseline.
fn share_restated_turns(sentence: &str, figures: &mut [Figure]) {
    for i in (1..figures.len()).rev() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        let restated = sentence
            .get(f.end..g.start)
            .is_some_and(|gap| gap.trim() == ", or");
        let turned = sentence.get(g.end..).is_some_and(|after| {
            let after = after.trim_start();
            after.starts_with(", down from") || after.starts_with(", up from")
        });
        if restated
            && turned
            && f.change == Change::Exact
            && matches!(g.change, Change::Up | Change::Down)
        {
            f.change = g.change;
        }
    }
}

/// "from 95 million to between 200 and 250 million": a range a figure after "from" goes to is
/// reached by a rise or a fall from it.
fn share_range_targets(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        // (cheap tests first: this runs for every pair of neighbouring figures)
        let to_range = sentence
            .get(f.end..g.start)
            .is_some_and(|gap| gap.trim() == "to")
            && g.text
                .get(..7)
                .is_some_and(|b| b.eq_ignore_ascii_case("between"));
        let from = to_range
            && sentence.get(..f.start).is_some_and(|b| {
                let b = b.trim_end();
                b.len() >= 5
                    && b.is_char_boundary(b.len() - 5)
                    && b[b.len() - 5..].eq_ignore_ascii_case(" from")
            });
        if let (true, true, Some(v), Some(low), Some(high)) =
            (from, to_range, f.value, g.low, g.high)
        {
            if g.change == Change::Exact && (f.unit.is_none() || f.unit == g.unit) {
                if low > v {
                    g.change = Change::Up;
                } else if high < v {
                    g.change = Change::Down;
                }
            }
        }
    }
}

/// "profit at 41 mln dlrs in 1987/88, rising to 72 mln in 1989/90", "was 5% in 2010 and
/// fell to 3%": a bare level that a clause after a figure changes to, going the change's way
/// from it, is in that figure's unit. (Its `from` stays unset: the sentence does not say the
/// change starts there, and the earlier figure keeps its own period.)
fn share_change_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let clause = gap
            .rsplit_once(", ")
            .map(|(_, c)| c)
            .or_else(|| gap.rsplit_once(" and ").map(|(_, c)| c));
        // the clause is a verb and "to" only: "rising to", "and fell to"
        // ("upward by 300,000 tonnes to 1.8 mln": or right after the amount of the change)
        // (not a percentage's level: "rose 0.2 pct to 125.1")
        // ("fell a record 504.75 points to 2,925.26": past the amount's counted noun)
        let counted_to = gap.strip_suffix(" to").is_some_and(|v| {
            f.unit
                .as_deref()
                .is_some_and(|u| !u.contains(' ') && v.strip_suffix('s') == Some(u))
        });
        // ("9p lower at 670": a level after a difference's comparative)
        // ("0.70 better at 56.50 cents": or a market's word for it)
        let at_level = gap.strip_suffix(" at").is_some_and(|w| {
            matches!(
                w,
                "higher"
                    | "lower"
                    | "stronger"
                    | "firmer"
                    | "better"
                    | "weaker"
                    | "easier"
                    | "softer"
            )
        });
        // ("fell 13 marks to close at 292": the level a session ended at, in the amount's
        // currency)
        let closing =
            super::elided::is_closing_gap(gap) && f.dimension.as_deref() == Some("currency");
        // ("was down 2.50 dlrs at 190": the level the move ended at, read as going its way)
        let moved_at = gap == "at" && g.change == f.change;
        let amount_to = (gap == "to" || counted_to || at_level || closing || moved_at)
            && matches!(f.change, Change::Up | Change::Down)
            && f.dimension.as_deref() != Some("percent");
        let to_level = amount_to
            || clause.is_some_and(|c| {
                c.strip_suffix(" to")
                    .is_some_and(|v| !v.contains(' ') && v.bytes().all(|b| b.is_ascii_lowercase()))
            });
        let plain = |x: &Figure| x.from.is_none() && x.low.is_none();
        let (Some(a), Some(b)) = (f.value, g.value) else {
            continue;
        };
        // (the amount of a change is no level to compare: "fell 504.75 points to 2,925.26")
        let way = match g.change {
            Change::Up => a < b || counted_to || at_level || closing || moved_at,
            Change::Down => a > b || counted_to || at_level || closing || moved_at,
            _ => false,
        };
        // ("closed at 2,678 francs, up 38 from yesterday's close": the difference after a
        // level, in its unit)
        // ("2,500,000 common shares, including 700,000 to be sold": a part of it)
        // (past the counted noun: "shares, including")
        let part = [", including", ", of which"].iter().any(|p| {
            gap.strip_suffix(p).is_some_and(|n| {
                n.len() <= 30 && n.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
            })
        });
        // ("2.2 million persons were marginally attached to the labor force, down by 236,000":
        // past the figure's own predicate)
        let turned = [", up", ", down", ", up by", ", down by"].iter().any(|t| {
            gap.ends_with(t) && gap.len() <= 60 && !gap[..gap.len() - t.len()].contains(',')
        });
        let difference = (turned || part) && f.dimension.as_deref() != Some("percent");
        if gap.len() <= 60 && to_level && plain(f) && plain(g) && g.unit.is_none() && way
            || difference && g.unit.is_none() && plain(g)
        {
            lend_unit(g, f);
        }
        // ("ended 0.70 better at 56.50 cents a lb": a bare difference is in the level's unit,
        // without its rate, and the level went its way)
        let turned = matches!(f.change, Change::Up | Change::Down);
        if at_level && turned && g.change == Change::Exact {
            g.change = f.change;
        }
        let money = g
            .dimension
            .as_deref()
            .is_some_and(|d| d.starts_with("currency"));
        if at_level && turned && f.unit.is_none() && plain(f) && money {
            let base = |x: &Option<String>| {
                x.as_deref()
                    .map(|u| u.split(" per ").next().unwrap_or(u).to_string())
            };
            let (unit, dimension, currency) =
                (base(&g.unit), base(&g.dimension), g.currency.clone());
            let f = &mut head[i - 1];
            (f.unit, f.dimension, f.currency) = (unit, dimension, currency);
        }
    }
}

/// "exports fell to 1.75 billion dlrs from 1.84 billion and imports fell to 2.06 billion from
/// 2.3 billion": a bare amount of millions or more that changes the same way, in a clause
/// that repeats the money clause before it up to the same word ("to", "at"), is in the same
/// currency (not a level: "GDP is $3 trillion and the population is 1.4 billion"); so is a bare
/// amount of millions or more listed right after a money figure ("1.6 billion dollars of debt
/// due this year and 3.5 billion due in 1988").
fn share_parallel_units(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    let scaled = |x: &Figure| {
        x.text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| lex.scales.get(&w.to_lowercase()).is_some_and(|&s| s >= 1e6))
    };
    let word_before = |at: usize| {
        let before = sentence.get(..at).unwrap_or("").trim_end();
        before.rsplit(' ').next().unwrap_or("").to_string()
    };
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        if f.currency.is_none() || g.unit.is_some() || g.value.is_none() {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let clause = has(gap, " and ") || has(gap, ", ") || has(gap, "; ");
        let link = word_before(g.start);
        let same = matches!(&*link, "to" | "at" | "were" | "was" | "are" | "is")
            && word_before(f.start) == link;
        // ("brought exports to 6.67 billion rand and imports to 4.15 billion": a verb's "to"
        // repeated with its verb left out moves both the same way)
        let moved =
            (matches!(g.change, Change::Up | Change::Down) || link == "to") && g.change == f.change;
        // ("1.6 billion dollars of debt due this year and 3.5 billion due in 1988": a bare
        // amount right after "and" or a comma, followed by no noun of its own)
        let after = sentence.get(g.end..).unwrap_or("").trim_start();
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let own_noun = !next.is_empty()
            && !matches!(
                next,
                "in" | "of"
                    | "for"
                    | "from"
                    | "at"
                    | "to"
                    | "on"
                    | "by"
                    | "due"
                    | "each"
                    | "a"
                    | "per"
                    | "last"
                    | "this"
                    | "next"
                    | "over"
                    | "under"
                    | "respectively"
            );
        // ("a 6.85 billion mark surplus and the trade account a 6.84 billion surplus": the
        // same article before and noun after both, in another clause)
        let noun_after = |end: usize| {
            sentence
                .get(end..)
                .unwrap_or("")
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
        };
        let same_noun = clause
            && matches!(&*link, "a" | "an")
            && word_before(f.start) == link
            && noun_after(f.end).is_some()
            && noun_after(f.end) == noun_after(g.end);
        let trimmed = gap.trim_end();
        let elided = (trimmed.ends_with(" and") || trimmed.ends_with(','))
            && !own_noun
            && g.change == f.change;
        // ("M-2 fell 1.6 billion dlrs, while M-3 rose three billion": changes set against each
        // other, each right after its verb)
        let turned = |x: &Figure| matches!(x.change, Change::Up | Change::Down);
        let contrast = || {
            turned(f)
                && turned(g)
                && [" while ", " whereas ", " but "]
                    .iter()
                    .any(|c| has(gap, c))
                && lex.change_verb(&link).is_some()
                && lex.change_verb(&word_before(f.start)).is_some()
        };
        // ("sell 1,200 billion yen … a surplus of 2,100 billion": a sum of money's bare amount
        // after "of", of the size of the money before)
        let money_of = || {
            link == "of"
                && sentence.get(..g.start).is_some_and(|b| {
                    let noun = b.trim_end().strip_suffix("of").unwrap_or("").trim_end();
                    let noun = noun.rsplit(' ').next().unwrap_or("");
                    lex.counted.money_of.contains(noun)
                })
                && f.value
                    .zip(g.value)
                    .is_some_and(|(a, b)| a > 0.0 && (0.2..=5.0).contains(&(b / a)))
        };
        // ("note circulation will add some 340 mln stg, exchequer transactions around 300 mln
        // and bankers' balances above target about 50 mln": clauses whose verb is left out,
        // each a short subject and its amount)
        let gapped = || {
            let words = gap.trim().trim_start_matches(',').trim_start();
            (gap.trim_start().starts_with(',') || words.starts_with("and "))
                && words.split_whitespace().count() <= 6
                && !words.contains([',', ';', '(', ')'])
                && !words.bytes().any(|b| b.is_ascii_digit())
                && !words
                    .split_whitespace()
                    .any(|w| lex.change_verb(w).is_some() || w.ends_with("ed"))
                && (next.is_empty() || lex.concept.function_words.contains(next))
                && g.change == f.change
                && f.value
                    .zip(g.value)
                    .is_some_and(|(a, b)| a > 0.0 && (0.05..=20.0).contains(&(b / a)))
        };
        if gap.len() <= 80
            && scaled(f)
            && scaled(g)
            && (clause && same && moved
                || elided
                || same_noun
                || contrast()
                || money_of()
                || gapped())
        {
            lend_unit(g, f);
        }
    }
}

/// Calls `visit` on each figure after the first, with the figure just before it.
pub(super) fn each_adjacent(figures: &mut [Figure], mut visit: impl FnMut(&Figure, &mut Figure)) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        visit(&head[i - 1], &mut tail[0]);
    }
}

/// Lends `from`'s unit, with its dimension and currency, to `to`.
pub(super) fn lend_unit(to: &mut Figure, from: &Figure) {
    to.unit = from.unit.clone();
    to.dimension = from.dimension.clone();
    to.currency = from.currency.clone();
}
