//! What a number counts when it carries no unit: the plural noun after it ("14 people"), also
//! behind up to three modifiers ("37 Republican electors", "12 white police officers"), as its
//! singular; capitalised only for the groups of people listed in the schema ("800,000
//! Americans"). Ages are in `age.rs`. The vocabulary is `[counted]` in
//! `schema/figures.toml`.

use super::lexer::{is_possessive, opens_hyphened, Kind, Tok, Toks};
use super::lexicon::Lexicon;

/// The plural noun a number counts, starting at token `i`, as its singular.
pub(super) fn counted_noun(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> Option<String> {
    let c = &lex.counted;
    // ("a poll of 507 men and women", "300 boys and girls": people of both kinds)
    let kind = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(&text[t.start..t.end], "men" | "women" | "boys" | "girls"))
    };
    if kind(i)
        && toks
            .get(i + 1)
            .is_some_and(|t| &text[t.start..t.end] == "and")
        && kind(i + 2)
    {
        return Some("people".to_string());
    }
    // ("two US critics' associations": a plural's possessive modifies the plural after it;
    // not after a determiner, "the two lawmakers' differences", whose two are the owners)
    let determined = i >= 2
        && matches!(
            &text[toks[i - 2].start..toks[i - 2].end],
            "the" | "The" | "these" | "those" | "their" | "its" | "his" | "her" | "our" | "all"
        );
    let plural_at = |k: usize| {
        let noun = plural_noun(text, toks, k, lex)?;
        let apostrophe = !determined
            && toks
                .get(k + 1)
                .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "'" | "’"));
        Some(
            apostrophe
                .then(|| plural_noun(text, toks, k + 2, lex))
                .flatten()
                .unwrap_or(noun),
        )
    };
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
        if let Some(noun) = plural_at(close - 1) {
            return Some(noun);
        }
    }
    // (16 “A Better Future” ads: a quoted name modifying the plural after it)
    if let Some(close) = (i + 2..i + 8).find(|&k| opens && closes(k)) {
        return plural_at(close + 1);
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
        // ("two of former National Security Adviser Michael Flynn's businesses": behind up to
        // two lower-case words of a title)
        let title = (i + 1..i + 3)
            .take_while(|&k| {
                toks.get(k).is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    t.kind == Kind::Word
                        && w.len() > 3
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && !lex.concept.function_words.contains(w)
                })
            })
            .count();
        let names = if title == 0 { 2 } else { 5 };
        let named_owner = (i + 2 + title..i + 2 + title + names).find(|&k| {
            owner(k)
                && (i + 1 + title..k).all(capital)
                && (title == 0 || capital(k))
                && &text[toks[k].start..toks[k].end] != "the"
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
    // ("50,000 with-profits investors": unless the compound modifies a plural after it)
    // (a hyphen joining words, not a dash: "two pools--one bearing", "two airlines- US")
    let hyphened = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "-")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.glued && t.kind == Kind::Word)
    };
    if prefix {
        if let Some(noun) = plural_at(i + 2) {
            if !hyphened(i + 3) {
                if let Some(after) = plural_at(i + 3) {
                    return Some(after);
                }
            }
            return Some(format!("{}-{noun}", &text[toks[i].start..toks[i].end]));
        }
    }
    // ("sales-tax payers": nor is a plural hyphened to the word after it)
    if let Some(noun) = plural_at(i).filter(|_| !hyphened(i + 1)) {
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
            // (a joiner counts for none: "five past and present Missouri Republican senators")
            used -= 1;
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
                // ("two partially-paralysed people": or hyphened to it)
                || toks
                    .get(k + 1)
                    .is_some_and(|h| h.glued && &text[h.start..h.end] == "-")
                    && toks.get(k + 2).is_some_and(|n| {
                        n.glued
                            && n.kind == Kind::Word
                            && text[n.start..n.end].bytes().all(|b| b.is_ascii_lowercase())
                    })
                    && plural_at(k + 3).is_some()
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
        // ("two ex-senior executives", "two e-mail messages": a short prefix hyphened to the
        // modifier)
        // ("two A-rated eurobond issues": or a rating's capitals)
        let short_prefix = (1..=2).contains(&w.len())
            && (w.bytes().all(|b| b.is_ascii_lowercase())
                || w.bytes().all(|b| b.is_ascii_uppercase()))
            && opens_hyphened(text, toks, k);
        let modifier = t.kind == Kind::Word
            && !spaced
            && (w.len() >= 3 || class_letter || short_prefix)
            && (w.bytes().all(|b| b.is_ascii_alphabetic()) || owner)
            // (adjectives in -ly do modify: "1,241 likely voters", "5 elderly people")
            // ("two London Assembly members": nor are nouns in -ly)
            && (!w.ends_with("ly")
                || adverb()
                || c.ly_adjectives.contains(w)
                || lower.is_some_and(|l| c.noun_exceptions.contains(l)))
            // ("three over-the-counter stocks", "10 after-tax charges": a word that modifies
            // nothing alone heads a hyphened one)
            && !lower.is_some_and(|l| {
                c.not_modifiers.contains(l) && !opens_hyphened(text, toks, k)
                    || lex.numbers.contains_key(l)
            })
            && !super::scan::is_month(text, toks, k)
            && !c.not_counted.contains(w);
        // ("rose to 2,526 last year and export sales fell": a time after the number ends it)
        let timed = matches!(lower, Some("last" | "next" | "previous"))
            && toks.get(k + 1).is_some_and(|n| {
                matches!(
                    &text[n.start..n.end],
                    "year" | "week" | "month" | "quarter" | "season" | "night" | "time"
                )
            });
        if !modifier || timed {
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
    // ("a five-time Olympic gold medallist": how many times; not "a one-time charge", once
    // and no more)
    // (not a rate's compound: "three-times-weekly service")
    let times = matches!(w, "time" | "times")
        && !compound
        && !(i > 0
            && matches!(
                &text[toks[i - 1].start..toks[i - 1].end],
                "one" | "One" | "1"
            ));
    // ("a four-engined jet": an adjective made of the noun it counts)
    let made_of = lex.counted.ed_nouns.get(w);
    // ("the three-Test series": a capitalised noun before the lower-case one it modifies)
    let capitalised = w.len() >= 3
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w[1..].bytes().all(|b| b.is_ascii_lowercase())
        && toks.get(i + 2).is_some_and(|t| {
            !t.glued
                && t.kind == Kind::Word
                && text[t.start..t.end].bytes().all(|b| b.is_ascii_lowercase())
        });
    (number_before
        && hyphen.glued
        && &text[hyphen.start..hyphen.end] == "-"
        && noun.glued
        && (noun_like(noun, w, lex) || times || made_of.is_some() || capitalised)
        && ends_word)
        .then(|| match made_of {
            Some(n) => n.clone(),
            None if capitalised => w.to_ascii_lowercase(),
            None => plural_noun(text, toks, i + 1, lex).unwrap_or_else(|| w.to_string()),
        })
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
    // ("six cylinder units": a feature's noun needs no article)
    let article = article || lex.counted.feature_nouns.contains(w);
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
    let plural = w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with('\'')
        && !c.singular_in_s.contains(w);
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
