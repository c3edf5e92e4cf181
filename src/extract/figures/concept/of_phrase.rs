//! The concept an of-phrase after a figure names: "25 million tons of soybeans", "44 percent
//! of the vote", "$140 million worth of onions", "half the country"; not a share's
//! denominator ("4.9 pct of GDP") or a period ("the first four months of the year").

use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::Quantity;
use super::classes::{is_content, is_determiner, is_period_noun};
use super::run::{run_end, MAX_RUN};

/// The token after the determiners (and a year: "of the 1987/88 budget") that open an
/// of-phrase's noun at `from` ("of the vote", "of its income").
pub(super) fn skip_determiners(text: &str, toks: &Toks, from: usize) -> usize {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let mut j = from;
    while j < from + 3 && j < toks.len() && word(text, toks, j).is_some_and(|w| is_determiner(&w)) {
        j += 1;
        // ("of his or her health costs")
        if word(text, toks, j).as_deref() == Some("or")
            && word(text, toks, j + 1).is_some_and(|w| is_determiner(&w))
        {
            j += 2;
        }
    }
    let year = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num
                && t.end - t.start == 4
                && text[t.start..t.end].starts_with(['1', '2'])
        })
    };
    if j > from && year(j) {
        j += 1;
        if raw(j) == "/"
            && toks
                .get(j + 1)
                .is_some_and(|t| t.glued && t.kind == Kind::Num)
        {
            j += 2;
        }
    }
    j
}

/// The of-phrase's concept for quantity `q`, whose phrase goes on at `next`, looking no
/// further than `ceiling` (unless past a bracketed figure).
pub(super) fn of_phrase(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    next: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let skip_determiners = |from: usize| skip_determiners(text, toks, from);
    // ("half the country", "half its staff": "half" before a determiner is "half of")
    // (not "half of the states", an of-phrase of its own)
    let predeterminer = next == q.first + 1
        && word(text, toks, q.first).as_deref() == Some("half")
        && word(text, toks, next).as_deref() != Some("of");
    // "25 million tons of US soybeans", "44 percent of the vote", "two-thirds (68%) of the
    // electorate"
    let of_at = match raw(next) {
        // ("253m euros (£175m; $328m) of new shares": past two conversions too)
        "(" => (next + 1..(next + 14).min(toks.len()))
            .find(|&k| raw(k) == ")")
            .map(|k| k + 1),
        ")" => Some(next + 1),
        // (the "47 percent" of Americans: past a closing quote)
        "”" | "\"" | "’" | "'" if toks[next].glued => Some(next + 1),
        _ => Some(next),
    }
    // ("25% off VIP membership": what a discount is off; "$140 million worth of onions")
    // ("13% each of the transport hub")
    // ("50 mln dlrs principal amount of convertible debentures", "face value of")
    .map(|k| {
        let link = |j: usize| {
            matches!(
                word(text, toks, j).as_deref(),
                Some("worth" | "each" | "principal" | "aggregate" | "face" | "amount" | "value")
            )
        };
        // ("$130 billion-worth of American goods")
        let k = if raw(k) == "-" && toks[k].glued && link(k + 1) {
            k + 1
        } else {
            k
        };
        let words = (k..k + 3).take_while(|&j| link(j)).count();
        let linked = words > 0 && word(text, toks, k + words).as_deref() == Some("of");
        if linked {
            k + words
        } else {
            k
        }
    })
    .filter(|&k| match word(text, toks, k).as_deref() {
        Some("of" | "off") => true,
        Some(w) if predeterminer && is_determiner(w) => true,
        // ("Obama has cut $716 billion from Medicare": a transfer verb before the figure,
        // maybe past a bound: "adds about 15 mln dlrs to its sales")
        Some("from" | "to") => (1..=2).any(|back| {
            q.first >= back
                && word(text, toks, q.first - back)
                    .is_some_and(|v| lex.concept.transfer_verbs.contains(&*v))
        }),
        _ => false,
    });
    if let Some(of) = of_at {
        let mut from = skip_determiners(if predeterminer { of } else { of + 1 });
        // "hundreds of thousands of “Dreamers”", "80 pct of its <Fairchild Semiconductor>"
        if matches!(raw(from), "“" | "\"" | "‘" | "<") {
            from += 1;
        }
        // "6.4 percent of the estimated 20 million adult noncitizens"
        if word(text, toks, from).is_some_and(|w| lex.concept.figure_modifiers.contains(&*w)) {
            from += 1;
        }
        // ("5.8 billion dlrs of previously restructured debt": past an adverb before a participle)
        // (not an adjective in -ly: "of likely voters")
        if super::super::lexer::is_adverb(raw(from))
            && raw(from + 1).ends_with("ed")
            && is_content(text, toks, from + 1, lex)
        {
            from += 1;
        }
        let number_at = from;
        while toks.get(from).is_some_and(|t| t.kind == Kind::Num)
            || word(text, toks, from).is_some_and(|w| lex.scales.contains_key(&*w))
        {
            from += 1;
        }
        // ("0.17 of its 25 cts preferred": past the unit of a figure, too, and the of- or
        // in-phrase after it: "91 pct of the 1.95 billion dlrs in new loans")
        if from > number_at {
            if let Some((_, after)) = super::super::units::unit_at(text, toks, from, lex) {
                from = after;
                if matches!(word(text, toks, from).as_deref(), Some("of" | "in")) {
                    from = skip_determiners(from + 1);
                    if word(text, toks, from)
                        .is_some_and(|w| lex.concept.figure_modifiers.contains(&*w))
                    {
                        from += 1;
                    }
                }
            }
        }
        // ("120 mln dlrs of five-year convertible eurobonds": past a hyphenated figure that
        // modifies the noun)
        let number_word = toks.get(from).is_some_and(|t| t.kind == Kind::Num)
            || word(text, toks, from).is_some_and(|w| lex.numbers.contains_key(&*w));
        let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
        if from == number_at
            && number_word
            && raw(from + 1) == "-"
            && glued(from + 1)
            && glued(from + 2)
        {
            from += 3;
        } else if from == number_at && number_word {
            // ("40 mln Swiss francs of six year notes": a spaced span of time before the noun)
            let span =
                super::super::units::unit_at(text, toks, from + 1, lex).filter(|&(u, after)| {
                    lex.units[u].dimension == "time" && is_content(text, toks, after, lex)
                });
            if let Some((_, after)) = span {
                from = after;
            }
        }
        // (past a bracketed figure, the phrase is shared with it)
        let limit = if of > next || from > number_at {
            toks.len()
        } else {
            ceiling
        };
        let mut end = run_end(text, toks, from, limit, lex);
        // ("6,000 tonnes of refined bleached deodorised palm oil": a run cut short with the
        // phrase going on keeps its last words, where English puts the noun)
        for _ in 0..4 {
            let cut = end < limit && end - from >= MAX_RUN && is_content(text, toks, end, lex);
            let later = run_end(text, toks, from + 1, limit, lex);
            if !cut || later <= end {
                break;
            }
            from += 1;
            end = later;
        }
        // ("4.9 pct of GDP": a share of the economy measures what comes before it; "the
        // first four months of the current year": a period is no concept)
        // ("margins at 4% of sales": a share of a business's sales, at a level)
        let linked = matches!(
            raw(q.first.saturating_sub(1)),
            "at" | "was" | "is" | "be" | "were" | "are"
        );
        // ("6% of the country's annual gross domestic product": or the words ending it)
        let denominator = || {
            let p = phrase(from, end).to_lowercase();
            let ends = |has: &dyn Fn(&str) -> bool| {
                has(&p) || p.match_indices(' ').any(|(i, _)| has(&p[i + 1..]))
            };
            ends(&|w| lex.concept.denominators.contains(w))
                || linked && ends(&|w| lex.concept.level_denominators.contains(w))
        };
        let period = || {
            word(text, toks, end - 1).is_some_and(|w| is_period_noun(&w, lex))
                && (from + 1 == end
                    || word(text, toks, from)
                        .is_some_and(|w| lex.periods.references.iter().any(|r| *r == *w)))
        };
        if end > from && !denominator() && !period() {
            return Some(phrase(from, end));
        }
    }
    None
}
