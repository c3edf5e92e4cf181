//! A verb of change before a figure ("rose 5%", "cut by 300", "increased its stake to 7.2
//! pct"): how far back it may stand, and what between it and the figure keeps it from
//! changing the figure (a clause, a determiner making it a noun, a particle, an object's
//! preposition, money gained or collected, a margin of victory).

use super::context::{is_clause_break, WINDOW};
use super::lexer::{is_adverb, is_determiner, is_possessive, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::word;
use super::scan::Quantity;
use crate::model::Change;

/// What the words right before a figure already say about how a verb may reach it.
pub(super) struct Reach {
    /// 1 after an adverb of degree right before the figure ("by only six pct").
    pub degree: usize,
    /// "to" or "by" (or "as low as", "by an average of") introduces the figure.
    pub intro: bool,
    /// The figure is a change from an earlier value ("from 12 to 20").
    pub from_change: bool,
    /// "to" or "from" follows the figure.
    pub level_after: bool,
    /// … and a number after that ("raised 25 cts to 7.75 dlrs").
    pub to_number: bool,
    /// A lower-case word the figure describes follows it.
    pub noun_after: bool,
    /// "as low as" or "as high as" introduces the figure.
    pub as_far_as: bool,
}

/// The change a verb before `q` (not before token `floor`) gives it; `Exact` if none does.
pub(super) fn verb_before(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    reach: &Reach,
    lex: &Lexicon,
) -> Change {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let first = q.first;
    let Reach {
        degree,
        intro,
        from_change,
        level_after,
        to_number,
        noun_after,
        as_far_as,
    } = *reach;
    let lower_word = |k: usize| {
        toks[k].kind == Kind::Word
            && raw(k).bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(raw(k), "couple" | "few")
    };
    // ("added a better-than-expected 250,000 jobs": a hyphenated compound is one adjective)
    let mut s = first.saturating_sub(1);
    while s >= 2 && toks[s].glued && raw(s - 1) == "-" && toks[s - 1].glued {
        s -= 2;
    }
    // (an adjective's form: "better-than-expected", "record-breaking"; not the noun "a
    // free-kick 20 yards out")
    let compound_adjective = first >= 1
        && (s + 1 == first
            || ["ed", "ing"].iter().any(|e| raw(first - 1).ends_with(e))
            || (s..first).any(|k| raw(k) == "than"));
    let adjective = first >= 2
        && s >= 1
        && matches!(raw(s - 1), "a" | "an")
        && lower_word(s)
        && compound_adjective
        && !noun_after;
    // ("rose a record underlying 4.76 billion dlrs": or two adjectives; "fell a seasonally
    // adjusted 13.2 pct": or an adverb and its adjective)
    let adjectives = first >= 3
        && matches!(raw(first - 3), "a" | "an")
        && lower_word(first - 2)
        && lower_word(first - 1)
        && !lex.concept.function_words.contains(raw(first - 1))
        && (!noun_after || super::lexer::is_adverb(raw(first - 2)));
    // ("the decline in sales was 7 pct": a change noun heading the subject of a copula)
    let copula = first >= 1 && matches!(raw(first - 1), "was" | "were" | "is" | "are");
    // ("raise the price of raw materials used in many processed foods by about 100 pct": "by"
    // reaches further back for its verb)
    // ("cut prices in London and the regions by an average of 24%": so does "by an average of")
    let by = first > degree && word(text, toks, first - 1 - degree).as_deref() == Some("by")
        || first >= 4
            && raw(first - 3) == "an"
            && raw(first - 2) == "average"
            && raw(first - 1) == "of"
            && raw(first - 4) == "by";
    // ("a rise in spending of 14.8%": a change noun, what it changes, then its amount)
    let noun_in_of = first >= 4
        && raw(first - 1) == "of"
        && (first.saturating_sub(5)..first - 2).any(|k| {
            k > 0
                && raw(k + 1) == "in"
                && matches!(raw(k - 1), "a" | "an" | "the")
                && word(text, toks, k).is_some_and(|w| lex.change_verb(&w).is_some())
        });
    // (a measure's "by" reaches a verb further back, "raised the contract price it will pay
    // for all grades of crude oil by 50 cts a barrel"; a count's may name an agent, "the
    // accord pledged by six industrial countries")
    let measure = q.counted.is_none() && q.unit.is_some_and(|u| lex.units[u].dimension != "count");
    let limit = if by && measure {
        WINDOW + 7
    } else if by {
        WINDOW + 4
    } else if noun_in_of {
        5
    } else if intro || from_change {
        WINDOW + 2
    } else if copula {
        5
    } else if adjectives {
        4
    } else if to_number {
        // ("lowered its crude postings 50 cts to 1.50 dlrs": an amount with its level after
        // it reaches past a longer object)
        5
    } else if first >= 4
        && raw(first - 1) == "at"
        && (first - 4..first - 1).any(|k| lex.limit_verbs.contains(raw(k)) && raw(k) != "limited")
    {
        // ("capped individual costs at $6,350": a limit's object of two words; not the
        // adjective in "provides limited cheap credits at 10 pct")
        4
    } else if adjective
        || level_after
        || (first >= 1 && raw(first - 1) == "at")
        || degree == 1 && matches!(raw(first - 2), "to" | "of")
    {
        // ("cap gatherings at 50 people": a limit's object before "at"; "the smallest increase
        // of just 112%": past a degree)
        3
    } else {
        2
    };
    let mut i = first;
    // words counted toward the limit: a hyphenated compound counts once ("reducing its
    // take-or-pay exposure from 4.9 billion dlrs to 1.7 billion")
    let mut seen = 0;
    let mut participle_between = false;
    // a change noun a determiner opens, right before "to" ("reduced this gain to about 1.5
    // mln dlrs"): its direction holds only if no verb further back changes it
    let mut noun_change = None;
    while i > floor && seen < limit {
        i -= 1;
        let in_compound =
            toks[i].glued && (raw(i) == "-" || (i > 0 && raw(i - 1) == "-" && toks[i - 1].glued));
        // ("was up slightly at 55.5 pct": nor does an adverb)
        seen += usize::from(!in_compound && !is_adverb(raw(i)));
        // ("terms of trade also fell, by 18 pct,": a comma right before the amount's "by")
        let comma_by = i + 2 == first && raw(i) == "," && raw(first - 1) == "by";
        if is_clause_break(text, toks[i]) && !from_change && !comma_by {
            break;
        }
        let Some(w) = word(text, toks, i) else { break };
        // (not a progressive inside a relative clause: "the amount of cash it is offering for
        // each share by 75 cts")
        participle_between |= w.len() > 4
            && w.ends_with("ing")
            && lex.change_verb(&w).is_none()
            && !(i > 0 && matches!(raw(i - 1), "is" | "are" | "was" | "were" | "be" | "been"));
        // ("costs are rising and 87 percent point to …": "and" right before the figure opens
        // a clause of its own)
        if w == "and" && i + 1 == first {
            break;
        }
        // a relative clause governs the figures in it: "losing a district that Trump had won
        // by 20 points"
        // ("raise that stake to 100 pct", "boost that to 23 mln tonnes": "that" pointing at
        // what changes is no clause)
        let pointing = w == "that"
            && (i + 1..(i + 3).min(first)).any(|k| matches!(raw(k), "to" | "by" | "from" | "as"));
        if matches!(&*w, "that" | "which" | "who" | "whom") && !pointing {
            break;
        }
        // ("the majority more than halved as 32 Labour rebels joined": a subordinate clause
        // opens between the verb and the figure)
        let subordinate = matches!(&*w, "while" | "when" | "because" | "although" | "whereas")
            || (w == "as" && i + 1 == first && !as_far_as);
        if subordinate {
            break;
        }
        // a part of a hyphenated compound is no verb: "jump-start", "drop-goal",
        // "growth-oriented"
        let hyphen_after = raw(i + 1) == "-" && toks[i + 1].glued;
        if lex.not_verbs.contains(&*w) || in_compound || hyphen_after {
            continue;
        }
        // ("limited a bank's open positions to 30 pct", "cap the number at 50,000")
        // (as a verb: "limited", "limiting", "to limit", "will cap"; not the noun, "the 10 cent
        // a bushel limit at", "speculative limits to 1,200 contracts")
        // ("would simply cap premiums at 8.5 percent": past an adverb)
        let verb_form = || {
            let opener = |k: usize| {
                word(text, toks, k)
                    .is_some_and(|b| lex.verb_openers.contains(&*b) || matches!(&*b, "and" | "not"))
            };
            w.ends_with("ed")
                || w.ends_with("ing")
                || (i > 0 && opener(i - 1))
                || (i > 1 && is_adverb(raw(i - 1)) && opener(i - 2))
        };
        if lex.limit_verbs.contains(&*w)
            && verb_form()
            && first > degree
            && matches!(
                word(text, toks, first - 1 - degree).as_deref(),
                Some("to" | "at")
            )
        {
            return Change::Less;
        }
        // ("laid off 4,000 workers": a workforce cut)
        // (not a time, "laid off for 18 weeks", nor a share, "laid off half his employees")
        let time = q.unit.is_some_and(|u| lex.units[u].dimension == "time")
            || q.value.is_none_or(|v| v < 1.0);
        if w == "off" && i > 0 && matches!(raw(i - 1), "laid" | "lay" | "lays" | "laying") && !time
        {
            return Change::Down;
        }
        if let Some(up) = lex.change_verb(&w) {
            if w == "up" && word(text, toks, i + 1).as_deref() == Some("to") {
                continue;
            }
            // ("limiting textile export growth to 0.5 pct a year": a limit set on a change
            // caps it)
            let capped = first > degree
                && matches!(
                    word(text, toks, first - 1 - degree).as_deref(),
                    Some("to" | "at")
                )
                && (i.saturating_sub(4)..i).any(|k| {
                    word(text, toks, k).is_some_and(|v| {
                        lex.limit_verbs.contains(&*v) && (v.ends_with("ing") || v.ends_with("ed"))
                    })
                });
            if capped {
                return Change::Less;
            }
            // (far back, past another verb's participle: "a surge in turnout on his way to
            // narrowly winning the state by 0.7%")
            if seen > WINDOW + 4 && participle_between {
                break;
            }
            // ("has cut off between eight and ten content sellers": things counted cut off are
            // shut out, no fall)
            if matches!(&*w, "cut" | "cuts" | "cutting") && raw(i + 1) == "off" && q.unit.is_none()
            {
                break;
            }
            // ("downgraded six U.S. bank holding companies": things rated, the verb's object, not
            // fewer; but "downgraded it two notches" is the move)
            let rated = w.starts_with("downgrad") || w.starts_with("upgrad");
            let notches = q
                .counted
                .as_deref()
                .is_some_and(|c| matches!(c, "notch" | "level" | "grade" | "step"));
            if rated && q.unit.is_none() && i + 1 == first && !notches {
                break;
            }
            // ("growth of two pct": a rate of growth is a level)
            if w == "growth" && word(text, toks, i + 1).as_deref() == Some("of") {
                break;
            }
            // "makes up 11 million", "shut down 20 plants": a particle, not a change
            // ("closed down two of the three lanes": a count of what closed; not "closed down
            // 25 cents" or "12 points", a price's fall)
            let closed_count = w == "down"
                && q.unit.is_none()
                && (q
                    .counted
                    .as_deref()
                    .is_some_and(|c| !lex.concept.measure_nouns.contains(c))
                    || raw(q.next) == "of")
                && i > 0
                && matches!(raw(i - 1), "close" | "closes" | "closed" | "closing");
            // ("The Nasdaq gave up 8.4 percent": a market giving up a share or a sum lost it;
            // not "gave up 20 percent of his salary", a part handed over)
            let given = w == "up"
                && i > 0
                && raw(q.next) != "of"
                && matches!(raw(i - 1), "gave" | "give" | "gives" | "giving" | "given")
                && q.unit.is_some_and(|u| {
                    matches!(lex.units[u].dimension.as_str(), "percent" | "currency")
                        || lex.units[u].name.ends_with("point")
                });
            if given {
                return Change::Down;
            }
            let particle = matches!(&*w, "up" | "down")
                && i > 0
                && (closed_count
                    || word(text, toks, i - 1).is_some_and(|h| lex.particle_heads.contains(&*h)));
            if particle {
                break;
            }
            // "visited the retreat 39 times": after a determiner the change word is a noun,
            // and a figure right after a noun is not its amount
            // (an article or possessive as written, lower case: not "This declined", "Oil
            // class A surged", "HIS dropping"; not the adverbs "each up 22 cts")
            let noun = i + 1 == first
                && i > 0
                && !matches!(&*w, "up" | "down")
                && (matches!(raw(i - 1), "the" | "The" | "a" | "an" | "An")
                    || is_possessive(raw(i - 1)));
            // ("The hasty retreat by 33 Senate Democrats": a change noun's "by" before a count
            // names who did it)
            let det = |k: usize| {
                matches!(raw(k), "the" | "The" | "a" | "A" | "an" | "An") || is_possessive(raw(k))
            };
            // (a noun, not a verb's past: "The market dropped by up to 1/2 point"; nor a
            // measure: "fell by 33 points")
            let noun_form = !w.ends_with("ed")
                && !w.ends_with("ing")
                && !matches!(&*w, "fell" | "rose" | "grew" | "sank" | "shrank" | "slid");
            let agent = q
                .counted
                .as_deref()
                .is_some_and(|c| !lex.concept.measure_nouns.contains(c))
                && noun_form
                && i + 2 == first
                && raw(i + 1) == "by"
                && i > 0
                && (det(i - 1) || i > 1 && det(i - 2) && lower_word(i - 1));
            if noun || agent {
                break;
            }
            // ("reducing the size of the merit raise pool to 3.5 pct": a change word between
            // a determiner's modifier and its noun modifies the noun; the verb is further back)
            let lower_at = |k: usize| {
                toks[k].kind == Kind::Word && raw(k).bytes().all(|b| b.is_ascii_lowercase())
            };
            let modifier = i >= 2
                && i + 2 < first
                && (matches!(raw(i - 2), "the" | "a" | "an") || is_possessive(raw(i - 2)))
                && lower_at(i - 1)
                && lower_at(i + 1)
                && !lex.concept.function_words.contains(raw(i - 1))
                && !lex.concept.function_words.contains(raw(i + 1));
            // ("revised down the jobs gains in December 2004, from 157,000 to 133,000": before
            // "from … to", a change word a determiner opens is the object's noun; not a change
            // noun with its of-phrase, "a reduction of interest rates from 2.5 to 1.125 pct")
            let determiner =
                |k: usize| matches!(raw(k), "the" | "a" | "an") || is_possessive(raw(k));
            let object_noun = from_change
                && i >= 1
                && raw(i + 1) != "of"
                && (determiner(i - 1) || i >= 2 && determiner(i - 2) && lower_at(i - 1));
            if modifier || object_noun {
                continue;
            }
            // ("include gain of 20.5 mln dlrs on property sales": money gained is a level, as
            // a gain from something after the figure is; not a market's "gains of 0.40 cent")
            let money = q.unit.is_some_and(|u| lex.units[u].dimension == "currency");
            // ("extraordinary gains of 3,686,000 dlrs": plural gains of an accounting size too)
            // ("net excludes gain 1,910,000 dlrs from sale": or right before it)
            let money_gain = (matches!(&*w, "gain" | "loss")
                || matches!(&*w, "gains" | "losses") && q.value.is_some_and(|v| v >= 1e5))
                && (word(text, toks, i + 1).as_deref() == Some("of")
                    || i + 1 == first && q.value.is_some_and(|v| v >= 1e5))
                && money;
            // ("Delta, which lost $646m in the three months": money lost is a loss, a level;
            // not a price's move, "futures have lost $4 in five days")
            // ("lost a record 402 mln dlrs": an article and "record" may stand between)
            let money_lost = money
                && (i + 1..first).all(|k| matches!(raw(k), "a" | "an" | "record" | "net"))
                && matches!(&*w, "lost" | "lose" | "loses")
                && q.value.is_some_and(|v| v >= 1e5);
            if money_gain || money_lost {
                break;
            }
            // "raised $5 million" is money collected, "raised prices by 5%" a change; and a
            // verb whose object a preposition introduces does not change the figure
            // ("advances toward four teenage girls")
            // ("an increase of 0.1 year": "of" right after a change noun gives its amount)
            // ("raised the dividend on its stock by two cts": before "by", the words between
            // are what changes, prepositions and all)
            let by =
                first > degree && word(text, toks, first - 1 - degree).as_deref() == Some("by");
            // ("a rise in spending of 14.8%": a change noun's amount after what it changes)
            let noun_of = i > 0
                && matches!(raw(i - 1), "a" | "an" | "the")
                && raw(i + 1) == "in"
                && first >= 1
                && raw(first - 1) == "of"
                && first - i <= 6;
            let governed = by
                || copula
                || noun_of
                || !(i + 1..first)
                    .filter_map(|k| word(text, toks, k).map(|b| (k, b)))
                    .any(|(k, b)| {
                        // (before "to", a preposition past the verb's object belongs to the
                        // object: "increased their holdings in Purolator to 7.2 pct"; so it
                        // does before "from … to": "reduces the time of a test from 30 minutes")
                        let in_object = intro || from_change;
                        lex.object_prepositions.contains(&*b)
                            && !(k == i + 1 && b == "of")
                            && !in_object
                    });
            let needs_by_or_to = lex.needs_by_or_to.iter().any(|s| w.starts_with(s.as_str()));
            // ("add flights in May to three destinations": what is added to is no level)
            let added_to = w.starts_with("add")
                && first > 0
                && word(text, toks, first - 1).as_deref() == Some("to");
            // ("won two years ago by 36 percentage points", "lost by two points": a margin of
            // victory or defeat, no change)
            let margin = by
                && matches!(
                    &*w,
                    "won" | "win" | "wins" | "winning" | "lost" | "lose" | "loses" | "losing"
                );
            let collected = needs_by_or_to && !intro && !from_change && !to_number;
            if !governed || collected || added_to || margin {
                break;
            }
            let change = if up { Change::Up } else { Change::Down };
            let noun_before_to = noun_change.is_none()
                && intro
                && i >= 1
                && raw(i + 1) == "to"
                && first - i <= 4
                && is_determiner(raw(i - 1));
            if noun_before_to {
                noun_change = Some(change);
                continue;
            }
            return change;
        }
    }
    noun_change.unwrap_or(Change::Exact)
}
