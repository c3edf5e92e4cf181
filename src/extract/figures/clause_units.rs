//! The unit of a clause's bare amount, read from the sentence's money or count before it:
//! "pretax profits rose to 35.46 mln stg … on turnover higher at 313.3 mln", "received only two
//! billion in fresh funds", "more than 4.1 million viewers … fewer than 2.7 million", the
//! parallel clause without its verb ("540 yen per kilo and the ceiling 760"), a wire table's
//! millions before "vs" and money ("3.6 mln vs 735,000 stg"), a bare price after money of its
//! size ("at 2.54 dlrs a share, topping CSR's cash bid of 2.50") and a bare count after a count
//! and its place ("300 airstrikes in Iraq and nearly 200 in Syria") or its clause ("300 people
//! were feared dead and more than 15,000 were left homeless"); a rate written once after
//! a list ("2.4 grammes of gold, 64 grammes of silver and 1.9 grammes of copper per tonne"); a
//! baseline past the first amount's span of time ("2,243 drone strikes in the first two years
//! …, compared with 1,878"); the whole a part is of ("1.6 billion dlrs of the 4.2 billion", "42%
//! of the more than 136,000").

use super::elided::bare;
use super::lexer::has;
use super::lexicon::Lexicon;
use super::share::{each_adjacent, lend_unit};
use crate::model::Figure;

/// Does the verb ending `before` (its last word `last`) move money: "and spend 1.066
/// trillion", "while the government had asked for 100 billion"?
fn money_verb(before: &str, last: &str) -> bool {
    let asked = || {
        before
            .strip_suffix(last)
            .and_then(|b| b.trim_end().rsplit(' ').next())
            .is_some_and(|v| {
                matches!(
                    v,
                    "asked" | "asking" | "asks" | "ask" | "called" | "calling"
                )
            })
    };
    matches!(
        last,
        "spend"
            | "spends"
            | "spent"
            | "spending"
            | "borrow"
            | "borrowed"
            | "lend"
            | "lent"
            | "raise"
            | "raised"
            | "sought"
            | "requested"
            | "earmarked"
    ) || last == "for" && asked()
}

/// "pretax profits rose to 35.46 mln stg … on turnover higher at 313.3 mln after 252.2 mln":
/// a level or baseline in millions or billions without a unit (or the amount of a noun of
/// trade: "on a turnover of 18.01 billion"), after money in millions or more in the sentence,
/// is in that currency; "The pork standard price is now 540 yen per kilo and the ceiling 760":
/// a bare number after "and the <noun>", near the measured figure before it in size, is in
/// its unit.
pub(super) fn share_clause_units(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    let mut money: Option<usize> = None;
    let mut count: Option<usize> = None;
    for i in 0..figures.len() {
        let g = &figures[i];
        if g.dimension.as_deref() == Some("currency") && g.value.is_some_and(|v| v >= 1e6) {
            // (not a conversion of the money before: "77 billion shillings -- the equivalent
            // of 55 mln dlrs --")
            let before = sentence.get(..g.start).unwrap_or("").trim_end();
            let conversion =
                money.is_some() && (before.ends_with("equivalent of") || before.ends_with('('));
            if !conversion {
                money = Some(i);
            }
            continue;
        }
        if g.dimension.as_deref() == Some("count") && g.value.is_some_and(|v| v >= 1e6) {
            count = Some(i);
            continue;
        }
        if g.unit.is_some() || g.low.is_some() {
            continue;
        }
        let Some(v) = g.value else { continue };
        let scaled = g.text.split(' ').skip(1).any(|w| {
            matches!(
                w,
                "mln" | "million" | "billion" | "bln" | "mn" | "bn" | "trillion"
            )
        });
        let near = |k: usize| {
            sentence
                .get(figures[k].end..g.start)
                .is_some_and(|gap| gap.len() <= 150)
        };
        // (not a count before another figure: "placing 20 mln 7.5 pct convertible notes")
        let figure_after = figures.get(i + 1).is_some_and(|h| {
            sentence
                .get(g.end..h.start)
                .is_some_and(|gap| gap.trim().is_empty())
        });
        // (a level or a baseline: "higher at 313.3 mln after 252.2 mln"; not "the population
        // is 1.4 billion")
        // ("from 20.92 billion in November and 17.01 billion in December": or listed before
        // its own time; not "and 1.4 billion live in poverty")
        // ("received only two billion in fresh funds": money in a thing)
        // (a noun of money, maybe behind one adjective; not "one million in negative equity")
        let money_noun = || {
            sentence
                .get(g.end..)
                .and_then(|r| r.strip_prefix(" in "))
                .is_some_and(|r| {
                    r.split(|c: char| !c.is_ascii_alphabetic())
                        .take(2)
                        .any(|w| {
                            matches!(
                                w,
                                "funds"
                                    | "cash"
                                    | "aid"
                                    | "loans"
                                    | "credit"
                                    | "credits"
                                    | "grants"
                                    | "fees"
                                    | "payments"
                                    | "assets"
                                    | "bonds"
                                    | "securities"
                                    | "financing"
                                    | "funding"
                                    | "debt"
                                    | "damages"
                                    | "donations"
                                    | "subsidies"
                                    | "taxes"
                                    | "revenue"
                                    | "revenues"
                                    | "spending"
                            )
                        })
                })
        };
        let level = || {
            let before = sentence.get(..g.start).unwrap_or("").trim_end();
            // ("but was above the 55.5 billion at the end of 1985": past the article)
            let before = before.strip_suffix(" the").unwrap_or(before);
            // ("and received only two billion in fresh funds": past a word of degree)
            let before = before
                .strip_suffix(" only")
                .or_else(|| before.strip_suffix(" just"))
                .unwrap_or(before);
            let last = before.rsplit(' ').next().unwrap_or("");
            let timed = sentence.get(g.end..).is_some_and(|r| {
                [" in ", " on ", " at ", " for "]
                    .iter()
                    .any(|p| r.starts_with(p))
            });
            // ("843 mln guilders on a turnover of 18.01 billion": or the amount of a noun of
            // trade)
            // ("and imports 5.74 billion": or right after the noun)
            let traded = last == "of"
                && before[..before.len() - 2]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|n| lex.concept.trade_nouns.contains(n))
                || lex.concept.trade_nouns.contains(last);
            // ("33 mln dlrs in cash, plus an additional 60 mln in crude")
            matches!(
                last,
                "at" | "to"
                    | "from"
                    | "after"
                    | "vs"
                    | "against"
                    | "totalled"
                    | "totaled"
                    | "additional"
                    | "another"
                    | "extra"
                    | "above"
                    | "below"
                    | "than"
            ) || last == "and" && timed
                || traded
                || money_verb(before, last)
                || money_noun()
        };
        if let Some(k) =
            money.filter(|&k| scaled && v >= 1e6 && level() && near(k) && !figure_after)
        {
            let f = figures[k].clone();
            lend_unit(&mut figures[i], &f);
            continue;
        }
        // ("more than 4.1 million viewers - but that had dropped to fewer than 2.7 million":
        // or a count in millions of its size)
        let sized = |k: usize| {
            figures[k]
                .value
                .is_some_and(|a| (0.2..=5.0).contains(&(v / a)))
        };
        if let Some(k) = count
            .filter(|&k| k + 1 == i && scaled && level() && near(k) && sized(k) && !figure_after)
        {
            let f = figures[k].clone();
            lend_unit(&mut figures[i], &f);
            continue;
        }
        // the parallel clause without its verb
        let Some(f) = i.checked_sub(1).map(|k| &figures[k]) else {
            continue;
        };
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        // ("little changed from the afternoon fix of 566.35 or the morning setting of
        // 565.75": or the same measure at another time, named)
        let parallel = gap.len() <= 60
            && gap
                .rsplit_once(" the ")
                .or_else(|| gap.split_once("the "))
                .is_some_and(|(before, n)| {
                    let n = n.strip_suffix(" of").unwrap_or(n);
                    let opener = before.rsplit(' ').next().unwrap_or(before);
                    matches!(
                        opener,
                        "and" | "or" | "from" | "than" | "versus" | "against"
                    ) && (1..=3).contains(&n.split(' ').count())
                        && n.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
                });
        let bare = bare(g);
        let similar = f
            .value
            .or(f.low)
            .is_some_and(|a| a > 0.0 && (0.2..=5.0).contains(&(v / a)));
        if parallel && bare && similar && f.unit.is_some() {
            let f = f.clone();
            lend_unit(&mut figures[i], &f);
        }
    }
}

/// "Personal financial services 3.6 mln vs 735,000 stg": a wire table's bare amount of millions
/// or more before "vs" and a sum of money is in that money's currency.
pub(super) fn share_vs_currencies(sentence: &str, figures: &mut [Figure]) {
    for i in (1..figures.len()).rev() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        // (cheap tests first: this runs for every pair of figures)
        if f.unit.is_some() || g.currency.is_none() || f.from.is_some() {
            continue;
        }
        let vs = sentence
            .get(f.end..g.start)
            .is_some_and(|gap| matches!(gap.trim(), "vs" | "vs."));
        let scaled = f.value.is_some_and(|v| v >= 1e6) && !bare(f);
        if vs && scaled {
            lend_unit(f, g);
        }
    }
}

/// "a 9.8 pct stake at 2.54 dlrs a share, topping CSR's cash bid of 2.50": a bare price with
/// decimals shortly after money of its size is in that money's unit.
pub(super) fn share_bare_prices(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        // (cheap tests first: this runs for every pair of figures)
        if f.currency.is_none() || g.unit.is_some() {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let sized = f
            .value
            .zip(g.value)
            .is_some_and(|(a, b)| a > 0.0 && (0.5..=2.0).contains(&(b / a)));
        if f.currency.is_some()
            && g.unit.is_none()
            && bare(g)
            && g.text.contains('.')
            && sized
            && gap.len() <= 60
            && !gap.contains([';', '(', ')'])
            && !gap.bytes().any(|b| b.is_ascii_digit())
        {
            lend_unit(g, f);
        }
    }
}

/// "launched nearly 300 airstrikes in Iraq and nearly 200 in Syria": a bare whole number after
/// a count, the count's place between them, counts the same thing.
pub(super) fn share_placed_counts(sentence: &str, figures: &mut [Figure]) {
    each_adjacent(figures, |f, g| {
        // (cheap tests first: this runs for every pair of figures)
        if g.unit.is_some() || f.dimension.as_deref() != Some("count") {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // (past the count's own noun and the second one's estimate: "airstrikes in Iraq and
        // nearly")
        let stem = f
            .unit
            .as_deref()
            .map_or("", |u| u.get(..u.len().saturating_sub(1)).unwrap_or(u));
        let gap = match gap.split_once(' ') {
            Some((noun, rest)) if !stem.is_empty() && noun.starts_with(stem) => rest,
            _ => gap,
        };
        let gap = strip_bound(gap);
        // ("81 new stores, including 76 in the U.S.": or a part of the count, placed too)
        let including = (gap == "including" || gap.ends_with(", including") && gap.len() <= 40)
            && g.value.zip(f.value).is_some_and(|(a, b)| a < b);
        let placed = including
            || ["in ", "at ", "for ", "from "]
                .iter()
                .any(|p| gap.starts_with(p))
                && (gap.ends_with(" and") || gap.ends_with(','))
                && gap.len() <= 40
                && !gap
                    .bytes()
                    .any(|b| b.is_ascii_digit() || b == b';' || b == b'(');
        // ("11 offices in the Cleveland area and one in Columbus": or the word "one")
        let whole = g.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0)
            || g.value == Some(1.0) && g.text.eq_ignore_ascii_case("one");
        if placed
            && whole
            && f.dimension.as_deref() == Some("count")
            && f.from.is_none()
            && g.unit.is_none()
            && g.from.is_none()
            && sentence.get(g.end..).is_some_and(|r| {
                // ("and one each in Japan": or with "each")
                let r = r.trim_start();
                let r = r.strip_prefix("each ").unwrap_or(r);
                r.is_empty() || r.starts_with(['.', ',', ';']) || r.starts_with("in ")
            })
        {
            lend_unit(g, f);
        }
    });
}

/// "Up to 300 people were feared dead and more than 15,000 were left homeless", "Eight people
/// were killed and some 30 injured": a bare whole number that opens a clause like the count's
/// own ("… were …") counts the same thing.
pub(super) fn share_clause_counts(sentence: &str, figures: &mut [Figure]) {
    const AUXILIARIES: [&str; 6] = ["were ", "was ", "are ", "is ", "have ", "had "];
    each_adjacent(figures, |f, g| {
        // (cheap tests first: this runs for every pair of figures)
        if g.unit.is_some() || f.dimension.as_deref() != Some("count") || f.from.is_some() {
            return;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        // (past the second one's bound: "and more than")
        let gap = strip_bound(gap);
        let opens = |r: &str| AUXILIARIES.iter().any(|a| r.starts_with(a));
        let parallel = opens(gap)
            && (gap.ends_with(" and") || gap.ends_with(", while"))
            && gap.len() <= 60
            && !gap
                .bytes()
                .any(|b| b.is_ascii_digit() || b == b';' || b == b'(');
        if parallel
            && g.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0)
            && g.from.is_none()
            && g.low.is_none()
            && sentence.get(g.end..).is_some_and(|r| {
                // ("Eight people were killed and some 30 injured": or its participle alone)
                let r = r.trim_start();
                opens(r) || CASUALTIES.iter().any(|c| r.starts_with(c))
            })
        {
            lend_unit(g, f);
        }
    });
}

/// The participles of a toll, which a count's parallel clause may open with alone.
const CASUALTIES: [&str; 6] = [
    "injured", "wounded", "killed", "hurt", "missing", "arrested",
];

/// "2.4 grammes of gold, 64 grammes of silver and 1.9 grammes of copper per tonne": a rate
/// written once after the last of a list of amounts in one unit, each with its of-phrase, is
/// the rate of them all.
pub(super) fn share_list_rates(sentence: &str, figures: &mut [Figure]) {
    for i in (1..figures.len()).rev() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&mut head[i - 1], &tail[0]);
        // (cheap tests first: this runs for every pair of figures)
        let Some((base, _)) = g.unit.as_deref().and_then(|u| u.split_once(" per ")) else {
            continue;
        };
        if f.unit.as_deref() != Some(base) || f.from.is_some() {
            continue;
        }
        // "of gold, " / "of silver and ": one or two words of what is measured
        let gap = sentence.get(f.end..g.start).unwrap_or("");
        let Some(listed) = gap.trim_start().strip_prefix("of ") else {
            continue;
        };
        let listed = listed.trim_end();
        let noun = listed
            .strip_suffix(',')
            .or_else(|| listed.strip_suffix(" and"))
            .or_else(|| listed.strip_suffix(", and"));
        let short = noun.is_some_and(|n| {
            (1..=2).contains(&n.split_whitespace().count())
                && n.bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-')
        });
        let own_of = sentence
            .get(g.end..)
            .is_some_and(|r| r.trim_start().starts_with("of "))
            || has(&g.text, " of ");
        if short && own_of {
            lend_unit(f, g);
        }
    }
}

/// "2,243 drone strikes in the first two years of the Trump presidency, compared with 1,878 in
/// Mr Obama's eight years": a bare baseline after a span of time that dates the amount before
/// it measures that amount's thing.
pub(super) fn share_spanned_baselines(sentence: &str, figures: &mut [Figure], lex: &Lexicon) {
    for i in 2..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (e, f, g) = (&head[i - 2], &head[i - 1], &mut tail[0]);
        // (cheap tests first: this runs for every figure)
        if g.unit.is_some() || f.dimension.as_deref() != Some("time") || e.unit.is_none() {
            continue;
        }
        if e.dimension.as_deref() == Some("time") || g.value.is_none() || g.from.is_some() {
            continue;
        }
        let span = sentence.get(e.end..f.start).unwrap_or("").trim();
        // (past the amount's own noun: "drone strikes in the first")
        let dated = span.len() <= 40
            && [
                "in the ",
                "over the ",
                "during the ",
                "in its ",
                "in his ",
                "in her ",
            ]
            .iter()
            .any(|p| {
                let (noun, rest) = match span.find(p) {
                    Some(0) => ("", &span[p.len()..]),
                    Some(k) if span.as_bytes()[k - 1] == b' ' => (&span[..k], &span[k + p.len()..]),
                    _ => return false,
                };
                noun.split_whitespace().count() <= 2
                    && noun.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
                    && rest.split_whitespace().count() <= 1
            });
        let gap = sentence.get(f.end..g.start).unwrap_or("").trim();
        let baseline = gap.len() <= 60
            && super::baseline_gap::ends_with_baseline(gap, lex)
            && !gap.bytes().any(|b| b.is_ascii_digit());
        // (of the same size: not "3 pct in the first two years, compared with 1987")
        let near = e
            .value
            .zip(g.value)
            .is_some_and(|(a, b)| a > 0.0 && (0.05..=20.0).contains(&(b / a)));
        if dated && baseline && near {
            lend_unit(g, e);
            if e.concept.is_some() {
                g.concept = e.concept.clone();
            }
        }
    }
}

/// "more than 1.6 billion dlrs of the 4.2 billion in borrower stock": the whole a sum of money
/// is part of, a bare amount after "of the", is in its currency; "more than 58,000 migrants
/// …, about 42% of the more than 136,000 nationwide": the whole a count's share is of counts
/// what the count counts.
pub(super) fn share_whole_units(sentence: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(i);
        let (f, g) = (&head[i - 1], &mut tail[0]);
        if g.unit.is_some() || g.low.is_some() {
            continue;
        }
        let gap = sentence.get(f.end..g.start).unwrap_or("x").trim();
        let gap = strip_bound(gap);
        if gap != "of the" {
            continue;
        }
        let money = f.dimension.as_deref() == Some("currency");
        let larger = |a: &Figure| matches!((a.value, g.value), (Some(a), Some(b)) if b > a);
        if money && larger(f) {
            lend_unit(g, f);
        } else if f.dimension.as_deref() == Some("percent") && i >= 2 {
            let count = &head[i - 2];
            if count.dimension.as_deref() == Some("count") && count.low.is_none() && larger(count) {
                lend_unit(g, count);
            }
        }
    }
}

/// `gap` (the words between two figures) without the second figure's bound or estimate at
/// its end: "airstrikes in Iraq and nearly", "of the more than".
fn strip_bound(gap: &str) -> &str {
    [
        "more than",
        "less than",
        "fewer than",
        "at least",
        "up to",
        "nearly",
        "about",
        "around",
        "some",
        "almost",
        "roughly",
        "over",
        "under",
    ]
    .iter()
    .find_map(|w| gap.strip_suffix(w).map(str::trim_end))
    .unwrap_or(gap)
}
