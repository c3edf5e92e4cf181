//! A figure's bound read from the phrase written just before it ("more than", "about", "up
//! to"), and where that phrase means something else: an "over" spanning a time ("rescheduled
//! over 17 years"), a race's distance, a change verb through "below" ("from falling below
//! 140.00 yen"), a negated "exceed", an estimate after a change's "by" or "to", and "up to"
//! after a verb that moves what it acts on ("pushed rates up to 2.25%").

use std::borrow::Cow;

use super::change::change;
use super::comparative::comparative_after;
use super::lexer::{Kind, Toks};
use super::lexicon::{Bound, Lexicon};
use super::scan::Quantity;
use crate::model::Change;

/// Whether the bound `phrase` is an "over" that spans a span of time rather than bounding
/// it: "rescheduled over 17 years" (not "for over 50 years", "over 20 years ago").
fn spanning_over<S: AsRef<str>>(
    phrase: &[String],
    before: &[S],
    after: [&str; 2],
    q: &Quantity,
    lex: &Lexicon,
) -> bool {
    // (a unit written after the number: not an age read from context, "voters over 65")
    let span =
        q.unit.is_some_and(|u| lex.units[u].dimension == "time") && q.next > q.number_first + 1;
    let n = before.len();
    let keeps = |w: &str| {
        lex.spanning_over.bound_after.contains(w) || w.ends_with("'s") || w.ends_with("’s")
    };
    span && phrase.len() == 1
        && phrase[0] == "over"
        && (n < 2 || !keeps(before[n - 2].as_ref()))
        && !after.iter().any(|w| {
            lex.spanning_over
                .bound_before
                .contains(&w.to_ascii_lowercase())
        })
}

/// The change of `q` under the bound `phrase` ending the words `before` it.
pub(super) fn bounded(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    (before, phrase, bound): (&[Cow<str>], &[String], &Bound),
    lex: &Lexicon,
) -> Change {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let n = before.len();
    // (the word after the span, or the span's own last word: "over 21 years old")
    let after = [raw(q.next), raw(q.next - 1)];
    // ("the British record over 60m hurdles": "over" a race's distance spans it)
    let race = phrase.len() == 1
        && phrase[0] == "over"
        && q.unit.is_some_and(|u| lex.units[u].dimension == "length")
        && lex
            .counted
            .metre_events
            .contains(&raw(q.next).to_lowercase())
            // ("the world indoor bronze medallist over 3000m": or a track race's distance)
            || phrase.len() == 1
                && phrase[0] == "over"
                && raw(q.next - 1) == "m"
                && toks[q.next - 1].glued
                && q.value.is_some_and(|v| {
                    [60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0]
                        .contains(&v)
                });
    // ("the narrow legal argument over two amendments": what a dispute is about)
    // ("presided over two testy news briefings": or what a verb's "over" governs)
    let dispute = phrase.len() == 1 && phrase[0] == "over" && n >= 2 && {
        let w = before[n - 2].as_ref().to_lowercase();
        lex.spanning_over.disputes.contains(&w) || lex.spanning_over.verbs.contains(&w)
    };
    // ("leaked inside information about 12 companies": what a telling is about)
    let topic = phrase.len() == 1 && phrase[0] == "about" && n >= 2 && {
        let noun = before[n - 2].as_ref().to_lowercase();
        lex.spanning_over.topics.contains(&noun) || lex.spanning_over.disputes.contains(&noun)
    };
    // ("375 ft below the 2,600 foot level", "5 degrees below the 30-year average": a measure
    // before "below" is the distance from this one, which it does not bound)
    let distance = phrase
        .first()
        .is_some_and(|p| matches!(p.as_str(), "below" | "above"))
        && q.first > phrase.len() + 1
        && {
            let k = q.first - phrase.len();
            toks[k - 2].kind == Kind::Num
                && lex
                    .unit_for_alias(&raw(k - 1).to_ascii_lowercase())
                    .is_some()
        };
    if race || dispute || topic || distance || spanning_over(phrase, before, after, q, lex) {
        return Change::Exact;
    }
    // ("averages 1.50 ..., but higher than 1.47 in 1980": a comparison with another
    // time's value names that value, it does not bound it)
    let compared =
        matches!(phrase, [c, t] if t == "than" && matches!(c.as_str(), "higher" | "lower"));
    let year_after = raw(q.next) == "in"
        && toks.get(q.next + 1).is_some_and(|t| {
            let y = &text[t.start..t.end];
            y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && matches!(&y[..2], "19" | "20")
        });
    if compared && year_after {
        return Change::Exact;
    }
    // ("the dollar from falling below 140.00 yen", "the rate dropping below 5 percent": a
    // change verb through the bound goes its way)
    // (not a verb that changes only with "by" or "to": "whose share offer raised over 900 mln
    // stg" collected money)
    // ("the dollar slipped to a record low below 145 yen": past the record the verb reached)
    let record = n >= 6
        && before[n - 5] == "to"
        && matches!(&*before[n - 4], "a" | "the")
        && matches!(&*before[n - 3], "record" | "new" | "fresh")
        && matches!(&*before[n - 2], "low" | "high");
    let v = if record { n - 6 } else { n.saturating_sub(2) };
    let through = phrase.len() == 1
        && n > phrase.len()
        && matches!(&*phrase[0], "below" | "under" | "above" | "over" | "past")
        && lex
            .change_verb(&before[v])
            .is_some_and(|up| up == matches!(&*phrase[0], "above" | "over" | "past"))
        && (record
            || !lex
                .needs_by_or_to
                .iter()
                .any(|s| before[v].starts_with(s.as_str())));
    if through {
        return if matches!(&*phrase[0], "below" | "under") {
            Change::Down
        } else {
            Change::Up
        };
    }
    // ("purchases cannot exceed 15 pct": a negated verb of exceeding is an upper bound)
    let negated = bound.change() == Change::More
        && phrase[0].starts_with("exceed")
        && n > phrase.len()
        && matches!(
            &*before[n - phrase.len() - 1],
            "cannot" | "not" | "never" | "can't"
        );
    if negated {
        return Change::Less;
    }
    // ("a loss of no more than about 100 mln dlrs", "up to about 50": a bound of two words or
    // more before the estimate bounds the figure, and so does "within" ("within about 15
    // metres"); "over about three weeks" spans them)
    if bound.change() == Change::Approx {
        if let Some((outer_phrase, outer)) = lex.prefix_bounds.ending(&before[..n - phrase.len()]) {
            let wide =
                outer_phrase.len() >= 2 || outer_phrase.first().is_some_and(|w| w == "within");
            if wide && matches!(outer.change(), Change::More | Change::Less) {
                return outer.change();
            }
        }
    }
    // ("trading about 20 cents higher": an approximate difference is still a rise)
    let approx = bound.change() == Change::Approx;
    // ("improved its earnings by about 50 pct": "by" makes the amount a change's, about
    // or not; without "by", "fall about eight pct" stays approximate)
    // ("boost its profits by more than 40%": so does a lower bound)
    let at_least = bound.change() == Change::More;
    // ("rose to around 26.4 million", "will drop to about 240 mln dlrs": so does "to" for
    // an estimate)
    // ("by only about 100 mln dlrs": past an adverb of degree)
    let degree = usize::from(
        n > phrase.len() + 1 && matches!(&*before[n - phrase.len() - 1], "only" | "just"),
    );
    let link = if n > phrase.len() + degree {
        &*before[n - phrase.len() - 1 - degree]
    } else {
        ""
    };
    // ("shares were up more than 4%", "Scholl footwear, up more than 6%": a rise after a
    // copula or a comma; not a particle, "strikes up more than 110 times")
    let stated = n > phrase.len() + 1
        && matches!(
            &*before[n - phrase.len() - 2],
            "was" | "were" | "is" | "are" | "been" | "be" | "," | "closed" | "ended" | "finished"
        );
    if (approx || at_least) && stated && matches!(link, "up" | "down") {
        return if link == "up" {
            Change::Up
        } else {
            Change::Down
        };
    }
    // ("slash prices by up to 8%": and an upper one)
    let at_most = bound.change() == Change::Less;
    if (approx || at_least || at_most) && link == "by" || approx && link == "to" {
        let at_by = Quantity {
            first: q.first - phrase.len() - degree,
            ..q.clone()
        };
        let c = change(text, toks, &at_by, floor, lex);
        if matches!(c, Change::Up | Change::Down) {
            return c;
        }
    }
    // ("at over 30 mln marks less than West German yards": a bounded difference is still
    // a fall)
    let bounded_difference = matches!(bound.change(), Change::More | Change::Less)
        && phrase.len() == 1
        && matches!(&*phrase[0], "over" | "under");
    // (an estimated multiple stays an estimate: "almost four times as fast as")
    let multiple =
        q.counted.as_deref() == Some("time") || q.unit.is_some_and(|u| lex.units[u].name == "time");
    (approx && !multiple || bounded_difference)
        .then(|| comparative_after(text, toks, q, lex))
        .flatten()
        .unwrap_or(bound.change())
}

/// "pushed rates up to 2.25%", "took its stake up to 12 pct": a verb moving its object (at most
/// seven words) "up to" a level makes a rise, no bound. `before` holds the lower-case words
/// before the figure.
pub(super) fn moved_up_to(before: &[Cow<str>], lex: &Lexicon) -> bool {
    let n = before.len();
    if n < 3 || before[n - 2] != "up" || before[n - 1] != "to" {
        return false;
    }
    // ("brings the Ryanair/Boeing order book up to 225 firm orders": a name's slash too)
    let moved = (n.saturating_sub(10)..n - 2)
        .rev()
        .find(|&k| lex.up_to_verbs.contains(&*before[k]));
    moved.is_some_and(|k| {
        k + 1 < n - 2
            && before[k + 1..n - 2]
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\'') || w == "/")
            // (no clause between: "puts an end to plans for up to 40", "use force to detain
            // suspects for up to 30 minutes")
            && !before[k + 1..n - 2].iter().any(|w| {
                matches!(
                    &**w,
                    "to" | "for" | "of" | "in" | "on" | "with" | "at" | "by" | "from" | "that"
                        | "which" | "who" | "and" | "or" | "could" | "would" | "will" | "can"
                        | "may" | "might" | "should" | "must" | "is" | "are" | "was" | "were"
                )
            })
    })
}
