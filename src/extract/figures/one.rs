//! The word "one" as a count: of the singular noun after a bound ("at least one bomb") or
//! after a lone "one" that counts rather than stands for "a" or "some" ("one student told",
//! not "one thing", "one of them"); and idioms that count nothing ("a bit of", "not in a
//! million years", "will one day stand").

use super::counted::noun_like;
use super::lexer::{is_determiner, Kind, Toks};
use super::lexicon::Lexicon;
use super::number::{self, Number};
use super::quantity::Quantity;

/// "doesn't have one bit of country twang", "a bit of an exaggeration": "a bit of" or a negated
/// "one bit of" is an idiom, no count ("on one bit of silicon instead of two" counts); so is
/// the article before a unit's possessive ("under a day's high of 426.50 dlrs").
pub(super) fn is_idiom(text: &str, toks: &Toks, n: &Number, q: &Quantity, lex: &Lexicon) -> bool {
    let negation = |k: usize| {
        number::word(text, toks, k).is_some_and(|w| {
            matches!(&*w, "not" | "never" | "no" | "without")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
    };
    if !n.words || n.value != 1.0 {
        return false;
    }
    let a = toks[n.first].kind == Kind::Word
        && matches!(
            &text[toks[n.first].start..toks[n.first].end],
            "a" | "A" | "an" | "An"
        );
    let unit_word = toks
        .get(q.next.wrapping_sub(1))
        .map_or("", |t| &text[t.start..t.end]);
    let possessive = unit_word.ends_with("'s") || unit_word.ends_with("’s");
    let bit = q.unit.is_some_and(|u| lex.units[u].name == "bit")
        && number::word(text, toks, q.next).as_deref() == Some("of");
    // ("perhaps a bit of an exaggeration": "a bit of" always is)
    a && (possessive || bit) || bit && (n.first.saturating_sub(3)..n.first).any(negation)
}

/// Is quantity `q` (number `n`, opening at token `start`) the hyperbole "not in a million
/// years": a round number in words of years after "in", with a negation shortly before
/// ("Not in a million years would he …", "I never in a thousand years thought")?
pub(super) fn is_hyperbole(
    text: &str,
    toks: &Toks,
    n: &Number,
    q: &Quantity,
    start: usize,
    lex: &Lexicon,
) -> bool {
    let lower_at = |k: usize| number::word(text, toks, k).unwrap_or_default();
    let negation = |k: usize| {
        let w = lower_at(k);
        w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t")
    };
    n.words
        && [1e2, 1e3, 1e6, 1e9].contains(&n.value)
        && q.unit.is_some_and(|u| lex.units[u].name == "year")
        && start > 0
        && lower_at(start - 1) == "in"
        && (start.saturating_sub(8)..start - 1).any(negation)
}

/// Is `w` a capitalised people's or party's singular ("Republican", "Russian"), which after
/// "one" is the counted noun itself, not a name modifying one after it?
fn people_word(w: &str, lex: &Lexicon) -> bool {
    w.len() >= 4
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w[1..].bytes().all(|b| b.is_ascii_lowercase())
        && (lex.counted.capitalised.contains(&format!("{w}s"))
            || ["ian", "ean"].iter().any(|e| w.ends_with(e)))
}

/// "one bomb", "one potential challenger": the singular noun after "one" at token `k`, behind
/// up to two lower-case modifiers, ending its phrase.
pub(super) fn singular_noun(text: &str, toks: &Toks, k: usize, lex: &Lexicon) -> Option<String> {
    let lower_word = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && !t.glued
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(w)
                && !lex.counted.not_modifiers.contains(w)
                && !matches!(w, "why" | "how" | "where" | "when" | "what" | "whose")
        })
    };
    // ("at least one government informant met": the run stops before its verb)
    let verb = |j: usize| {
        let w = &text[toks[j].start..toks[j].end];
        (w.ends_with("ed") && !lex.counted.noun_exceptions.contains(w))
            || lex.concept.speech_verbs.contains(w)
            || lex.counted.past_verbs.contains(w)
            || matches!(w, "was" | "were" | "had" | "has" | "have" | "is" | "are")
    };
    // ("at least one Newtown parent": past a place's name before the noun)
    let named = toks.get(k).is_some_and(|t| {
        let w = &text[t.start..t.end];
        t.kind == Kind::Word
            && !t.glued
            && w.starts_with(char::is_uppercase)
            && !people_word(w, lex)
    }) && lower_word(k + 1)
        && !verb(k + 1);
    let k = k + usize::from(named);
    // ("at least one right-wing brawler", "one full-time staffer": past a hyphened modifier)
    let hyphened = |j: usize| {
        toks.get(j + 1)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
            && toks.get(j + 2).is_some_and(|t| {
                t.glued
                    && t.kind == Kind::Word
                    && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
            })
    };
    let k = k + 3 * usize::from(lower_word(k) && hyphened(k) && lower_word(k + 3));
    let mut end = (k..k + 3).take_while(|&j| lower_word(j)).last()?;
    // ("only one Democratic senator faces": nor on a verb in -s after the noun)
    let present = |j: usize| {
        let w = &text[toks[j].start..toks[j].end];
        named && w.ends_with('s') && !w.ends_with("ss")
    };
    if end > k && (verb(end) || present(end)) {
        end -= 1;
    }
    let t = &toks[end];
    let w = &text[t.start..t.end];
    // (not inside a compound: "one full-time staffer")
    // (a glued comma or full stop still ends it: "one student, Mahlon Sorensen,")
    let ends_phrase = !toks
        .get(end + 1)
        .is_some_and(|n| n.glued && !matches!(&text[n.start..n.end], "," | "." | ";" | ":"));
    // (not a verb in the past: "at least one came back")
    (ends_phrase
        && !w.ends_with('s')
        && !w.ends_with("ly")
        && noun_like(t, w, lex)
        && !lex.counted.past_verbs.contains(w))
    .then(|| w.to_string())
}

/// The singular noun that the word "one" at token `at` (its number ending before `next`)
/// counts ("one student, Mahlon Sorensen, told", "if one party refuses"), if it counts one
/// rather than stand for "a" or "some" ("one thing", "one reason why", "one of them", "the
/// one man", "one big change").
pub(super) fn one_counts(
    text: &str,
    toks: &Toks,
    at: usize,
    next: usize,
    lex: &Lexicon,
) -> Option<String> {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start..t.end]);
    let lower = |j: usize| raw(j).to_lowercase();
    if next != at + 1 || lower(at) != "one" {
        return None;
    }
    // ("will miss one additional game": past a word adding to a count)
    // (a counted noun, not a measure: "I'll add one additional point:" makes a point)
    let adding = matches!(&*lower(next), "additional" | "extra" | "further" | "other")
        && !lex.concept.measure_nouns.contains(&*lower(next + 1))
        && !lex.counted.vague_ones.contains(&*lower(next + 1));
    let next = next + usize::from(adding);
    // ("left one civil rights activist dead": past an adjective and a plural modifying the noun
    // that ends the phrase)
    let content = |k: usize| {
        let w = raw(k);
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && !t.glued)
            && w.len() > 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.concept.function_words.contains(w)
    };
    let modified = content(next)
        && content(next + 1)
        && raw(next + 1).ends_with('s')
        && content(next + 2)
        && matches!(
            raw(next + 3),
            "dead" | "injured" | "wounded" | "missing" | "hurt" | "alive"
        );
    let next = next + 2 * usize::from(modified);
    let t = toks.get(next)?;
    let noun = raw(next);
    // the noun right after "one", ending its phrase or followed by its verb ("one party
    // refuses"; not a verb of speech, "one banker said"), not a modifier ("one big change",
    // "one senior GOP aide")
    let after = toks.get(next + 1);
    let capital = |j: usize| raw(j).starts_with(|c: char| c.is_uppercase());
    let verb_after = after.is_some_and(|a| {
        let w = raw(next + 1);
        a.kind == Kind::Word
            && !capital(next + 1)
            && (w.ends_with('s') || w.ends_with("ed") || lex.concept.speech_verbs.contains(w))
            && !matches!(w, "of" | "as" | "is" | "was" | "has")
            || matches!(w, "is" | "was" | "has" | "had" | "will" | "would" | "could")
    });
    // (or a preposition or relative word: "one state out of all the others", "one word in")
    let ends = after.is_none_or(|a| {
        let w = raw(next + 1);
        // (a spaced dash too: "at least one American -- the former employee")
        (a.kind != Kind::Word && (!matches!(w, "-" | "/") || !a.glued))
            || lex.concept.function_words.contains(w)
    });
    // ("BBC One show": a name's number)
    let named = at > 0 && capital(at) && capital(at - 1) && toks[at - 1].kind == Kind::Word;
    let determined = at > 0 && {
        let b = lower(at - 1);
        is_determiner(&b)
            // ("Under one proposal, each night": a preposition, no bound)
            || matches!(&*b, "no" | "any" | "every" | "each" | "which" | "under")
            // (but "would have them in one session.", "solve it in one meeting.": one of a
            // noun ending the sentence, counted; not "all his eggs in one basket.")
            || b == "in"
                && (lex.counted.vague_ones.contains(noun)
                    || noun == "basket"
                    || !after.is_some_and(|a| {
                        matches!(&text[a.start..a.end], "." | ";" | "?" | "!")
                    }))
            // ("however one slices it": the pronoun after a conjunction of manner)
            || matches!(&*b, "however" | "whatever" | "wherever" | "whenever")
            // ("how can one wish": the pronoun after a modal)
            || matches!(&*b, "can" | "could" | "would" | "should" | "must" | "might" | "may")
            // ("how does one explain": or "does" asking, not "could only do one pullup")
            || matches!(&*b, "does" | "do")
                && (at == 1
                    || at > 1
                        && matches!(&*lower(at - 2), "how" | "what" | "why" | "where" | "when"))
            // ("at one point", "at one stage": some time; not "at one gigabit a second")
            || b == "at" && matches!(noun, "point" | "stage")
            // ("is one indication that there are": "a" after a copula, before a clause)
            || matches!(&*b, "is" | "was") && lower(next + 1) == "that"
            // ("where the last one left off", "a new one": the pronoun after an adjective)
            || at > 1
                && is_determiner(&lower(at - 2))
                && matches!(
                    &*b,
                    "last" | "next" | "first" | "new" | "old" | "other" | "same" | "latest"
                        | "previous" | "right" | "wrong" | "big" | "little" | "only"
                )
    };
    // ("a swap of one Breakwater share for two Novamin shares": a company's share, counted;
    // "to purchase one common share for two dlrs": or a kind of share)
    let company_unit = (capital(next) || t.folded && !lex.concept.function_words.contains(noun))
        && t.kind == Kind::Word
        && !named
        && !determined
        && toks
            .get(next + 1)
            .is_some_and(|a| a.kind == Kind::Word && !a.glued)
        && !raw(next + 1).ends_with('s')
        && lex
            .unit_for_alias(&lower(next + 1))
            .is_some_and(|u| u.dimension == "count")
        && toks.get(next + 2).is_none_or(|a| {
            a.kind != Kind::Word || lex.concept.function_words.contains(raw(next + 2))
        });
    if company_unit {
        return Some(raw(next + 1).to_string());
    }
    // ("to buy one new share for every three held": a rights issue's ratio, past modifiers)
    let ratio_share = (next..next + 3)
        .take_while(|&j| toks.get(j).is_some_and(|t| t.kind == Kind::Word))
        .find(|&j| lower(j) == "share")
        .filter(|&j| lower(j + 1) == "for" && matches!(&*lower(j + 2), "every" | "each"));
    if let Some(j) = ratio_share {
        return Some(raw(j).to_string());
    }
    // ("killed one American": a people's singular, capitalised)
    let people = people_word(noun, lex);
    let counts = (noun_like(t, noun, lex) || people && !named)
        && !t.glued
        && !noun.ends_with('s')
        && !noun.ends_with("ly")
        // ("the person launching one often benefits": an adverb after the pronoun)
        && !matches!(noun, "often" | "again" | "soon" | "later" | "instead" | "alone" | "anyway")
        && !lex.concept.function_words.contains(noun)
        && !lex.counted.vague_ones.contains(noun)
        // (not a verb of speech: "“This is not patty-cake,” one wrote."; nor a verb in the past,
        // "never mind one built by the singular vision")
        && !lex.concept.speech_verbs.contains(noun)
        && !lex.counted.past_verbs.contains(noun)
        // ("a rally that left one woman dead": or its state)
        && (ends
            || verb_after
            || matches!(
                raw(next + 1),
                "dead" | "injured" | "wounded" | "missing" | "hurt" | "alive"
            ))
        && !named
        && !determined
        && !matches!(&*lower(next + 1), "or" | "another" | "after")
        // ("One member of the Bank's committee voted": a person of a body counts, and so does
        // a charge; not any noun before "of", "one kind of")
        && (lower(next + 1) != "of" || lex.counted.ones_of.contains(noun))
        // ("One diplomat said", "one source told", "one person close to the talks said": an
        // unnamed speaker, no count)
        && !super::speaker::unnamed_speaker(text, toks, next, lex)
        // ("One plane landed in California and the other in Texas": one of a pair, no count)
        && !(next + 2..(next + 16).min(toks.len())).any(|k| {
            raw(k) == "other" && raw(k - 1).eq_ignore_ascii_case("the") && raw(k + 1) != "way"
        })
        // ("to favor one party over another", "as one tragedy rolled into another": one of
        // a pair or a series, no count)
        && !(next + 2..next + 4).any(|k| {
            lower(k) == "another"
                && matches!(
                    &*lower(k - 1),
                    "over" | "from" | "than" | "to" | "into" | "against" | "after" | "onto"
                )
        })
        // ("from one device, such as a digital camera, to others", "from one city to the
        // next", "from one topic to an unrelated topic": a series, no count)
        && !(at > 0
            && lower(at - 1) == "from"
            && (next + 1..(next + 12).min(toks.len())).any(|k| {
                lower(k) == "to"
                    && (matches!(&*lower(k + 1), "others" | "another" | "other")
                        || lower(k + 1) == "the" && matches!(&*lower(k + 2), "next" | "other")
                        // ("from one topic to an entirely unrelated topic": the same noun)
                        || (k + 1..(k + 6).min(toks.len())).any(|j| lower(j) == noun))
            }))
        && !one_for_a(text, toks, at)
        // ("infect one phone at a time": one after another, no count)
        && !(lower(next + 1) == "at" && lower(next + 2) == "a" && lower(next + 3) == "time");
    counts.then(|| noun.to_string())
}

/// Does the lone word "one" read as quantity `q` (opening at token `start`, its number at
/// `first`) count something,
/// rather than stand for "a" or "some"? A bound or "only" before it and a noun, an auxiliary
/// or the clause's end after it ("at least one full-time staffer", "of the nine, only one had",
/// "to have at least one, but"); a change it is the amount of ("cut by one"); "one or more";
/// "one more briefing"; or a noun it counts ([`one_counts`]).
pub(super) fn counts_one(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    (start, first): (usize, usize),
    lex: &Lexicon,
) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // (a bound of several words or an adverb: "under one roof", "about one big change" are
    // prepositions)
    let bounded = || {
        number::bound_ending(text, toks, start, 0, lex).is_some_and(|(phrase, _)| {
            phrase.len() > 1
                || matches!(
                    phrase.first().map(String::as_str),
                    Some("nearly" | "almost" | "roughly" | "approximately")
                )
        })
    };
    let lower_noun = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !lex.concept.function_words.contains(w)
        })
    };
    // ("at least one Newtown parent": or past a name before it)
    let named = || {
        toks.get(q.next).is_some_and(|t| {
            t.kind == Kind::Word
                && raw(q.next).starts_with(char::is_uppercase)
                && !people_word(raw(q.next), lex)
        }) && lower_noun(q.next + 1)
    };
    let noun_after = || q.counted.is_some() || lower_noun(q.next) || named();
    let after = number::word(text, toks, q.next);
    let auxiliary = matches!(
        after.as_deref(),
        Some("had" | "has" | "have" | "was" | "is" | "will" | "would" | "could" | "did")
    );
    let clause_end = matches!(raw(q.next), "," | "." | ";" | ")");
    let only = start > 0
        && ["only", "just"]
            .iter()
            .any(|w| raw(start - 1).eq_ignore_ascii_case(w));
    // ("a fire which has so far killed one and sent 17 to hospital": a counting verb's bare
    // object)
    let verb_object = start > 0
        && number::word(text, toks, start - 1)
            .is_some_and(|v| lex.concept.counting_verbs.contains(&*v))
        && (clause_end || after.as_deref() == Some("and"));
    // ("Clinton won just one of those six battlegrounds": only one of a counted group; not
    // "just one of those things", "just one of the costs")
    let one_of = only
        && after.as_deref() == Some("of")
        && number::word(text, toks, q.next + 1).is_some_and(|w| is_determiner(&w))
        && toks.get(q.next + 2).is_some_and(|t| {
            t.kind == Kind::Num
                || number::word(text, toks, q.next + 2)
                    .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v >= 2.0))
        });
    // ("more support from faithless electors (one) than": a count in brackets alone)
    let bracketed = start > 0 && raw(start - 1) == "(" && raw(q.next) == ")";
    ((noun_after() || auxiliary || clause_end && bounded()) && (bounded() || only))
        || bracketed
        || verb_object
        || super::one_listed::listed_in_place(text, toks, start, q.next, lex)
        || noun_after() && super::one_listed::listed_after_count(text, toks, start, lex)
        || one_of
        || super::article::changed_by(text, toks, first, lex)
        || after.as_deref() == Some("each") // ("one each in Japan, Canada and the U.K.")
        || after.as_deref() == Some("or")
            && number::word(text, toks, q.next + 1).as_deref() == Some("more")
        || after.as_deref() == Some("more") && singular_noun(text, toks, q.next + 1, lex).is_some()
        || one_counts(text, toks, start, q.next, lex).is_some()
}

/// "this is one headache that will linger", "One country that ignored this advice was": "one" at
/// token `at` for "a", after a subject's copula or opening the sentence, before a noun and its
/// relative clause (not "there was one student who refused", "One man who survived said"), or
/// opening a heading before its colon ("One caveat: …").
pub(super) fn one_for_a(text: &str, toks: &Toks, at: usize) -> bool {
    let lower = |j: usize| {
        toks.get(j)
            .map_or(String::new(), |t| text[t.start..t.end].to_lowercase())
    };
    let relative = matches!(
        &*lower(at + 2),
        "that" | "which" | "who" | "i" | "we" | "you"
    );
    let opening = at == 0 && matches!(&*lower(at + 2), "that" | "which");
    // ("One caveat: both polls were sponsored": a heading's "one" before its colon)
    let heading = at == 0 && lower(at + 2) == ":" && toks.get(at + 2).is_some_and(|t| t.glued);
    opening
        || heading
        || at > 1
            && matches!(&*lower(at - 2), "this" | "that" | "it" | "he" | "she")
            && matches!(&*lower(at - 1), "is" | "was" | "'s" | "’s")
            && relative
}

/// Is quantity `q` (number `n`, opening at token `start`) "one day" meaning "some day": after
/// a clause's opening word and before its subject ("if one day they will say", "One day, the
/// king came"), or after a modal or "to" and before a bare verb ("will one day stand", "hoping
/// to one day be promoted"); not a span of time ("for one day", "One day later", "cut to one
/// day a week")?
pub(super) fn is_some_day(
    text: &str,
    toks: &Toks,
    n: &Number,
    q: &Quantity,
    start: usize,
    lex: &Lexicon,
) -> bool {
    let lower_at = |k: usize| number::word(text, toks, k).unwrap_or_default();
    if !(n.words && n.value == 1.0 && n.next == n.first + 1 && q.next == n.next + 1)
        || lower_at(n.first) != "one"
    {
        return false;
    }
    let unit = q.unit.map(|u| lex.units[u].name.as_str());
    let after = lower_at(q.next);
    let before = || {
        if start == 0 {
            Default::default()
        } else {
            lower_at(start - 1)
        }
    };
    // ("One minute this guy is interviewing …, the next …": so is "one minute", before its
    // subject, not a comma: "one minute, 30 seconds")
    let opening = || {
        (start == 0 || lex.some_day_before.contains(&*before()))
            && lex.some_day_after.contains(&*after)
            && match unit {
                Some("day") => true,
                Some("minute") => after != ",",
                _ => false,
            }
    };
    let bare_verb = || {
        toks[q.next].kind == Kind::Word
            && after.len() >= 2
            && after.bytes().all(|b| b.is_ascii_lowercase())
            && (!after.ends_with('s') || after.ends_with("ss"))
            && (matches!(&*after, "be" | "have") || !lex.concept.function_words.contains(&*after))
            && !lex.some_day_not_verbs.contains(&*after)
    };
    // ("could not fall to sleep one night": some night; not a count of nights, "for one night",
    // "one night only")
    let some_night = || {
        unit == Some("night")
            && after != "only"
            && !matches!(
                &*before(),
                "for"
                    | "only"
                    | "just"
                    | "than"
                    | "least"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "per"
                    | "each"
                    | "in"
                    | "spend"
                    | "spent"
                    | "stay"
                    | "stayed"
                    | "another"
            )
    };
    // ("One week, he condemns threats … and the next, agrees to lift a ban": one span of a
    // pair, "the next" named later)
    let pair = || {
        matches!(unit, Some("day" | "week" | "month" | "year" | "minute" | "moment"))
            && (start == 0 || lex.some_day_before.contains(&*before()))
            // (not "One week before the order lifted", a time counted back)
            && !matches!(&*after, "before" | "after" | "ago" | "later" | "earlier" | "of")
            && (q.next..(q.next + 20).min(toks.len()))
                .any(|k| lower_at(k) == "next" && k > 0 && lower_at(k - 1) == "the")
    };
    opening()
        || some_night()
        || pair()
        || unit == Some("day")
            && start > 0
            && q.next < toks.len()
            && lex.some_day_modals.contains(&*before())
            && bare_verb()
}

/// Does the lone "one" of quantity `q` open a range to the number after it ("a bond of one to
/// 1.5 billion dlrs", "one or two seconds"), before a scale or unit or, after "or", a plural
/// both count ("one or two matches", "one or two product lines", "one or two more years") or
/// what they are ("one or two of them")? Not the stock quote "Exxon one to 83-1/8".
pub(super) fn opens_range(text: &str, toks: &Toks, q: &Quantity, lex: &Lexicon) -> bool {
    let link = number::word(text, toks, q.next);
    let or = link.as_deref() == Some("or");
    let second = toks.get(q.next + 1).is_some_and(|t| t.kind == Kind::Num)
        || number::word(text, toks, q.next + 1)
            .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v > 1.0));
    // (past "more" or a modifier: "one or two more years", "one or two product lines")
    let counted = || {
        let past_more =
            usize::from(number::word(text, toks, q.next + 2).as_deref() == Some("more"));
        lex.unit_for_alias(&number::word(text, toks, q.next + 2 + past_more).unwrap_or_default())
            .is_some()
            || super::counted::counted_noun(text, toks, q.next + 2 + past_more, lex).is_some()
    };
    matches!(link.as_deref(), Some("to" | "or"))
        && second
        && (number::word(text, toks, q.next + 2).is_some_and(|w| {
            lex.scales.contains_key(&*w)
                || lex.unit_for_alias(&w).is_some()
                || or
                    && (w.len() > 3
                        && w.ends_with('s')
                        && toks[q.next + 2].folded
                        && !lex.concept.function_words.contains(&*w)
                        || matches!(&*w, "that" | "who" | "of" | "are" | "were"))
        }) || or && counted())
}
