//! The noun phrase before a figure that a verb or preposition links to it ("lifting its
//! soybean purchases to 20 million tons"), followed back through prepositional phrases to
//! their head ("Treasury balances at the Federal Reserve rose to ...").

use super::super::context::{is_clause_break, is_cue, WINDOW};
use super::super::lexer::{Kind, Toks};
use super::super::lexicon::Lexicon;
use super::super::number::word;
use super::super::scan::{is_month, Quantity};
use super::classes::{
    discourse_aside, is_change_noun, is_change_verb, is_content, is_determiner, is_function,
    is_joiner, is_link_verb, is_named_number, is_period_noun, is_verb_like,
};
use super::head::head_chain;
use super::MAX_WORDS;

/// The noun phrase before the figure that a verb or preposition links to it ("lifting its
/// soybean purchases to 20 million tons"), followed back to the head of its prepositional
/// phrases. Link words and verbs are passed over (one comma too, for "soybeans, rising from
/// …"); a conjunction ends the search: the figure then shares its neighbour's concept.
pub(super) fn before(
    text: &str,
    toks: &Toks,
    q: &Quantity,
    floor: usize,
    lex: &Lexicon,
) -> Option<String> {
    let phrase = |a: usize, b: usize| text[toks[a].start..toks[b - 1].end].to_string();
    let start = q.first.saturating_sub(WINDOW + 8).max(floor);
    let lower = |k: usize| word(text, toks, k).unwrap_or_default();
    // the start of the noun phrase ending at `end` (exclusive), at most MAX_WORDS long
    let np_start = |end: usize| {
        let mut s = end - 1;
        while s > start && end - s < MAX_WORDS && {
            // ("review forecasts growth of 6%": a cue is a verb here; "Year  Net 55.3 mln": a
            // wide gap parts a table's cells)
            let b = lower(s - 1);
            !text[toks[s - 1].end..toks[s].start].contains("  ")
                && is_content(text, toks, s - 1, lex)
                && !is_verb_like(&b, lex)
                && (!is_change_verb(&b, lex) || is_change_noun(&b, lex))
                && !is_cue(&b, lex)
        } {
            s -= 1;
        }
        // "Russia's total output": a possessive joins its owner
        if s >= start + 2 && is_joiner(text, toks, s - 2) && is_content(text, toks, s - 3, lex) {
            s -= 3;
        }
        // ("2004's average": a year's possessive, the phrase starting at its "s")
        if s >= start + 2
            && &text[toks[s].start..toks[s].end] == "s"
            && is_joiner(text, toks, s - 1)
            && toks[s - 2].kind == Kind::Num
        {
            s -= 2;
        }
        // "S&P": a glued ampersand joins the letters of a name
        // ("AT&T" opening a sentence: "AT" is no preposition there)
        while s >= start + 2 && is_joiner(text, toks, s - 1) && toks[s - 2].kind == Kind::Word {
            s -= 2;
        }
        s
    };
    // "the highest share of adults (90 percent)": a figure in brackets after a noun phrase
    // measures it
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    if q.first > start + 1
        && raw(q.first - 1) == "("
        && raw(q.next) == ")"
        && is_content(text, toks, q.first - 2, lex)
        && !is_verb_like(&lower(q.first - 2), lex)
        && !is_change_verb(&lower(q.first - 2), lex)
    {
        let end = q.first - 1;
        let s = np_start(end);
        // ("liberals on Facebook (44%)": past a prepositional phrase to its head)
        return Some(match head_chain(text, toks, s, start, true, lex) {
            Some((hs, _, true)) => phrase(hs, end),
            Some((hs, he, false)) => phrase(hs, he),
            None => phrase(s, end),
        });
    }
    // (the bound before the figure, read when first needed: this walk runs for every figure)
    let mut bound: Option<usize> = None;
    let mut i = q.first;
    // ("in detention longer than 20 days": a comparative bound is no part of the phrase)
    if i > start && lower(i - 1) == "than" {
        let b = *bound.get_or_insert_with(|| super::bound_before(text, toks, q, floor, lex));
        i = (i - b).max(start);
    }
    let mut crossed_comma = false;
    // a verb between the phrase and the figure makes the phrase a subject, which may carry
    // prepositional phrases; without one the phrase is the figure's own ("receipts of 2,000")
    let mut passed_verb = false;
    while i > start {
        i -= 1;
        let w = lower(i);
        // "Delta <DAL> rose 1/2": a ticker in angle brackets is passed over
        if w == ">" {
            if let Some(open) = (i.saturating_sub(4).max(start)..i)
                .rev()
                .find(|&k| lower(k) == "<")
            {
                i = open;
                continue;
            }
        }
        // "The cost of the package, senior officials estimated, would be $500 million": an
        // aside closed by a verb of speech is passed over, commas and all
        // ("The consumer price index, base 1978/79, was 1,957.3", "The index, which is
        // seasonally adjusted, rose 5 pct": a base year or a relative clause too)
        // ("The index, however, fell 0.1 pct": a discourse adverb between commas is passed over)
        let aside = (w == ",").then(|| discourse_aside(text, toks, i, start, lex));
        if let Some(open) = aside.flatten() {
            i = open;
            continue;
        }
        if w == "," && i > start + 2 {
            let verb = lower(i - 1);
            let open = (i.saturating_sub(16).max(start)..i - 1)
                .rev()
                .find(|&k| lower(k) == ",");
            let opener = open.map(|k| lower(k + 1)).unwrap_or_default();
            // ("The family adventure, starring Nicolas Cage, took $33.1m": a participle's
            // aside too)
            // ("Gross National Product, a measure of all goods and services, was expected to
            // decline": an apposition too)
            // ("The cost of living in North Rhine-Westphalia, Germany's most populous state,
            // fell": or a possessive's)
            let relative = matches!(&*opener, "base" | "which" | "who" | "a" | "an" | "the")
                || opener.len() > 5 && opener.ends_with("ing")
                || opener.ends_with("'s")
                || opener.ends_with("’s");
            let aside = lex.concept.speech_verbs.contains(&*verb)
                || lex.concept.aside_verbs.contains(&*verb)
                || relative;
            // (the clause goes on with its verb: not "…, he said, adding it may exceed 4.5
            // pct", "…, he said, first paying him $450")
            let resumes = matches!(
                &*lower(i + 1),
                "is" | "was"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "has"
                    | "have"
                    | "had"
            ) || (relative
                && (is_change_verb(&lower(i + 1), lex) || is_link_verb(&lower(i + 1), lex)))
                // ("Colombia, which held stockpiles of 10.5 mln bags, exported a record 11.5
                // mln bags": a relative clause closed by its main verb)
                // (with a word before it left to walk: "aged 81" is an age's, `age.rs`)
                || matches!(&*opener, "which" | "who")
                    && open.is_some_and(|k| k > start + 1)
                    && is_verb_like(&lower(i + 1), lex)
                    && lower(i + 1) != "aged";
            // ("a dividend, payable June 1, of 10 cts", "a net profit for the year, its first
            // since 1980, of 12 mln dlrs": an aside between a noun and its "of" figure; not
            // "write-offs at The Colonial Bank of Mobile, due to loan losses, of 1.3 mln")
            let of_figure = lower(i + 1) == "of"
                && i + 2 == q.first
                && (relative || matches!(&*opener, "payable" | "its" | "their"));
            if let (true, true, Some(open)) = (aside || of_figure, resumes || of_figure, open) {
                i = open;
                continue;
            }
        }
        if w == "," && !crossed_comma {
            // ("According to the numbers released by the Department of Health and Human
            // Services, only 24 percent": a source's clause is no subject)
            let clause = text[..toks[i].start].rsplit(',').next().unwrap_or("");
            let source = clause
                .trim_start()
                .get(..12)
                .is_some_and(|c| c.eq_ignore_ascii_case("according to"));
            if source {
                return None;
            }
            crossed_comma = true;
            continue;
        }
        // ("the five weeks ended April Four": a day written out after its month)
        if i > start && is_month(text, toks, i - 1) && lex.numbers.contains_key(&*w) {
            i -= 1;
            continue;
        }
        // ("Cesar Sayoc Jr., 56,": a suffix's full stop is part of the name)
        if w == "." && i > start && matches!(&*lower(i - 1), "jr" | "sr") {
            continue;
        }
        // ("Exports to the U.S. rose to 7.1 billion dlrs": an abbreviation's own full stop)
        // (the sentence going on after it, in lower case or a change verb: not "of the U.S.
        // For 105 mln dlrs", "the U.S. Within the last two years")
        let goes_on = || {
            toks.get(i + 1).is_some_and(|t| {
                let n = &text[t.start..t.end];
                n.starts_with(|c: char| c.is_ascii_lowercase())
                    || lex.change_verb(&n.to_ascii_lowercase()).is_some()
            })
        };
        if w == "."
            && i > start
            && toks[i].glued
            && text[toks[i - 1].start..toks[i - 1].end].contains('.')
            && goes_on()
        {
            continue;
        }
        // ("poverty could fall as low as 15.3%": a bound of comparison is passed over)
        if w == "as"
            && i + 1 == q.first
            && i >= start + 2
            && matches!(
                &*lower(i - 1),
                "low"
                    | "high"
                    | "much"
                    | "many"
                    | "little"
                    | "few"
                    | "deep"
                    | "big"
                    | "large"
                    | "tall"
                    | "old"
                    | "heavy"
                    | "young"
                    | "small"
                    | "short"
            )
            && lower(i - 2) == "as"
        {
            i -= 2;
            continue;
        }
        // ("industrial production in January and February 1987 fell": months joined are one
        // time)
        let months_joined = matches!(&*w, "and" | "or")
            && i > start
            && is_month(text, toks, i - 1)
            && is_month(text, toks, i + 1);
        // ("may reach or exceed one mln tonnes": verbs joined)
        let verbs_joined = matches!(&*w, "and" | "or")
            && i > start
            && [lower(i - 1), lower(i + 1)]
                .iter()
                .all(|v| is_link_verb(v, lex) || is_change_verb(v, lex));
        // ("Dunleavy leading with 47 percent": "with" after an -ing verb introduces its
        // figure; not a baseline's "compared with", nor "starting with 350 this year")
        // ("the greatest growth were fisheries with 10 pct": or after a noun, right before
        // the figure)
        let verb_with = w == "with" && i > start && {
            let v = lower(i - 1);
            v.ends_with("ing") && !matches!(&*v, "comparing" | "starting" | "beginning")
                || i + 1 == q.first
                    && q.unit.is_some_and(|u| lex.units[u].dimension == "percent")
                    && is_content(text, toks, i - 1, lex)
                    && !is_verb_like(&v, lex)
                    && !lex.concept.function_words.contains(&*v)
                    // (not a rank: "in third place with 18.2 percent", "second with 19.2%"; nor a
                    // comparison: "compares with 12.4 pct")
                    && !matches!(
                        &*v,
                        "place" | "position" | "spot" | "second" | "third" | "fourth" | "fifth"
                            | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "last"
                            | "compares" | "compare" | "together"
                    )
        };
        if is_clause_break(text, toks[i])
            || (lex.concept.conjunctions.contains(&*w)
                && !months_joined
                && !verb_with
                && !verbs_joined)
        {
            return None;
        }
        // "each year at 50,000": a period is not what is measured
        // ("in the first week of October")
        // ("The deal is worth 630 mln dlrs", "the rate is equivalent to 29 cts": after a
        // copula, a word of value is part of the link)
        if matches!(&*w, "worth" | "equivalent")
            && i > start
            && matches!(
                &*lower(i - 1),
                "is" | "was" | "are" | "were" | "be" | "been"
            )
        {
            continue;
        }
        // ("Orders on hand at end-1986 9.1 billion", "10.47 billion at end-June": a year's or a
        // month's end or middle is a time)
        let year_part = matches!(&*w, "end" | "mid" | "start")
            && raw(i + 1) == "-"
            && toks.get(i + 2).is_some_and(|t| {
                toks[i + 1].glued
                    && (t.kind == Kind::Num && t.end - t.start == 4 || is_month(text, toks, i + 2))
            });
        if year_part {
            continue;
        }
        // ("in the coming fiscal year": a period noun of two words, and its reference)
        // (cheap test first: this walk runs for every figure)
        let single = is_period_noun(&w, lex);
        let two_word =
            single && i > start + 1 && is_period_noun(&format!("{} {w}", lower(i - 1)), lex);
        let noun_at = if two_word { i - 1 } else { i };
        let reference = |b: &str| {
            lex.periods.ordinals.iter().any(|o| o == b)
                || lex.periods.references.iter().any(|o| o == b)
        };
        // ("total spending for the month to $349.4bn", "capacity in use during the month")
        let time_the = |b: &str| {
            b == "the"
                && noun_at > start + 1
                && matches!(
                    &*lower(noun_at - 2),
                    "during" | "for" | "over" | "throughout" | "within"
                )
        };
        let period_noun = single
            && noun_at > start
            && word(text, toks, noun_at - 1).is_some_and(|b| {
                matches!(
                    &*b,
                    "each" | "every" | "per" | "a" | "this" | "last" | "next" | "that" | "final"
                ) || reference(&b)
                    || time_the(&b)
            });
        if period_noun {
            // (past the word before it too)
            i = noun_at - 1;
            continue;
        }
        // ("set at last week's 6-3/4 pct": so is a period's possessive)
        let period_owner = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .is_some_and(|n| is_period_noun(n, lex));
        if period_owner {
            // ("from the third quarter's 5.1%", "last year's": with its ordinal or reference)
            while i > start && {
                let b = lower(i - 1);
                let is = |l: &[String]| l.iter().any(|o| *o == *b);
                is(&lex.periods.ordinals) || is(&lex.periods.references)
            } {
                i -= 1;
            }
            continue;
        }
        // "a record 213,506 tonnes": words that describe the figure itself
        // ("a total of 1.04 mln tonnes")
        // ("growth of a provisional 7.5 pct": an article and figure words may stand between)
        // ("a cost of about 21 mln dlrs": and a bound)
        let of_figure = i + 2 <= q.first
            && q.first - i <= 7
            && word(text, toks, i + 1).as_deref() == Some("of")
            && (i + 2
                ..q.first
                    - *bound.get_or_insert_with(|| super::bound_before(text, toks, q, floor, lex)))
                .all(|k| {
                    word(text, toks, k).is_some_and(|w| {
                        is_determiner(&w) || lex.concept.figure_modifiers.contains(&*w)
                    })
                });
        // (but a wire table's row label is what the row measures: "Net 5,449,000 vs 4,083,000")
        let label = i + 1 == q.first
            && (i == 0 || text[toks[i - 1].end..toks[i].start].contains("  "))
            && text[toks[i].start..].starts_with(|c: char| c.is_uppercase());
        // (an owner's "average" or "total" is a noun: "2004's average of $41.48")
        let owned = i > start && {
            let b = raw(i - 1);
            b.ends_with("'s") || b.ends_with("’s") || (b == "s" && is_joiner(text, toks, i - 2))
        };
        let describes_figure = (i + 1 == q.first || of_figure)
            && lex.concept.figure_modifiers.contains(&*w)
            && !label
            && !owned;
        // ("speeds up to 1.25gbps": "up to" is a bound, not a verb)
        let up_to = w == "up" && word(text, toks, i + 1).as_deref() == Some("to");
        // ("a cost of 75 cents", "a previous estimate of 621,000": a noun before "of")
        // ("a total holding of 74.0 pct": an -ing word a determiner opens is a noun)
        let determined_ing = || {
            w.ends_with("ing")
                && i > start
                && (is_determiner(&lower(i - 1))
                    || (i > start + 1
                        && is_determiner(&lower(i - 2))
                        && is_content(text, toks, i - 1, lex)))
        };
        let noun_of = of_figure && !w.ends_with("ed") && (!w.ends_with("ing") || determined_ing());
        // ("R&D spending rose 37%": a gerund before the verb is its subject; not an auxiliary,
        // nor one after a preposition: "after overdosing rose")
        // (evaluated lazily: this runs for every word walked back over)
        let after_preposition = || {
            i > start && {
                let b = lower(i - 1);
                is_function(&b, lex) && !is_determiner(&b)
            }
        };
        let change_word = is_change_verb(&w, lex);
        let ing = w.ends_with("ing");
        // ("tax cuts worth £4bn": so is a change noun after a noun)
        let finite_next = || {
            word(text, toks, i + 1).is_some_and(|n| {
                let finite = n.ends_with("ed")
                    || matches!(
                        &*n,
                        "rose" | "fell" | "grew" | "was" | "is" | "were" | "are" | "has" | "had"
                    );
                // ("Government borrowing reached", "Funding amounted to")
                let linked = is_link_verb(&n, lex)
                    || n.strip_suffix("ed").is_some_and(|v| is_link_verb(v, lex));
                n == "worth" || (finite && (is_change_verb(&n, lex) || linked))
            })
        };
        let gerund_subject = || {
            (ing || (change_word && i > start && is_content(text, toks, i - 1, lex)))
                && !matches!(&*w, "being" | "having" | "doing" | "going" | "outstanding")
                && !after_preposition()
                && finite_next()
        };
        // ("The total cost was $7.5 billion", "Project costs were": a linking verb's form
        // after a determiner or before the verb is a noun)
        // (not a rank before the figure, "the top 2 percent", nor a participle, "officers
        // fatally shot is up 56 percent")
        let link_noun = || {
            !ing && is_link_verb(&w, lex)
                && i + 1 < q.first
                && !matches!(
                    &*w,
                    "has" | "have" | "had" | "is" | "was" | "were" | "are" | "be"
                )
                && ((i > start && is_determiner(&lower(i - 1)))
                    || (finite_next() && !(i > start && lower(i - 1).ends_with("ly"))))
        };
        // ("set the shilling at 20.7449": after a determiner an -ing word is a noun)
        // ("cut GM's holding to 10%": and after an owner)
        let determined = || ing && i > start && (is_determiner(&lower(i - 1)) || owned);
        // ("tax cuts worth £4bn": after a noun, "worth" links it to the figure; "it's worth
        // over $50 million" measures the worth)
        // ("the two-year contract, worth 500,000 dlrs,": or after the noun's comma)
        let worth_link = w == "worth"
            && i > start
            && (is_content(text, toks, i - 1, lex)
                || i > start + 1
                    && toks
                        .get(i - 1)
                        .is_some_and(|t| &text[t.start..t.end] == ",")
                    && is_content(text, toks, i - 2, lex));
        // ("the offering would total more than $1 billion": "total" after a modal is a verb)
        let total_verb = w == "total"
            && i > start
            && matches!(
                &*lower(i - 1),
                "would" | "will" | "could" | "may" | "might" | "to"
            );
        let verb_form =
            is_verb_like(&w, lex) || (change_word && !is_change_noun(&w, lex)) || total_verb;
        let verb = worth_link
            || (verb_form
                && !up_to
                && !noun_of
                && !gerund_subject()
                && !determined()
                && !link_noun());
        passed_verb |= verb;
        // "a source said about $400,000 has been placed": the speaker of a figure's clause
        // is no concept
        if lex.concept.speech_verbs.contains(&*w)
            && (i + 1..q.first).all(|k| !is_content(text, toks, k, lex))
        {
            return None;
        }
        let cue = !noun_of && is_cue(&w, lex);
        // "The S&P 500 fell 3%", "the FTSE 100 rose": a number that names what it follows
        let named_number = i > start && is_named_number(text, toks, i, lex);
        if named_number && !crossed_comma {
            // ("its models 2 and 4 to 2,699 dlrs": the list's first number is the name's)
            let mut first = i;
            while first >= start + 2
                && toks[first - 2].kind == Kind::Num
                && matches!(
                    &text[toks[first - 1].start..toks[first - 1].end],
                    "and" | "or" | "," | "&" | "through"
                )
            {
                first -= 2;
            }
            return Some(phrase(np_start(first), first + 1));
        }
        // "M-1 should be down four billion dlrs", "the G-7 agreed": a capital's code with its
        // number is a name
        let code = i >= start + 2
            && toks[i].kind == Kind::Num
            && toks[i].glued
            && toks[i - 1].glued
            && text[toks[i - 1].start..toks[i - 1].end] == *"-"
            && toks[i - 2].kind == Kind::Word
            && text[toks[i - 2].start..].starts_with(|c: char| c.is_ascii_uppercase());
        if code && !crossed_comma {
            return Some(phrase(np_start(i - 1), i + 1));
        }
        if !is_content(text, toks, i, lex) || verb || cue || describes_figure {
            continue;
        }
        let end = i + 1;
        let s = np_start(end);
        // "Matsushita's shares closed on the Tokyo Stock Exchange at 1,640 yen": a place
        // the verb happened at is passed over on the way to its subject
        let mut d = s;
        // (past the rest of a long name: "the New York Stock Exchange")
        while d > start + 1
            && s - d < 3
            && text[toks[d - 1].start..].starts_with(|c: char| c.is_uppercase())
            && is_content(text, toks, d - 1, lex)
        {
            d -= 1;
        }
        while d > start && is_determiner(&lower(d - 1)) {
            d -= 1;
        }
        // (a verb in the past: "closed", "rose"; not a change noun: "a rise in debt
        // leverage to 67 pct", nor a participle: "spending on health to")
        let verb_before = |k: usize| {
            let v = lower(k);
            (v.ends_with("ed") || matches!(&*v, "rose" | "fell" | "grew" | "stood" | "was"))
                && !(k > start && is_determiner(&lower(k - 1)))
        };
        // ("Revlon closed yesterday on the New York Stock Exchange at 14-3/4")
        let day = d >= start + 3
            && matches!(
                &*lower(d - 2),
                "yesterday" | "today" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
            );
        let place = !passed_verb
            && d >= start + 2
            && matches!(&*lower(d - 1), "on" | "in" | "at")
            && verb_before(d - 2 - usize::from(day))
            && matches!(&*lower(end), "at" | "to" | "by");
        if place {
            i = d - 1 - usize::from(day);
            continue;
        }
        // "totaled 26,108 cars in the week, down 2.2 pct": the words right after the figure
        // before, past a comma, are that figure's; the change shares its concept
        if s == floor && floor > 0 && crossed_comma {
            return None;
        }
        // "Senator Chuck Schumer of New York, 66,": an age in apposition is the person's, not
        // the place's
        let age = crossed_comma
            && q.next == q.number_first + 1
            && q.unit.is_some_and(|u| lex.units[u].name == "year");
        let capital = |k: usize| text[toks[k].start..].starts_with(|c: char| c.is_uppercase());
        if age && s >= start + 2 && matches!(&*lower(s - 1), "of" | "from") && capital(s - 2) {
            let person = np_start(s - 1);
            return Some(phrase(person, s - 1));
        }
        // "thanks to the country's oil revenues which have exceeded $22bn": the antecedent
        // of a relative clause is what it measures, whatever it is attached to
        // (a short clause: not "families across Britain that will be damaged by his plan to
        // cut £35bn"; of-phrases still join: "a package of tax changes that could raise")
        // ("nominal trade figures, which rose to": a comma may open it, for "which" and "who")
        let comma = usize::from(lower(end) == "," && matches!(&*lower(end + 1), "which" | "who"));
        if matches!(&*lower(end + comma), "which" | "that" | "who")
            && end + comma < q.first
            && q.first <= end + comma + 6
        {
            // ("the share offer by Sembawang Maritime Ltd, which was oversubscribed": past an
            // agent to what it did)
            return Some(match head_chain(text, toks, s, start, passed_verb, lex) {
                Some((hs, _, true)) => phrase(hs, end),
                Some((hs, he, false)) if lower(he) == "by" => phrase(hs, he),
                _ => phrase(s, end),
            });
        }
        // ("in a deal valued at $6.75bn": a participle right after the phrase values it)
        // ("in a deal worth $9.4bn": or "worth" right before it)
        let valued = lex.concept.valuing_participles.contains(&*lower(end))
            && lower(end + 1) == "at"
            && end + 1 < q.first
            || lower(end) == "worth" && end + 1 == q.first;
        return Some(
            match head_chain(text, toks, s, start, passed_verb && !valued, lex) {
                Some((hs, _, true)) => phrase(hs, end),
                Some((hs, he, false)) => phrase(hs, he),
                None => phrase(s, end),
            },
        );
    }
    None
}
