//! What a figure measures, its concept, as a short noun phrase from its sentence:
//! - the noun of an of-phrase after it ("25 million tons of soybeans", "16% of Russia's total
//!   crude oil output");
//! - the thing a count counts ("killed 14 people", "six arrests");
//! - the noun compound the figure modifies ("a $11 billion arms package", "a 22-year-old
//!   Brazilian star");
//! - else the noun phrase before the verb or preposition that links it to the figure ("its
//!   soybean purchases to 20 million tons", "a depth of 200 meters"), followed back through
//!   the prepositional phrases attached to it to their head ("Treasury balances at the Federal
//!   Reserve rose to ...", "the ISEQ index of leading shares closed up 23 points").
//!
//! The vocabulary is `[concept]` in `schema/figures.toml`. Every rule looks at a bounded number
//! of tokens inside the figure's sentence.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::{is_month, Quantity};

mod age;
mod before;
mod classes;
mod compared;
mod copula;
mod head;
mod money_in;
mod object;
mod of_lead;
mod of_phrase;
mod opinion;
mod quoted;
mod run;
mod span;
mod table;
mod trade;
pub(super) mod verb;
use before::before;
use classes::{is_change_verb, is_content, is_joiner, is_period_noun, is_verb_like};
use object::changed_object;
use run::{run_end, trim};
use table::table_code;

/// The longest concept phrase, in words (possessive endings and hyphens aside).
const MAX_WORDS: usize = 3;

/// What is measured by quantity `q`, looking no further back than `floor` and no further on
/// than `ceiling` (the neighbouring figures).
pub(super) fn concept(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let concept = if compared::is_shortfall(text, toks, q) {
        compared::compared(text, toks, q, ceiling, lex)
    } else {
        trim(find(text, toks, q, floor, ceiling, lex), lex)
            .or_else(|| compared::compared(text, toks, q, ceiling, lex))
    };
    // ("94.00 dlrs per tonne, c and f, for 50,000 tonnes": a lone letter is no concept)
    let concept = concept.filter(|c| c.chars().count() > 1);
    trade::with_trade(text, toks, q, floor, concept, lex)
}

/// [`concept`], before its phrase is trimmed.
fn find(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<String> {
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let content_run = |from: usize| {
        let end = run_end(text, toks, from, ceiling, lex);
        (end > from).then(|| phrase(from, end))
    };
    if let Some(people) = age::aged(text, toks, q, floor, lex) {
        return Some(people);
    }
    if let Some(code) = table_code(text, toks, q, floor) {
        return Some(code);
    }
    if let Some(group) = of_lead::of_lead(text, toks, q, lex) {
        return Some(group);
    }
    if let Some(event) = span::ago(text, toks, q, floor, lex) {
        return Some(event);
    }
    // ("these losses were twice as high as expected": a multiple measures its subject)
    if matches!(
        word(text, toks, q.first).as_deref(),
        Some("twice" | "thrice")
    ) {
        return before(text, toks, q, floor, lex);
    }
    let next = q.of_phrase.unwrap_or(q.next);
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("versus 36% who viewed him negatively": a share of people is what they do)
    if q.of_phrase.is_none()
        && raw(q.next) == "who"
        && q.unit.is_some_and(|u| lex.units[u].dimension == "percent")
    {
        if let Some(c) = content_run(q.next + 1) {
            return Some(c);
        }
    }
    if let Some(c) = opinion::opinion(text, toks, q, ceiling, lex) {
        return Some(c);
    }
    // ("up to 30 hours' battery life", "two weeks' notice": a measure's possessive names what
    // it measures)
    let possessive = q.unit.is_some()
        && q.next > q.number_first + 1
        && matches!(raw(q.next), "'" | "’")
        && toks.get(q.next).is_some_and(|t| t.glued)
        && raw(q.next - 1).ends_with('s');
    // ("two months' worth of records": what it is worth; not "in five years' time")
    let worth = 2 * usize::from(raw(q.next + 1) == "worth" && raw(q.next + 2) == "of");
    if possessive && raw(q.next + 1 + worth) != "time" {
        if let Some(c) = content_run(q.next + 1 + worth) {
            return Some(c);
        }
    }
    let skip_determiners = |from: usize| of_phrase::skip_determiners(text, toks, from);
    if let Some(c) = of_phrase::of_phrase(text, toks, q, next, ceiling, lex) {
        return Some(c);
    }
    // "killed 14 people": a count whose unit is the thing counted (but "a city of 22,000
    // people", "surveys of more than 25 million people" measure the city and the surveys;
    // "roastings were 275,000 bags": a measure's bags measure the roastings)
    let counting_unit = q.unit.is_some_and(|u| {
        lex.units[u].dimension == "count"
            && q.next > q.number_first + 1
            && !lex
                .concept
                .measure_nouns
                .contains(lex.units[u].name.as_str())
    });
    // (but "at the end of this month 2 million people": the of-phrase is a time)
    // ("as upwards of 1.5 million people were murdered": not a bound's own "of")
    let unbound = q.first - bound_before(text, toks, q, floor, lex);
    let of_before = (unbound.saturating_sub(3)..unbound).any(|k| {
        word(text, toks, k).as_deref() == Some("of")
            && !(k + 1..q.first)
                .any(|j| word(text, toks, j).is_some_and(|w| is_period_noun(&w, lex)))
    });
    // ("lowered their stake in Quaker State to 1,795,908 shares": shares a change reaches
    // measure what changed)
    let generic = q
        .unit
        .is_some_and(|u| matches!(lex.units[u].name.as_str(), "share" | "unit"))
        && q.first > 0
        && matches!(raw(q.first - 1), "to" | "from");
    // ("short interest … totaled 184.9 mln shares": a count a total's verb links to its
    // subject measures the subject)
    let totalled = || {
        let b = q.first - bound_before(text, toks, q, floor, lex);
        b > floor + 1
            && matches!(
                word(text, toks, b - 1).as_deref(),
                Some("totaled" | "totalled" | "totaling" | "totalling" | "totals" | "total")
            )
    };
    if counting_unit && !of_before && !generic && !totalled() {
        // the unit's word: the first word after the number that is no scale ("25 million
        // people or less")
        // ("12m people": a scale letter glued to the number is none)
        let unit_word = (q.number_first + 1..q.next).find(|&k| {
            toks[k].kind == Kind::Word
                && !(toks[k].glued && toks[k - 1].kind == Kind::Num)
                && word(text, toks, k).is_some_and(|w| {
                    // ("tens of thousands of people")
                    // ("half a million people")
                    // ("5 to 10 people", "between one and two people": a range's words)
                    !lex.scales.contains_key(&*w)
                        && !lex.numbers.contains_key(&*w)
                        && !matches!(&*w, "of" | "a" | "an" | "to" | "and" | "or" | "between")
                        && !super::vague::is_plural_scale(&w)
                })
        });
        // (but "a 40-person team", "a 4-pg letter": a hyphened count describes the noun after)
        // (or a singular after a plural number: "a one mln share buyback")
        let singular = |k: usize| {
            q.value.is_some_and(|v| v > 1.0)
                && !raw(k).ends_with('s')
                && raw(k).bytes().all(|b| b.is_ascii_lowercase())
                && !lex.counted.irregular.contains_key(raw(k))
        };
        let describes = |k: usize| {
            (raw(k - 1) == "-" || singular(k))
                && toks
                    .get(q.next)
                    .is_some_and(|t| t.kind == Kind::Word && t.folded)
                && word(text, toks, q.next)
                    .is_some_and(|w| !lex.concept.function_words.contains(&*w))
        };
        if let Some(k) = unit_word.filter(|&k| !describes(k)) {
            return Some(phrase(k, k + 1));
        }
    }
    // "six arrests", "50,000 pages of printed emails": what a count counts
    let measuring = q
        .counted
        .as_deref()
        .is_some_and(|c| lex.concept.measure_nouns.contains(c));
    // ("7,959 head of dairy cattle": a measure noun's of-phrase is what it measures)
    // ("three small bags of cocaine": past its modifiers)
    let measure_at = (next..(next + 3).min(ceiling))
        .take_while(|&k| toks[k].kind == Kind::Word)
        .find(|&k| q.counted.as_deref().is_some_and(|c| raw(k).starts_with(c)));
    if let Some(k) = measure_at.filter(|&k| measuring && raw(k + 1) == "of") {
        if let Some(c) = content_run(skip_determiners(k + 2)) {
            return Some(c);
        }
    }
    // ("a four-star Marine general", "a 40,000 member health maintenance organization": a
    // noun hyphenated or spaced into the figure describes what follows)
    let held = q.counted.is_some()
        && next > q.number_first + 1
        && toks[next - 1].kind == Kind::Word
        && (raw(next - 2) == "-" || q.counted.as_deref() == Some(raw(next - 1)));
    // ("nine out of 10 people agree": what a proportion counts)
    let ratio_counted = q
        .ratio
        .then(|| super::counted::counted_noun(text, toks, next, lex))
        .flatten();
    let counted_noun = q
        .counted
        .as_deref()
        .or(ratio_counted.as_deref())
        .filter(|_| !measuring && !held)
        .and_then(|c| {
            let c = c.rsplit('-').next().unwrap_or(c);
            let stem = classes::plural_stem(c);
            // (past an opening quote: "700,000 “Dreamers”")
            let quote = usize::from(matches!(raw(next), "“" | "\"" | "‘"));
            (next + quote..(next + quote + 8).min(ceiling))
                .take_while(|&k| {
                    // ("45 contemporary, impressionist and modern paintings": a list of
                    // modifiers)
                    let listed = super::modifiers::listing_comma(text, toks, k);
                    // ("250 U.S. victories": an abbreviation's own full stop)
                    let stop = raw(k) == "." && toks[k].glued && raw(k - 1).contains('.');
                    // ("three top 20 singles", "five top-10 hits")
                    let chart = (toks[k].kind == Kind::Num || raw(k) == "-")
                        && matches!(raw(k - 1), "top" | "-");
                    // ("160,000 post-9/11 veterans": a dated prefix)
                    let dated = toks[k].glued
                        && (raw(k) == "-" && matches!(raw(k - 1), "pre" | "post" | "mid")
                            || raw(k) == "/" && toks[k - 1].kind == Kind::Num
                            || toks[k].kind == Kind::Num && raw(k - 1) == "/");
                    toks[k].kind == Kind::Word
                        || is_joiner(text, toks, k)
                        || stop
                        || chart
                        || dated
                        || listed
                })
                // ("U.S. Insurers": wire copy capitalises after "U.S.")
                .find(|&k| {
                    let w = &text[toks[k].start..toks[k].end];
                    w.get(..stem.len())
                        .is_some_and(|p| p == stem || p.eq_ignore_ascii_case(stem) && k > next)
                        // ("three international consortia": a plural of its own)
                        || lex.counted.irregular.get(w).is_some_and(|s| s == c)
                })
                // an irregular plural ("seven women"): the word after the number
                .or((next < ceiling && is_content(text, toks, next, lex)).then_some(next))
        });
    // ("one gold warrant", "one more book": the counted noun inside the figure's own words)
    let inside = || {
        // (a noun it modifies after it is what is measured: "a 40,000 member health
        // maintenance organization")
        let c = q
            .counted
            .as_deref()
            .filter(|_| !measuring && q.unit.is_none())?;
        let k = q.next.checked_sub(1).filter(|&k| k > q.number_first)?;
        let modifies = next < ceiling && is_content(text, toks, next, lex);
        // (nor one hyphened to the number: "a 200-page, tabloid-size book")
        let hyphened = raw(k - 1) == "-";
        (raw(k) == c && toks[k].kind == Kind::Word && !modifies && !hyphened).then_some(k)
    };
    if let Some(noun) = counted_noun.or_else(inside) {
        // the noun phrase up to the counted noun: "37 Republican electors", "nine other cities"
        let from = if noun < next {
            q.number_first + 1
        } else {
            next
        };
        let first = (from..noun)
            .find(|&k| is_content(text, toks, k, lex))
            .unwrap_or(noun);
        if word(text, toks, noun + 1).as_deref() == Some("of") {
            let from = skip_determiners(noun + 2);
            if let Some(c) = content_run(from) {
                return Some(format!("{} of {c}", phrase(first, noun + 1)));
            }
        }
        return Some(phrase(first, noun + 1));
    }
    // "pay £85 for a passport", "spend $17 per child per year on textbooks", "pay 10.53
    // billion dlrs in damages"
    let mut k = next;
    while word(text, toks, k).as_deref() == Some("per") && k + 2 <= ceiling {
        k += 2;
    }
    let paying = (q.first.saturating_sub(3).max(floor)..q.first)
        .any(|j| word(text, toks, j).is_some_and(|w| lex.concept.paying_verbs.contains(&*w)));
    // idioms: "in total", "in cash", "in return", "in part"
    let idiom = word(text, toks, k + 1).is_some_and(|w| lex.concept.in_idioms.contains(&*w));
    // ("poured more than $50 million into the campaign")
    let purpose = matches!(
        word(text, toks, k).as_deref(),
        Some("for" | "on" | "in" | "into")
    );
    if paying && !idiom && purpose {
        // (not "raised $122,000 on Ngo's behalf", nor a time: "in the second quarter", "in
        // the same filing period")
        let from = money_in::past_modifier(text, toks, skip_determiners(k + 1), ceiling, lex);
        let end = run_end(text, toks, from, ceiling, lex);
        let in_time = word(text, toks, k).as_deref() == Some("in");
        let time = word(text, toks, end.wrapping_sub(1)).is_some_and(|w| {
            w == "behalf"
                || (in_time && (is_period_noun(&w, lex) || lex.concept.time_nouns.contains(&*w)))
        });
        if end > from && !time {
            return Some(phrase(from, end));
        }
    }
    // "$25 billion in wall money", "$4 billion in aid": money in a lower-case noun ("70m euros
    // ($91m) in aid": past a bracketed conversion)
    let (mut k, mut in_ceiling) = (k, ceiling);
    // (not a time: "took $19.5m (£14.9m) in three days")
    // (but "in 12-year subordinated capital notes" is a kind)
    let timed = |j: usize| {
        (toks.get(j).is_some_and(|t| t.kind == Kind::Num)
            || word(text, toks, j).is_some_and(|w| lex.numbers.contains_key(&*w)))
            && raw(j + 1) != "-"
    };
    if raw(k) == "(" {
        if let Some(close) = (k + 1..(k + 8).min(toks.len())).find(|&j| raw(j) == ")") {
            k = close + 1;
            in_ceiling = toks.len().min(k + 8);
        }
    } else if raw(k) == ")" {
        k += 1;
        in_ceiling = toks.len().min(k + 8);
    }
    let idiom = word(text, toks, k + 1).is_some_and(|w| lex.concept.in_idioms.contains(&*w));
    if !idiom && word(text, toks, k).as_deref() == Some("in") && !timed(k + 1) {
        if let Some(c) = money_in::money_in(text, toks, q, k + 1, in_ceiling, lex) {
            return Some(c);
        }
    }
    // "the Act's $6,350 "Out of Pocket Maximum"": a quoted name right after the figure (when
    // no noun follows the closing quote)
    if let Some(c) = quoted::quoted_after(text, toks, next, ceiling, lex) {
        return Some(c);
    }
    // "a $11 billion arms package", "a seven-page complaint", "a 22-year-old Brazilian star",
    // "the £1.35bn ($2.5bn) offer"
    // ("closed up 23 points to 6661.89": a measuring noun is passed over)
    // (not when the figure holds it: "a 10-point lead")
    let mut after = if measuring && !held { next + 1 } else { next };
    // "a 37-3/8 cts per share common stock dividend"
    while word(text, toks, after).as_deref() == Some("per") && after + 2 < ceiling {
        after += 2;
    }
    let mut run_ceiling = ceiling;
    if raw(after) == "(" {
        // the figure in the brackets is a conversion: the phrase after them is shared
        if let Some(close) = (after + 1..(after + 8).min(toks.len())).find(|&k| raw(k) == ")") {
            after = close + 1;
            run_ceiling = toks.len();
        }
    } else if raw(after) == ")" {
        after += 1;
    }
    if after + 1 < ceiling && is_joiner(text, toks, after) {
        after += 2;
    }
    if word(text, toks, after).as_deref() == Some("old") {
        after += 1;
    }
    // ("a 200-page, tabloid-size book": past a hyphenated adjective listed after the figure)
    let glued_at = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    if held
        && raw(after) == ","
        && raw(after + 2) == "-"
        && glued_at(after + 2)
        && glued_at(after + 3)
    {
        after += 4;
    }
    // ("a 23 percent across-the-board cut in benefits": past a hyphen chain's adverb)
    let chain = |k: usize| raw(k + 1) == "-" && toks.get(k + 2).is_some_and(|t| t.glued);
    if chain(after)
        && word(text, toks, after).is_some_and(|w| lex.concept.function_words.contains(&*w))
    {
        let mut k = after;
        while chain(k) {
            k += 2;
        }
        after = k + 1;
    }
    // ("Sales 6.52 billion vs 6.53 billion  Other income": a wide gap starts the next cell)
    let next_cell = after > 0
        && toks
            .get(after)
            .is_some_and(|t| text[toks[after - 1].end..t.start].contains("  "));
    let lower_after = toks.get(after).is_some_and(|t| {
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    });
    // "three-day System repurchase agreements": a hyphenated figure is an adjective
    let hyphenated =
        (q.number_first + 1..q.next).any(|k| is_joiner(text, toks, k - 1)) || after > next;
    // "5,000 tonnes Canadian rapeseed", "a $1.7 billion Trump Organization project": names
    // before a lower-case noun
    let named_noun = {
        let mut k = after;
        // "a $2 trillion Senate-passed rescue bill": a hyphenated compound opening with a name
        let capital = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word && text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
            })
        };
        if capital(after) && is_joiner(text, toks, after + 1) {
            while k < after + 5 && is_joiner(text, toks, k + 1) {
                k += 2;
            }
            k += 1;
        }
        while k < after + 3
            && toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word && text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
            })
            && !is_month(text, toks, k)
            && text[toks[k].start..toks[k].end]
                .parse::<chrono::Weekday>()
                .is_err()
        {
            k += 1;
        }
        k > after
            && k < run_ceiling
            && toks[k].kind == Kind::Word
            && text[toks[k].start..toks[k].end].starts_with(|c: char| c.is_lowercase())
            && is_content(text, toks, k, lex)
            && word(text, toks, k).is_some_and(|w| !is_verb_like(&w, lex))
    };
    let adjective_like =
        (hyphenated || named_noun) && toks.get(after).is_some_and(|t| t.kind == Kind::Word);
    // ("10 times faster", "4½ seconds slower": but a speed's comparative names what it
    // measures)
    let comparative = word(text, toks, after).is_some_and(|w| {
        lex.comparatives.contains_key(&*w) && !matches!(&*w, "faster" | "quicker" | "slower")
    });
    if (q.counted.is_none() || measuring || held)
        && (lower_after || adjective_like)
        && !comparative
        && !next_cell
    {
        let end = run_end(text, toks, after, run_ceiling, lex);
        // ("in the 1.05 to 1.10 dlrs a share range", "the 1,000 mark": a place on a scale)
        // ("5 inches tall", "50 miles away": an adjective of size; "a four-month high" is a
        // noun)
        let scale_name = end == after + 1
            && word(text, toks, after).is_some_and(|w| {
                lex.concept.scale_places.contains(&*w)
                    || !hyphenated && lex.concept.dimension_adjectives.contains(&*w)
            });
        // ("rose 34.3 pct year-to-date": a time, not what is measured)
        let period = end > after
            && lex
                .concept
                .period_adverbs
                .contains(&text[toks[after].start..toks[end - 1].end].to_ascii_lowercase());
        if let Some(c) = (end > after && !scale_name && !period).then(|| phrase(after, end)) {
            // (a noun in -ing or -ed is no verb: "a 45-minute meeting", "tonnes Canadian rapeseed")
            let last = word(text, toks, end - 1).unwrap_or_default();
            let noun = lex.counted.noun_exceptions.contains(&*last);
            if noun || !is_verb_like(&last, lex) {
                // "a 9.6 pct increase in government investment": the change noun with what it
                // changes
                let change_noun =
                    word(text, toks, end - 1).is_some_and(|w| is_change_verb(&w, lex));
                if change_noun && matches!(word(text, toks, end).as_deref(), Some("in" | "of")) {
                    let mut from = skip_determiners(end + 1);
                    if word(text, toks, from)
                        .is_some_and(|w| lex.concept.figure_modifiers.contains(&*w))
                    {
                        from += 1;
                    }
                    let to = run_end(text, toks, from, run_ceiling, lex);
                    // (not a time: "a reduction in the prior period", "a plunge in Q2")
                    let time = (from..to).any(|k| {
                        word(text, toks, k).is_some_and(|w| {
                            let singular = w.strip_suffix('s').unwrap_or(&w);
                            is_period_noun(singular, lex)
                                || is_period_noun(&w, lex)
                                || lex.concept.time_nouns.contains(singular)
                        })
                    }) || toks.get(to).is_some_and(|t| t.kind == Kind::Num)
                        || word(text, toks, to).is_some_and(|w| lex.numbers.contains_key(&*w));
                    if to > from && !time {
                        return Some(phrase(end - 1, to));
                    }
                }
                return Some(c);
            }
        }
    }
    if let Some(c) = span::from_event(text, toks, q, ceiling, lex)
        .or_else(|| span::spent_in(text, toks, q, of_before, ceiling, lex))
        .or_else(|| span::served_as(text, toks, q, ceiling, lex))
        .or_else(|| span::done_for(text, toks, q, floor, lex))
    {
        return Some(c);
    }
    if let Some(c) = changed_object(text, toks, q, floor, lex) {
        return Some(c);
    }
    // "killed 26 and injured 20", "22 killed": a bare count that a counting verb acts on
    if q.unit.is_none() && q.counted.is_none() {
        let counting = |k: usize| {
            word(text, toks, k).is_some_and(|w| lex.concept.counting_verbs.contains(&*w))
        };
        // ("2,800 have died": past an auxiliary)
        let mut v = next;
        while v < next + 2
            && matches!(
                word(text, toks, v).as_deref(),
                Some("have" | "had" | "were" | "are" | "been")
            )
        {
            v += 1;
        }
        if v < ceiling && counting(v) {
            return Some(phrase(v, v + 1));
        }
        // ("killed at least 31": a bound may stand between)
        let bound = bound_before(text, toks, q, floor, lex);
        if q.first > floor + bound && counting(q.first - bound - 1) {
            return Some(phrase(q.first - bound - 1, q.first - bound));
        }
    }
    // ("Movie piracy cost the industry £3.7bn": what is measured is the subject's, not the
    // indirect object's)
    if let Some(first) = verb::indirect_object(text, toks, q, floor, lex) {
        let mut shifted = q.clone();
        shifted.first = first;
        return before(text, toks, &shifted, floor, lex);
    }
    before(text, toks, q, floor, lex)
        .or_else(|| span::done_in(text, toks, q, floor, ceiling, lex))
        .or_else(|| copula::named_after(text, toks, q, ceiling, lex))
}

/// The number of words of the bound phrase written just before the figure ("at least", "more
/// than"), not before `floor`; 0 when there is none.
pub(super) fn bound_before(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> usize {
    super::number::bound_ending(text, toks, q.first, floor, lex).map_or(0, |(p, _)| p.len())
}

#[cfg(test)]
mod tests;
