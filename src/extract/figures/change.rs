//! A quantity's bound or change, read from the words around it: a bound before it (`more
//! than`, `about`, `up to`), a comparative after it (`36% higher than`, `8.6 pct below their
//! level`), `X, down from Y`, or a verb of change before it (`rose … to`, `cut by`; read in
//! `verb.rs`).

use super::comparative::{comparative_after, compared_with_the};
use super::lexer::{is_adverb, is_possessive, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::Quantity;
use crate::model::Change;

/// The bound or change of `q`; `floor` is the first token after the previous quantity.
pub(super) fn change(text: &str, toks: &Toks, q: &Quantity, floor: usize, lex: &Lexicon) -> Change {
    let c = read_change(text, toks, q, floor, lex);
    // ("about a 3.0 mln dlr gain": an estimate before an article; "about a 4.5 pct decline" falls)
    let estimate = || {
        q.first >= 2
            && matches!(word(text, toks, q.first - 1).as_deref(), Some("a" | "an"))
            && super::number::bound_ending(text, toks, q.first - 1, floor, lex)
                .is_some_and(|(_, b)| b.change() == Change::Approx)
    };
    // ("if prices went above 18 dlrs a barrel": a move past a bound is a rise or fall, as
    // "fell below 150 yen" is)
    let moved_past = || {
        super::number::bound_ending(text, toks, q.first, floor, lex).is_some_and(|(p, _)| {
            let k = q.first.wrapping_sub(p.len() + 1);
            matches!(p.last().map(String::as_str), Some("above" | "below"))
                && k >= floor
                && k < toks.len()
                && word(text, toks, k).is_some_and(|w| {
                    matches!(
                        &*w,
                        "went" | "go" | "goes" | "going" | "gone" | "moved" | "move"
                    )
                })
        })
    };
    if c == Change::Exact && estimate() {
        Change::Approx
    } else if matches!(c, Change::More | Change::Less) && moved_past() {
        if c == Change::More {
            Change::Up
        } else {
            Change::Down
        }
    } else {
        c
    }
}

fn read_change(text: &str, toks: &Toks, q: &Quantity, floor: usize, lex: &Lexicon) -> Change {
    // ("a couple of games": about two; "these couple of dozen emails")
    let couple = |k: usize| word(text, toks, k).as_deref() == Some("couple");
    if q.next > q.first + 1 && (couple(q.first + 1) || couple(q.first)) {
        return Change::Approx;
    }
    if let Some(c) = super::comparative::paired_comparative(text, toks, q) {
        return c;
    }
    // ("cut the deficit in half": the share the cut leaves)
    if super::half::cut_in_half(text, toks, q.first) {
        return Change::Down;
    }
    // ("Platinum  4321  19120  off  173": a table's change cell, "off" or "up" set apart by
    // wide gaps)
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    if q.first >= 2 {
        let up = match raw(q.first - 1) {
            "off" | "down" | "dn" => Some(false),
            "up" => Some(true),
            _ => None,
        };
        let k = q.first - 1;
        if let Some(up) = up.filter(|_| text[toks[k - 1].end..toks[k].start].contains("  ")) {
            return if up { Change::Up } else { Change::Down };
        }
    }
    // ("ranged from 69% in Kensington … down to 10% in Bristol South": a range's far end)
    let down_to = q.first >= 2
        && raw(q.first - 1) == "to"
        && matches!(
            word(text, toks, q.first - 2).as_deref(),
            Some("down" | "up")
        );
    if down_to
        && (q.first.saturating_sub(40)..q.first - 2).any(|k| {
            word(text, toks, k).is_some_and(|w| w.starts_with("rang"))
                && word(text, toks, k + 1).as_deref() == Some("from")
        })
    {
        return Change::Exact;
    }
    // ("these losses were twice as high as expected": a multiple above one is a rise; but
    // "more than twice the national average" is bounded)
    let bounded = || super::number::bound_ending(text, toks, q.first, floor, lex).is_some();
    // (a frequency is no rise: "twice a month")
    if matches!(
        word(text, toks, q.first).as_deref(),
        Some("twice" | "thrice")
    ) && q.per.is_none()
        && !bounded()
    {
        return Change::Up;
    }
    // a bound written just before the figure: "more than", "about", "up to"
    let mut before: Vec<std::borrow::Cow<str>> = (q.first.saturating_sub(6).max(floor)..q.first)
        .filter_map(|i| word(text, toks, i))
        .collect();
    // (a moved object may be longer: the words back to ten before "up to" then)
    let up_to =
        before.len() >= 2 && before[before.len() - 2] == "up" && before[before.len() - 1] == "to";
    // ("any combination of numbers that adds up to 100 percent": a sum, no bound; not "plans
    // to add up to 43,000 employees", a count hired)
    let n = before.len();
    if up_to
        && n >= 3
        && matches!(&*before[n - 3], "add" | "adds" | "added" | "adding")
        && (n < 4 || before[n - 4] != "to")
        && q.counted.is_none()
    {
        return Change::Exact;
    }
    if up_to {
        let long: Vec<std::borrow::Cow<str>> = (q.first.saturating_sub(10).max(floor)..q.first)
            .filter_map(|i| word(text, toks, i))
            .collect();
        if super::bounded::moved_up_to(&long, lex) {
            return Change::Up;
        }
    }
    // ("up to an additional three mln shares", "up to another 135,000": a bound past these)
    let m = before.len();
    let added = m >= 2
        && matches!(
            (&*before[m - 2], &*before[m - 1]),
            ("an", "additional") | ("a", "further") | ("an", "extra")
        );
    let another = m >= 1 && before[m - 1] == "another";
    if added && lex.prefix_bounds.ending(&before[..m - 2]).is_some() {
        before.truncate(m - 2);
    } else if another && lex.prefix_bounds.ending(&before[..m - 1]).is_some() {
        before.truncate(m - 1);
    }
    // ("at least a 50.1 pct interest": a bound of two words before an article; not a lone
    // "over a 10-year period", nor an estimate, "about a 4.5 pct decline", which the change
    // noun decides)
    let m = before.len();
    let article = m >= 2 && !added && matches!(&*before[m - 1], "a" | "an");
    if article
        && lex
            .prefix_bounds
            .ending(&before[..m - 1])
            .is_some_and(|(p, b)| p.len() >= 2 && b.change() != Change::Approx)
    {
        before.truncate(m - 1);
    }
    // "its load factor was up to 52 pct from the 51 pct": "up to" a level with its earlier
    // value after it is a rise
    // (a number soon after "from": not "a loan of up to one mln dlrs from Amoskeag Bank")
    let n = before.len();
    let from_after = toks
        .get(q.next)
        .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("from"))
        && (q.next + 1..(q.next + 8).min(toks.len())).any(|k| {
            toks[k].kind == Kind::Num
                || word(text, toks, k).is_some_and(|w| lex.numbers.contains_key(&*w))
        });
    // (not "cut the budget by up to two billion dlrs from the 30 billion level")
    let by_bound = n >= 3 && before[n - 3] == "by";
    if n >= 2 && before[n - 1] == "to" && from_after && !by_bound {
        match &*before[n - 2] {
            "up" => return Change::Up,
            "down" => return Change::Down,
            _ => {}
        }
    }
    // ("the rate would go up to 39.6 percent", "the wage goes up to $15 an hour": a rise to
    // the level, no bound)
    if n >= 3
        && before[n - 2] == "up"
        && before[n - 1] == "to"
        && matches!(&*before[n - 3], "go" | "goes" | "went" | "gone" | "going")
    {
        return Change::Up;
    }
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // (a ticker's closing bracket is no bound: "issue <Signature Capital Corp> 20 mln shares")
    let ticker_close = n >= 2 && before[n - 1] == ">" && before[..n - 1].iter().any(|w| w == "<");
    if let Some(c) = compared_with_the(text, toks, q, &before, floor, lex) {
        return c;
    }
    // ("within the next three months", "for at least the next two years": a bound before a
    // time's article and reference)
    let time = q.unit.is_some_and(|u| lex.units[u].dimension == "time");
    let reference = |w: &str| matches!(w, "next" | "past" | "last" | "coming" | "first");
    let the_at = match &before[..] {
        [.., the, r] if the == "the" && reference(r) => Some(n - 2),
        [.., the] if the == "the" => Some(n - 1),
        _ => None,
    };
    if let Some(at) = the_at.filter(|_| time) {
        if at > 0 && before[at - 1] == "within" {
            return Change::Less;
        }
        // (not "over the next five years", which spans them)
        if let Some((phrase, bound)) = lex.prefix_bounds.ending(&before[..at]) {
            if phrase.len() > 1 && matches!(bound.change(), Change::More | Change::Less) {
                return bound.change();
            }
        }
    }
    // ("rise to as much as 9.00 dlrs": the extreme a change reaches, read by its verb below)
    let reached = n >= 4
        && before[n - 4] == "to"
        && before[n - 3] == "as"
        && matches!(&*before[n - 2], "much" | "many")
        && before[n - 1] == "as"
        && before[n.saturating_sub(8)..n - 4]
            .iter()
            .any(|w| lex.change_verb(w).is_some() && !lex.not_verbs.contains(&**w));
    // ("within 116 hog herds", "within seven refining and marketing regions": things counted
    // that hold it, no bound; but "within two matches of a record", "within 1 point", and
    // "within 30 consecutive trading days", a time)
    let inside = |phrase: &[String]| {
        phrase == ["within"]
            && q.unit.is_none()
            && q.counted.as_deref().is_some_and(|c| {
                !matches!(
                    c,
                    "point" | "vote" | "seat" | "game" | "match" | "goal" | "shot" | "stroke"
                ) && lex.unit_for_alias(c).is_none()
            })
            && toks.get(q.next).is_some_and(|t| t.kind == Kind::Word)
            && raw(q.next + 1) != "of"
    };
    if let Some((phrase, bound)) = lex
        .prefix_bounds
        .ending(&before)
        .filter(|(p, _)| !ticker_close && !reached && !inside(p))
    {
        // ("about 53 mln dlrs, up from 27 mln": an estimate's way after it is its change)
        let turned = || super::rate_level::level_then_change(text, toks, q, lex);
        if let Some(c) = (bound.change() == Change::Approx).then(turned).flatten() {
            return c;
        }
        return super::bounded::bounded(text, toks, q, floor, (&before, phrase, bound), lex);
    }
    // ("car sales were off 25.1 pct": "off" after a copula is a fall; "trading at 74-1/4,
    // off 2-5/8": so is it after a quote's comma; "280 1/4            OFF   1/2": and in a
    // price table's capitals)
    // ("with year-to-date sales off 9.6 pct to 55.3 mln dlrs": or with the level it fell to)
    if q.first >= 2
        && (raw(q.first - 1) == "off"
            && (matches!(
                raw(q.first - 2),
                "was" | "were" | "is" | "are" | "been" | ","
            ) || raw(q.next) == "to"
                && toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Num))
            || raw(q.first - 1) == "OFF" && toks[q.first - 2].kind == Kind::Num
            // ("with same-store revenues off one pct": or after the plural it changes)
            || raw(q.first - 1) == "off"
                && raw(q.first - 2).len() > 3
                && raw(q.first - 2).ends_with('s')
                && raw(q.first - 2).bytes().all(|b| b.is_ascii_lowercase())
                && q.unit.is_some_and(|u| lex.units[u].dimension == "percent"))
    {
        return Change::Down;
    }
    // ("get 25% off VIP membership", "knock 125m euros off its operating profits": a
    // discount; not "take the $600 a week off the table", an idiom)
    // (what it comes off follows: not "everything is 25% off today")
    let off_after = raw(q.next) == "off"
        && toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Word)
        && !matches!(raw(q.next + 1), "today" | "now" | "tomorrow" | "yesterday")
        && raw(q.next + 2) != "table"
        && q.unit
            .is_some_and(|u| matches!(lex.units[u].dimension.as_str(), "percent" | "currency"));
    if off_after {
        return Change::Down;
    }
    // "rose in the Northeast (+154,000)": a plus sign glued to the figure
    // (not a sum or a name: "2+2=5", "P5+1")
    let joined = q.first > 1
        && toks[q.first - 1].glued
        && matches!(toks[q.first - 2].kind, Kind::Word | Kind::Num);
    if q.first > 0 && raw(q.first - 1) == "+" && toks[q.first].glued && !joined {
        return Change::Up;
    }
    if let Some(c) = super::rate_level::level_then_change(text, toks, q, lex) {
        return c;
    }
    if let Some(c) = comparative_after(text, toks, q, lex) {
        return c;
    }
    // a change noun right after the figure: "a 2.6 pct rise"
    if let Some(c) = super::noun_after::change_noun_after(text, toks, q, lex) {
        return c;
    }
    // ("two quarters ahead": a year's quarters, counted, are a duration too)
    let duration = q.unit.is_some_and(|u| lex.units[u].dimension == "time")
        || q.counted.as_deref() == Some("quarter");
    // "climb an 18-ft fence", "a 10-year high": a hyphenated figure describes a noun; no verb
    // changes it
    // (a unit after the hyphen: not "one-third", "5-6", "4-1/2 dlrs"; the hyphen right after
    // the number: not "rose 3 percentage-points")
    let measured = q.unit.is_some() || q.counted.is_some();
    let number_before = |k: usize| {
        toks[k].kind == Kind::Num
            || word(text, toks, k)
                .is_some_and(|w| lex.numbers.contains_key(&*w) || lex.scales.contains_key(&*w))
    };
    // ("the 500,000-strong stock": so does a number's "-strong")
    let strong = raw(q.next) == "-" && raw(q.next + 1) == "strong";
    if strong {
        return Change::Exact;
    }
    let hyphenated = measured
        && (q.number_first + 1..q.next).any(|k| {
            raw(k) == "-"
                && number_before(k - 1)
                && toks[k].glued
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.glued && t.kind == Kind::Word)
                && word(text, toks, k + 1).is_some_and(|w| !lex.numbers.contains_key(&*w))
        });
    if hyphenated {
        return Change::Exact;
    }
    // ("sustaining losses of 1.40 to 2.00 dlrs a tonne": a market's losses of a price are a
    // fall, as its gains are a rise; not a company's "losses of 3.5 mln dlrs", a level)
    // (a market's price, per a measure: not "losses of 12 cts per share", a level)
    let price = q.per.is_some_and(|p| lex.units[p].dimension != "count")
        || q.per.is_none()
            && q.per_noun.is_none()
            && q.unit.is_some_and(|u| lex.units[u].name == "cent");
    let small = q.value.or(q.high).is_some_and(|v| v < 1e3);
    if price && small && q.first >= 2 && raw(q.first - 1) == "of" && raw(q.first - 2) == "losses" {
        return Change::Down;
    }
    // a change verb: directly before the figure, or before "to"/"by"/"from" that introduce it
    let first = q.first;
    // ("poverty could fall as low as 15.3%": "as low as" or "as high as" introduces it too)
    let as_far_as = first >= 3
        && raw(first - 1) == "as"
        && matches!(raw(first - 2), "low" | "high" | "much" | "many")
        && raw(first - 3) == "as";
    // ("rise by an average of 5.2%", "cut by a total of 300", "increase to a total of 12 mln")
    // ("by an average 1.1 pct": "of" may be left out)
    let of = usize::from(first >= 1 && raw(first - 1) == "of");
    let by_an_average = first >= 3 + of
        && matches!(
            raw(first - 1 - of),
            // ("Republicans lost a net of six seats")
            "average" | "total" | "further" | "additional" | "extra" | "net"
        )
        && matches!(raw(first - 2 - of), "a" | "an")
        && (matches!(raw(first - 3 - of), "by" | "to")
            // ("adding a total of 9,600 customers": or right after the change verb)
            || word(text, toks, first - 3 - of).is_some_and(|w| lex.change_verb(&w).is_some()));
    if let Some(c) = super::comparative::new_extreme(text, toks, first) {
        return c;
    }
    // ("slipped to the day's low of 2,355": a level named after "to"; "fell … to a seasonally
    // adjusted annual rate of 616,000 units": or a rate)
    let level_of = first >= 4
        && raw(first - 1) == "of"
        && matches!(
            raw(first - 2),
            "low" | "high" | "peak" | "level" | "record" | "rate" | "pace"
        )
        && (first.saturating_sub(8)..first - 2).any(|k| raw(k) == "to");
    // ("rose by a seasonally adjusted 48.22 pct": an adjective, maybe behind an adverb)
    let adverb = usize::from(first >= 2 && is_adverb(raw(first - 2)));
    let by_an_adjective = first >= 3 + adverb
        && toks[first - 1].kind == Kind::Word
        && raw(first - 1).bytes().all(|b| b.is_ascii_lowercase())
        && matches!(raw(first - 2 - adverb), "a" | "an")
        // ("rose to a record 112.2 billion marks": or the level reached)
        && matches!(raw(first - 3 - adverb), "by" | "to");
    // ("rose by only six pct", "up by another £130m": past an adverb of degree, or "another")
    let degree = usize::from(first >= 2 && matches!(raw(first - 1), "only" | "just" | "another"));
    // ("slowed to a 3.5% annual pace", "pushed it to a 786.50 high": an article between,
    // right after the verb, an adverb or a pronoun; not "lost access to a four billion dlr
    // line", nor a span of time, "a four month low")
    let to_an = first >= 3
        && matches!(raw(first - 1), "a" | "an")
        && matches!(raw(first - 2), "to" | "by")
        && (is_adverb(raw(first - 3))
            || matches!(raw(first - 3), "it" | "them" | "somewhat")
            || word(text, toks, first - 3).is_some_and(|w| lex.change_verb(&w).is_some()))
        && q.unit.is_none_or(|u| lex.units[u].dimension != "time");
    let intro = as_far_as
        || by_an_average
        || by_an_adjective
        || to_an
        || level_of
        || first > degree
            && matches!(
                word(text, toks, first - 1 - degree).as_deref(),
                Some("to" | "by")
            );
    // ("the decline was accentuated by two plant shutdowns": "by" after a participle that
    // changes nothing is its agent, no change's amount)
    let agent = first >= 2
        && raw(first - 1) == "by"
        && word(text, toks, first - 2)
            .is_some_and(|w| w.len() > 4 && w.ends_with("ed") && lex.change_verb(&w).is_none());
    // (but "to lower the price demanded by $2": a sum after the participle of the noun a
    // change verb acts on is that change's amount)
    let changed_noun = || {
        q.unit
            .is_some_and(|u| matches!(lex.units[u].dimension.as_str(), "currency" | "percent"))
            && (first.saturating_sub(6)..first.saturating_sub(3)).any(|k| {
                raw(k) == "to"
                    && word(text, toks, k + 1).is_some_and(|w| lex.change_verb(&w).is_some())
            })
    };
    if agent && q.from.is_none() && !changed_noun() {
        return Change::Exact;
    }
    let from_change = q.from.is_some();
    // ("would drop three consecutive months": a duration right after a verb is how long)
    // (not the amount of a change with its level: "the work week rose 0.2 hours to 35.0")
    let level_after = toks
        .get(q.next)
        .is_some_and(|t| matches!(&text[t.start..t.end], "to" | "from"));
    // ("was raised 25 cts to 7.75 dlrs": a level after it makes the amount a change's)
    let to_number = level_after && toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Num);
    // (nor an amount after a change noun: "an increase of 0.1 year")
    let of_before = first > 0 && raw(first - 1) == "of";
    if duration && !intro && !from_change && !level_after && !of_before {
        return Change::Exact;
    }
    // ("rose an annual 6%", "grew a record 12%", "fell a further 2%": an article and an
    // adjective may stand between the verb and its amount)
    // (not a figure that describes a noun, "expand a proposed $10,000 cap", nor a count,
    // "a couple dozen")
    // (a counted noun is the figure's own: "fell a record 504.75 points")
    let noun_after = q.counted.is_none()
        && toks.get(q.next).is_some_and(|t| {
            t.kind == Kind::Word
                && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(&text[t.start..t.end])
        });
    // ("cut its 2.5 pct discount rate": a figure after a possessive describes the noun the
    // verb changes)
    // ("inflation would rise to its 2% target": after "to", the level reached)
    let possessive = first >= 1 && is_possessive(raw(first - 1));
    if possessive && first >= 3 && raw(first - 2) == "to" {
        if let Some(up) = word(text, toks, first - 3).and_then(|w| lex.change_verb(&w)) {
            return if up { Change::Up } else { Change::Down };
        }
    }
    // ("adding a 1,200 dlr rebate": so does money after an article, no "to" or "by" before)
    let money_noun = noun_after
        && !intro
        && first >= 1
        && matches!(raw(first - 1), "a" | "an")
        && q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
    if (possessive || money_noun) && noun_after {
        return Change::Exact;
    }
    // ("Standard and Poor's lowered 128 mln dlrs of Brown Group's senior debt to A-minus":
    // the size of what is rated, no fall)
    let rated = q.unit.is_some_and(|u| lex.units[u].dimension == "currency")
        && raw(q.next) == "of"
        && (q.next + 1..(q.next + 7).min(toks.len()))
            .any(|k| lex.rated_instruments.contains(&raw(k).to_ascii_lowercase()));
    if rated
        && first >= 1
        && word(text, toks, first - 1).is_some_and(|w| lex.change_verb(&w).is_some())
    {
        return Change::Exact;
    }
    // ("supporters of the bill fell 30 votes short": a margin, no fall)
    if raw(q.next) == "short" || raw(q.next + 1) == "short" && q.counted.is_some() {
        return Change::Exact;
    }
    // ("pushed the dollar back down towards 149 yen": the level a move heads for)
    if first >= 2 && matches!(raw(first - 1), "towards" | "toward") {
        match raw(first - 2) {
            "up" => return Change::Up,
            "down" => return Change::Down,
            // ("will rise toward 13,000": or a verb of change; not "made sexual advances toward
            // four teenage girls", a count)
            w if q.counted.is_none() => {
                if let Some(up) = word(text, toks, first - 2).and_then(|w| lex.change_verb(&w)) {
                    if w.bytes().all(|b| b.is_ascii_lowercase()) {
                        return if up { Change::Up } else { Change::Down };
                    }
                }
            }
            _ => {}
        }
    }
    // ("the load factor was up slightly at 55.5 pct", "closed down at 5.40 dlrs": the level
    // reached; not a particle, "shut down at 20 plants")
    if first >= 2 && raw(first - 1) == "at" {
        let mut k = first - 2;
        if k > 0 && is_adverb(raw(k)) {
            k -= 1;
        }
        // ("is up 1-3/8 points at 10-1/8": past the amount of the move)
        let amount_end = k;
        if k > 1 && matches!(raw(k), "point" | "points") && toks[k - 1].kind == Kind::Num {
            k -= 1;
        }
        while k > 1
            && (toks[k].kind == Kind::Num || toks[k].glued && matches!(raw(k), "-" | "/"))
            && (toks[k].glued || toks[k].kind == Kind::Num && toks[k - 1].kind != Kind::Num)
        {
            k -= 1;
        }
        let past_amount = k != amount_end;
        if past_amount && !matches!(raw(k), "up" | "down") {
            k = amount_end;
        }
        let particle =
            k > 0 && word(text, toks, k - 1).is_some_and(|h| lex.particle_heads.contains(&*h));
        // ("trading 9p lower at 670": or after a difference's comparative)
        let difference = k > 0
            && (toks[k - 1].glued
                || toks[k - 1].kind == Kind::Num
                || matches!(raw(k - 1), "point" | "points")
                || lex
                    .unit_for_alias(&raw(k - 1).to_ascii_lowercase())
                    .is_some());
        // ("the dollar was fixed lower at 1.8218 marks", "closed higher at": a market's close
        // after its verb)
        let market_verb =
            k > 0 && q.counted.is_none() && lex.market_close_verbs.contains(raw(k - 1));
        let difference = difference || market_verb;
        match raw(k) {
            "up" if !particle => return Change::Up,
            "down" if !particle => return Change::Down,
            "higher" | "stronger" | "firmer" | "better" if difference => return Change::Up,
            "lower" | "weaker" | "easier" | "softer" if difference => return Change::Down,
            _ => {}
        }
    }
    if let Some(c) = super::rate_level::rate_after_verb(text, toks, q, lex) {
        return c;
    }
    let reach = super::verb::Reach {
        degree,
        intro,
        from_change,
        level_after,
        to_number,
        noun_after,
        as_far_as,
    };
    super::verb::verb_before(text, toks, q, floor, &reach, lex)
}
