//! What a number counts when it carries no unit: the plural noun after it ("14 people"), also
//! behind up to three modifiers ("37 Republican electors", "12 white police officers"), as its
//! singular; capitalised only for the groups of people listed in the schema ("800,000
//! Americans"); and a person's age set off by commas after a name ("Roberts, 42,"). The
//! vocabulary is `[counted]` in `schema/figures.toml`.

use super::lexer::{is_possessive, Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::scan::Quantity;
use crate::model::Change;

/// The plural noun a number counts, starting at token `i`, as its singular.
pub(super) fn counted_noun(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<String> {
    let c = &lex.counted;
    let plural_at = |k: usize| plural_noun(text, toks, k, lex);
    // "police officers": a plural used as a modifier of the next one
    let modifies_next = |k: usize| {
        toks.get(k)
            .is_some_and(|t| c.plural_modifiers.contains(&text[t.start..t.end]))
    };
    // "700,000 “Dreamers”", 1,500 "safety whistleblowers": a quoted plural, behind up to two
    // modifiers
    let opens = toks
        .get(i)
        .is_some_and(|t| matches!(&text[t.start..t.end], "“" | "\"" | "‘"))
        && toks.get(i + 1).is_some_and(|t| t.glued);
    let closes = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "”" | "\"" | "’"))
    };
    if let Some(close) = (i + 2..i + 5).find(|&k| opens && closes(k)) {
        return plural_at(close - 1);
    }
    // "28 of the world's largest entertainment firms": a part of a group named after it
    if toks.get(i).is_some_and(|t| &text[t.start..t.end] == "of") {
        let owner = |k: usize| {
            toks.get(k).is_some_and(|t| {
                let w = &text[t.start..t.end];
                // ("only two of those surveys")
                matches!(w, "the" | "those" | "these")
                    || is_possessive(w)
                    || (t.kind == Kind::Word && (w.ends_with("'s") || w.ends_with("’s")))
            })
        };
        // (a fraction of a group is no count of it: "half of the voters", "one-third of the
        // votes")
        let fraction = i > 0
            && (super::number::word(text, toks, i - 1)
                .and_then(|w| lex.numbers.get(&*w).copied())
                .is_some_and(|v| v < 1.0)
                || (i >= 2 && &text[toks[i - 2].start..toks[i - 2].end] == "/"));
        // ("two of President Trump's key men": a name's possessive, behind its capitals)
        let capital = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && text[t.start..].starts_with(|c: char| c.is_ascii_uppercase())
            })
        };
        let named_owner = (i + 2..i + 4).find(|&k| {
            owner(k) && (i + 1..k).all(capital) && &text[toks[k].start..toks[k].end] != "the"
        });
        if (!owner(i + 1) && named_owner.is_none()) || fraction {
            return None;
        }
        let k = match named_owner {
            Some(k) if !owner(i + 1) => k + 1,
            _ if owner(i + 2) => i + 3,
            _ => i + 2,
        };
        // (not "5 of the 10 ships", "two of the three lanes": the whole's own number counts
        // them)
        let number_word = super::number::word(text, toks, k)
            .is_some_and(|w| lex.numbers.get(&*w).is_some_and(|&v| v >= 1.0));
        if toks.get(k).is_some_and(|t| t.kind == Kind::Num)
            || number_word
            || toks.get(k).is_some_and(|t| &text[t.start..t.end] == "of")
        {
            return None;
        }
        return counted_noun(text, toks, k, lex);
    }
    // ("21 co-sponsors", "40 ex-employees": a short prefix hyphenated to the noun)
    let prefix = toks.get(i).is_some_and(|t| {
        t.kind == Kind::Word
            && t.end - t.start <= 4
            && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
    }) && toks
        .get(i + 1)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        && toks.get(i + 2).is_some_and(|t| t.glued);
    if prefix {
        if let Some(noun) = plural_at(i + 2) {
            return Some(format!("{}-{noun}", &text[toks[i].start..toks[i].end]));
        }
    }
    if let Some(noun) = plural_at(i) {
        if modifies_next(i) {
            return Some(plural_at(i + 1).unwrap_or(noun));
        }
        return Some(noun);
    }
    // up to four modifiers; a hyphenated one counts once ("22 top-secret messages", "two big
    // summer auto plant shutdowns")
    let mut k = i;
    let mut used = 0;
    while used < 4 {
        used += 1;
        // a model designation counts as one modifier: "30 Airbus A320 planes", "20 Boeing
        // 737 jets", "12 F-16 fighters"
        if let Some(end) = super::modifiers::model_code_end(text, toks, k, k > i) {
            if let Some(noun) = plural_at(end + 1) {
                return Some(noun);
            }
            k = end + 1;
            continue;
        }
        // a chart position, a wire name, a name joined by "&" or a dated prefix counts as one
        // modifier: "three top 20 singles", "2,830,390 <Kerr Addison Mines Ltd> shares",
        // "20,000 AT&T workers", "160,000 post-9/11 veterans"
        if let Some(end) = super::modifiers::joined_end(text, toks, k) {
            if let Some(noun) = plural_at(end + 1) {
                return Some(noun);
            }
            k = end + 1;
            continue;
        }
        // a country's initials count as one modifier: "250 U.S. victories", "14 EU states"
        // (wire copy capitalises the word after "U.S.": "17 Japanese and U.S. Insurers")
        if let Some(end) = super::modifiers::initials_end(text, toks, k) {
            let capitalised_after_stop = || {
                let t = toks.get(end + 1).filter(|t| t.kind == Kind::Word)?;
                let w = &text[t.start..t.end];
                let plural = w.len() >= 4
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && text[..toks[end].end].ends_with('.');
                plural.then(|| singular(&w.to_ascii_lowercase(), lex))
            };
            if let Some(noun) = plural_at(end + 1).or_else(capitalised_after_stop) {
                return Some(noun);
            }
            k = end + 1;
            continue;
        }
        let t = toks.get(k)?;
        let w = &text[t.start..t.end];
        // ("160,000 hourly and salaried employees": two modifiers joined; "45 contemporary,
        // impressionist and modern paintings": or listed, the joiners counting for none)
        let listed = super::modifiers::listing_comma(text, toks, k);
        if k > i && (matches!(w, "and" | "or") || listed) {
            k += 1;
            used -= usize::from(listed);
            continue;
        }
        // (a wide gap is a table's column, but not after a number word: "buy nine  retail
        // food stores")
        let spaced = k > 0
            && !(k == i
                && lex
                    .numbers
                    .contains_key(&text[toks[k - 1].start..toks[k - 1].end].to_lowercase()))
            && text[toks[k - 1].end..t.start].contains("  ");
        let mut buf = [0u8; 16];
        let lower = super::scan::ascii_lower(w, &mut buf);
        // ("16 mainly foreign banks", "10 newly built homes": an adverb before an adjective;
        // "seven predominantly Muslim countries": a capitalised one too)
        // ("two sparsely populated western counties": or before two)
        let adverb = || {
            plural_at(k + 1).is_none()
                && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word)
                && (plural_at(k + 2).is_some()
                    || toks.get(k + 2).is_some_and(|n| {
                        n.kind == Kind::Word
                            && text[n.start..n.end].bytes().all(|b| b.is_ascii_lowercase())
                    }) && plural_at(k + 3).is_some())
        };
        // ("53 existing Hardee's restaurant properties": a name's possessive)
        let owner = w.starts_with(|c: char| c.is_ascii_uppercase())
            && (w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_alphabetic()));
        // ("two mln class A subordinate voting shares": a class's letter)
        let class_letter = w.len() == 1
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && k > i
            && matches!(
                &text[toks[k - 1].start..toks[k - 1].end],
                "class" | "Class" | "series" | "Series"
            );
        // ("two ex-senior executives": a short prefix hyphened to the modifier)
        let short_prefix = w.len() == 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && toks
                .get(k + 1)
                .is_some_and(|h| h.glued && &text[h.start..h.end] == "-")
            && toks
                .get(k + 2)
                .is_some_and(|n| n.glued && n.kind == Kind::Word);
        let modifier = t.kind == Kind::Word
            && !spaced
            && (w.len() >= 3 || class_letter || short_prefix)
            && (w.bytes().all(|b| b.is_ascii_alphabetic()) || owner)
            // (adjectives in -ly do modify: "1,241 likely voters", "5 elderly people")
            && (!w.ends_with("ly")
                || adverb()
                || c.ly_adjectives.contains(w))
            && !lower.is_some_and(|l| c.not_modifiers.contains(l) || lex.numbers.contains_key(l))
            && !super::scan::is_month(text, toks, k)
            && !c.not_counted.contains(w);
        if !modifier {
            return None;
        }
        // ("14 free-to-air channels": every part of a hyphenated modifier; "two pro-Trump
        // personalities": a name after a lower-case prefix)
        let prefix = w.bytes().all(|b| b.is_ascii_lowercase());
        let titled = |p: &str| {
            p.len() >= 2
                && p.starts_with(|c: char| c.is_ascii_uppercase())
                && p[1..].bytes().all(|b| b.is_ascii_lowercase())
        };
        for _ in 0..3 {
            let hyphenated = toks
                .get(k + 1)
                .is_some_and(|h| h.glued && &text[h.start..h.end] == "-")
                && toks.get(k + 2).is_some_and(|n| {
                    let part = &text[n.start..n.end];
                    n.glued
                        && n.kind == Kind::Word
                        && (part.bytes().all(|b| b.is_ascii_lowercase())
                            || prefix && part.bytes().all(|b| b.is_ascii_alphabetic())
                            // ("three Trump-Kim summits": two names joined)
                            || titled(w) && titled(part))
                });
            if !hyphenated {
                break;
            }
            k += 2;
        }
        if let Some(noun) = plural_at(k + 1) {
            // "two conservative news sites"
            if modifies_next(k + 1) {
                return Some(plural_at(k + 2).unwrap_or(noun));
            }
            return Some(noun);
        }
        k += 1;
    }
    None
}

/// "100-seat", "10-point": a lower-case singular noun glued by a hyphen at `i` to the number
/// before it, ending the word ("a 10-point lead", not "a 2-for-1 deal" or "the 100-odd").
pub(super) fn hyphenated_noun(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<String> {
    let (hyphen, noun) = (toks.get(i)?, toks.get(i + 1)?);
    let w = &text[noun.start..noun.end];
    // ("the four-wheel-drive SPX": a compound adjective's first noun)
    let compound = toks
        .get(i + 2)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
        && toks
            .get(i + 3)
            .is_some_and(|t| t.glued && t.kind == Kind::Word)
        && toks.get(i + 4).is_none_or(|t| !t.glued)
        && !lex.concept.function_words.contains(w)
        && !(i > 0 && text[toks[i - 1].start..toks[i - 1].end].eq_ignore_ascii_case("one"));
    let ends_word = compound
        || toks.get(i + 2).is_none_or(|t| {
            !t.glued
                || (t.kind == Kind::Sym
                    && !matches!(&text[t.start..t.end], "-" | "/" | "‑" | "'" | "’"))
        });
    let number_before = i > 0
        && (toks[i - 1].kind == Kind::Num
            || super::number::word(text, toks, i - 1)
                .is_some_and(|n| lex.numbers.contains_key(&*n)));
    (number_before
        && hyphen.glued
        && &text[hyphen.start..hyphen.end] == "-"
        && noun.glued
        && noun_like(noun, w, lex)
        && ends_word)
        .then(|| plural_noun(text, toks, i + 1, lex).unwrap_or_else(|| w.to_string()))
}

/// "a 40,000 member health maintenance organization", "a 10 point lead": a singular noun
/// spaced after a number that an article opens (token `first`), modifying the noun after it.
pub(super) fn spaced_modifier_noun(
    text: &str,
    toks: &Toks,
    first: usize,
    i: usize,
    lex: &Lexicon,
) -> Option<String> {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("the 30 member cabinet": "the" too, before a singular noun; not "the 27 member states")
    let the = first > 0 && matches!(raw(first - 1), "the" | "The") && !raw(i + 1).ends_with('s');
    let article = the || first > 0 && matches!(raw(first - 1), "a" | "an" | "A" | "An");
    let noun = toks.get(i)?;
    let w = raw(i);
    let head = toks.get(i + 1).is_some_and(|t| {
        let h = &text[t.start..t.end];
        t.kind == Kind::Word
            && !t.glued
            && h.len() >= 3
            && h.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.concept.function_words.contains(h)
            && !lex.counted.not_modifiers.contains(h)
    });
    // (with "the", a noun before a noun: not "the 14 already allocated")
    let verb_head = the && ["ed", "ing"].iter().any(|e| raw(i + 1).ends_with(e));
    (article
        && !noun.glued
        && !w.ends_with('s')
        && !lex.concept.function_words.contains(w)
        && noun_like(noun, w, lex)
        && head
        && !verb_head)
        .then(|| w.to_string())
}

/// Can `w` (token `t`) be a noun a number counts: a lower-case word that is no adjective,
/// number, scale or word the schema rules out?
pub(super) fn noun_like(t: &Tok, w: &str, lex: &Lexicon) -> bool {
    let c = &lex.counted;
    t.kind == Kind::Word
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        // ("a two-tiered system", "a four-monthly review": adjectives describe, not count)
        && (!c.adjective_endings.iter().any(|e| w.ends_with(e.as_str()))
            || c.noun_exceptions.contains(w))
        && !c.not_counted.contains(w)
        && !c.not_modifiers.contains(w)
        && !c.not_hyphenated.contains(w)
        && !lex.numbers.contains_key(w)
        && !lex.scales.contains_key(w)
}

/// A lower-case plural noun at `i`, as its singular.
fn plural_noun(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<String> {
    let c = &lex.counted;
    let t = toks.get(i)?;
    if t.kind != Kind::Word || (i > 0 && text[toks[i - 1].end..t.start].contains("  ")) {
        return None;
    }
    let w = &text[t.start..t.end];
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with('\'');
    let irregular = c.irregular.contains_key(w) || is_men_plural(w, lex);
    let people = || {
        w.len() >= 6
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            && c.capitalised_endings
                .iter()
                .any(|e| w.ends_with(e.as_str()))
    };
    // "32 Labour MPs", "five CEOs": an acronym's plural
    let acronym = w.len() >= 3
        && w.ends_with('s')
        && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase());
    // (a plural in -is only of a people: "15,000 Somalis", not "analysis")
    let plural = plural && (!w.ends_with("is") || people());
    let lower = w.chars().next().is_some_and(char::is_lowercase)
        || c.capitalised.contains(w)
        || people()
        || acronym;
    let counted = |w: &str| {
        w.len() >= 3
            && (plural || irregular || c.irregular.contains_key(w))
            && !c.not_counted.contains(w)
            && !w.contains('\'')
            && !w.contains('’')
    };
    if lower {
        return counted(w).then(|| singular(w, lex));
    }
    // ("Two Doctors Weigh Whether To Accept": a title-case headline capitalises its nouns)
    // (not a name's -as or -os: "5 Carlos Moya (Spain)", "18 Nicolas Massu")
    let titled = w.len() >= 3
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !w.ends_with("as")
        && !w.ends_with("os");
    // (right after the number or "More": a capitalised word between may be the verb, "3 Face
    // Criminal Charges", "106,000 Chose Health Plans")
    let after_number = i > 0 && {
        let p = &toks[i - 1];
        let lower = text[p.start..p.end].to_ascii_lowercase();
        p.kind == Kind::Num
            || lex.numbers.contains_key(&lower)
            || matches!(&*lower, "more" | "million" | "billion" | "thousand")
    };
    let w = (titled && after_number).then(|| w.to_ascii_lowercase())?;
    (counted(&w) && super::lexer::is_title_case(text, toks)).then(|| singular(&w, lex))
}

/// "seamen", "gunmen", "congresswomen": plurals in -men (not "specimen" or "abdomen").
fn is_men_plural(w: &str, lex: &Lexicon) -> bool {
    let stem = w
        .strip_suffix("women")
        .or_else(|| w.strip_suffix("men"))
        .unwrap_or("");
    lex.counted.men_plurals.contains(stem)
}

/// The singular of a plural noun.
pub(super) fn singular(noun: &str, lex: &Lexicon) -> String {
    if let Some(s) = lex.counted.irregular.get(noun) {
        return if s.is_empty() {
            noun.to_string()
        } else {
            s.clone()
        };
    }
    match noun {
        _ if is_men_plural(noun, lex) => format!("{}an", &noun[..noun.len() - 2]),
        _ if noun.ends_with("ies") => format!("{}y", &noun[..noun.len() - 3]),
        // "caucuses", "viruses", but "houses", "causes"
        _ if noun.len() >= 5
            && noun.ends_with("uses")
            && !matches!(
                noun.as_bytes()[noun.len() - 5],
                b'a' | b'e' | b'i' | b'o' | b'u'
            ) =>
        {
            noun[..noun.len() - 2].to_string()
        }
        _ if noun.ends_with("ches")
            || noun.ends_with("shes")
            || noun.ends_with("sses")
            || noun.ends_with("xes") =>
        {
            noun[..noun.len() - 2].to_string()
        }
        _ => noun.strip_suffix('s').unwrap_or(noun).to_string(),
    }
}

/// "Roberts, 42, will lead", "Officer Andrew Dossi, 30, was shot": a whole number from 1 to
/// 119 set off by commas right after a name is that person's age, and so is one opening a
/// sentence after "At" ("At 28, she was an aide").
pub(super) fn age_in_apposition(text: &str, toks: &Toks, q: &Quantity) -> bool {
    let s = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let whole = is_age_value(q.value);
    // ("Mr. Lewis, now 77,": past "now" or "then")
    let first = q.first - usize::from(q.first >= 3 && matches!(s(q.first - 1), "now" | "then"));
    // ("Cesar Sayoc Jr., 56,": past a suffix's full stop)
    let suffix = first >= 3 && s(first - 2) == "." && matches!(s(first - 3), "Jr" | "Sr");
    let name_at = if suffix {
        first.wrapping_sub(3)
    } else {
        first.wrapping_sub(2)
    };
    let name_before = first >= 2
        && s(first - 1) == ","
        && toks[name_at].kind == Kind::Word
        && s(name_at).chars().next().is_some_and(char::is_uppercase)
        && !super::scan::is_month(text, toks, name_at)
        && s(name_at).parse::<chrono::Weekday>().is_err();
    // ("At 28, she was an aide": an age opening the sentence)
    let at_opening = q.first == 1 && s(0) == "At" && s(q.next) == ",";
    // ("Their oldest son, 18, heads to boot camp": or set off after a person's noun)
    let person_before = first >= 2
        && s(first - 1) == ","
        && matches!(
            s(first - 2),
            "son"
                | "daughter"
                | "wife"
                | "husband"
                | "brother"
                | "sister"
                | "mother"
                | "father"
                | "boy"
                | "girl"
                | "grandson"
                | "granddaughter"
                | "nephew"
                | "niece"
                | "widow"
                | "teenager"
                | "victim"
                | "suspect"
                | "gunman"
                | "driver"
        );
    whole
        && q.low.is_none()
        && q.next == q.number_first + 1
        && (name_before || at_opening || person_before)
        && matches!(s(q.next), "," | "" | "." | ";")
}

/// Can `value` be a person's age in years: a whole number from 1 to 119?
pub(super) fn is_age_value(value: Option<f64>) -> bool {
    value.is_some_and(|v| v.fract() == 0.0 && (1.0..120.0).contains(&v))
}

/// "aged 54", "ages 18 to 29", "under the age of 21", "people over 60", "Roberts, 42,": a
/// number read as an age (quantity `q`, opening at token `start`) is in years, bounded by a
/// bound before its age phrase.
pub(super) fn age(text: &str, toks: &Toks, q: &mut Quantity, start: usize, lex: &Lexicon) {
    let raw_before = |w: &str| {
        start > 0 && text[toks[start - 1].start..toks[start - 1].end].eq_ignore_ascii_case(w)
    };
    // ("between the ages of 12 and 16", "anyone 21 or older")
    let ages_of = start > 1
        && raw_before("of")
        && matches!(
            super::number::word(text, toks, start - 2).as_deref(),
            Some("age" | "ages")
        );
    // (the bound "or older" is already part of the figure)
    // ("workers 55 and older": or "and")
    let older = q.next >= 2
        && matches!(
            super::number::word(text, toks, q.next - 1).as_deref(),
            Some("older" | "younger")
        )
        && matches!(
            super::number::word(text, toks, q.next - 2).as_deref(),
            Some("or" | "and")
        );
    // ("people over 60", "adults over 21", "children under 5": an age bound after people)
    // ("being aged over 19": so is one after "aged over")
    let people_over = start > 1
        && (raw_before("over") || raw_before("under"))
        && super::number::word(text, toks, start - 2)
            .is_some_and(|w| w == "aged" || lex.counted.aged_people.contains(&*w))
        && is_age_value(q.value);
    // ("aged from 15 to 17", "aged between 18 and 24")
    let aged_from = start > 1
        && (raw_before("from") || raw_before("between"))
        && super::number::word(text, toks, start - 2).as_deref() == Some("aged");
    // ("who turns 66 soon": a whole number after "turns" is an age)
    let turns = (raw_before("turns")
        || raw_before("turned")
        || raw_before("turning")
        || raw_before("turn"))
        && is_age_value(q.value);
    // ("when she was 14": a person's bare number)
    let person_was = start > 1
        && (raw_before("was") || raw_before("is"))
        && matches!(
            super::number::word(text, toks, start - 2).as_deref(),
            Some("she" | "he")
        )
        && is_age_value(q.value)
        && toks.get(q.next).is_none_or(|t| t.kind != Kind::Word);
    // ("kids younger than 5", "people older than 65": a bare whole number compared by age)
    let than_age = start > 1
        && raw_before("than")
        && matches!(
            super::number::word(text, toks, start - 2).as_deref(),
            Some("younger" | "older")
        )
        && is_age_value(q.value);
    // ("His age, 75, could be a problem": the age in apposition to the word)
    let age_comma = start > 1
        && raw_before(",")
        && super::number::word(text, toks, start - 2).as_deref() == Some("age")
        && is_age_value(q.value);
    // ("lowering the voting age to 16", "the minimum age is 21": the age's new or set value)
    // (cheap tests first: this runs for every figure)
    let age_to = start > 1
        && text[toks[start - 2].start..toks[start - 2].end].eq_ignore_ascii_case("age")
        && ["to", "at", "from", "is", "was", "remains"]
            .iter()
            .any(|w| raw_before(w))
        && is_age_value(q.value);
    // ("the coveted 18-to-34 age range", "the 18-34 age group": an age noun after it)
    let age_after = toks
        .get(q.next)
        .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("age"))
        && (is_age_value(q.value) || is_age_value(q.high));
    let aged = raw_before("aged")
        || age_to
        || age_after
        || than_age
        || age_comma
        || aged_from
        || turns
        || person_was
        || raw_before("age")
        || raw_before("ages")
        || ages_of
        || older
        || people_over;
    if (aged || age_in_apposition(text, toks, q))
        && q.unit.is_none()
        && q.counted.is_none()
        && q.scale == 1.0
    {
        q.unit = lex.units.iter().position(|u| u.name == "year");
        // ("under the age of 21": a bound before the age phrase bounds the age)
        let age_word = if ages_of {
            start - 2
        } else {
            start.saturating_sub(1)
        };
        let the =
            age_word > 0 && super::number::word(text, toks, age_word - 1).as_deref() == Some("the");
        let age_phrase = ages_of || raw_before("age") || raw_before("ages");
        if age_phrase && q.change == Change::Exact && q.low.is_none() {
            let phrase_start = age_word - usize::from(the);
            if let Some((_, b)) = super::number::bound_ending(text, toks, phrase_start, 0, lex) {
                q.change = b.change();
            }
        }
    }
}
