//! Numbers that are part of a name, not quantities: named by the word before them ("highway
//! 35", "no. 1", "models 2 and 4"), capitalised number words inside a name ("the Six
//! Nations", "the Big Four"), product names ("its Bentone 128 product"), titles ("the 48 Hours
//! that Made History"), and number words inside an idiom ("a two-state solution"); rounds and
//! dated laws are in `rounds.rs`.

use super::lexer::{Kind, Tok, Toks};
use super::lexicon::Lexicon;
use super::number::Number;

/// Is the token at `i` a word that names the number after it ("highway 35", "no. 1"), or the
/// link of a list of such numbers ("models 2 and 4", "chapters 3, 4 and 5")?
pub(super) fn is_name_word(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    name_word_within(text, toks, i, lex, 6)
}

fn name_word_within(text: &str, toks: &Toks, i: usize, lex: &Lexicon, depth: u8) -> bool {
    let raw_at = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("pages two and three": number words too)
    let num = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == Kind::Num)
            || super::number::word(text, toks, k).is_some_and(|w| lex.numbers.contains_key(&*w))
    };
    let link = |w: &str| matches!(w, "and" | "or" | "," | "&" | "through" | "to");
    // ("models 2 and 4": the list's later numbers are named by the same word)
    if link(raw_at(i)) {
        // ("clauses 183 to 186", not "models 2 and 4 to 2,699 dlrs": "to" joins a pair only)
        let pair = raw_at(i) != "to" || i >= 2 && !link(raw_at(i - 2));
        return depth > 0
            && i >= 2
            && pair
            && num(i - 1)
            && name_word_within(text, toks, i - 2, lex, depth - 1);
    }
    // ("models 2 and 4", "pages 5-6", "clauses 183 to 186": a plural name word before a list
    // of numbers)
    let listed = num(i + 1) && (link(raw_at(i + 2)) || raw_at(i + 2) == "-") && num(i + 3);
    if listed && toks[i].kind == Kind::Word {
        let plural = raw_at(i).to_lowercase();
        if plural.len() >= 5
            && plural
                .strip_suffix('s')
                .is_some_and(|w| lex.name_words.contains(w))
        {
            return true;
        }
    }
    let mut i = i;
    if toks[i].kind == Kind::Sym && &text[toks[i].start..toks[i].end] == "." && i > 0 {
        i -= 1; // "no. 1"
    }
    let raw = &text[toks[i].start..toks[i].end];
    let lower = super::number::word(text, toks, i).unwrap_or_default();
    let lower = &*lower;
    // (not before a unit: "Holy Week one year ago")
    let unit_after =
        || super::number::word(text, toks, i + 2).is_some_and(|w| lex.unit_for_alias(&w).is_some());
    // ("the top 2 percent of family incomes": a rank's share is a figure; not "the top five
    // in the world", where "in" is no inch)
    // ("the top two vote-getters advance": nor the counted members of a top group, in
    // words; "UK top 250 firms" names a list)
    let spelled = toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word);
    let top_share = || {
        unit_after() && super::number::word(text, toks, i + 2).is_some_and(|w| w != "in")
            || spelled && super::counted::counted_noun(text, toks, i + 2, lex).is_some()
    };
    // "HydroCal 2", "PlayStation 5": a word capitalised inside is a product's name (not a
    // possessive, "McDonald's 2,000 restaurants", nor before a unit or scale)
    // (a whole number in digits: "McGahn three times", "WestHem 1,050.5", "AvgPrice 1.35-1.65"
    // in a table are figures)
    let model_number = toks.get(i + 1).is_some_and(|t| {
        t.kind == Kind::Num && text[t.start..t.end].bytes().all(|b| b.is_ascii_digit())
    }) && !toks
        .get(i + 2)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-");
    let camel = || {
        model_number
            && !raw.contains('.')
            && raw.chars().skip(1).any(char::is_uppercase)
            && raw.chars().any(char::is_lowercase)
            && !raw.contains(['\'', '’'])
            && !unit_after()
            && !super::number::word(text, toks, i + 2).is_some_and(|w| lex.scales.contains_key(&*w))
    };
    // ("leave the band two years later", "won the title three times": a number in words before
    // a unit measures it)
    // ("Grade 97 octane", "level 2 percent": a measure's unit after the number, no name)
    let measured = || {
        // (a spaced word: not "net users number 100m", a scale letter)
        super::number::word(text, toks, i + 2)
            .filter(|w| w != "in" && toks.get(i + 2).is_some_and(|t| !t.glued))
            .and_then(|w| lex.unit_for_alias(&w))
            .is_some_and(|u| !matches!(u.dimension.as_str(), "count" | "time" | "event"))
    };
    toks[i].kind == Kind::Word
        && ((lex.name_words.contains(lower)
            && !(lower == "top" && top_share())
            && !(model_number && measured())
            && !(spelled && top_share()))
            || (raw.starts_with(|c: char| c.is_uppercase())
                && lex.capitalised_name_words.contains(lower)
                && !unit_after())
            || camel())
}

/// "in the Six Nations", "the Big Four": a capitalised number word between a lower-case word and a
/// capitalised one, or after "the" and a capitalised word, is part of a name. (In a title-case
/// headline the word before is capitalised too, and "Pledges Two Million Tons" stays a figure.)
pub(super) fn is_capitalised_name(text: &str, toks: &Toks, n: &Number) -> bool {
    // title case, not capitals: "spent EIGHT TRILLION DOLLARS" is a figure
    let starts_upper = |t: &Tok| {
        let mut chars = text[t.start..t.end].chars();
        t.kind == Kind::Word
            && chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase)
    };
    let starts_lower = |t: &Tok| {
        t.kind == Kind::Word
            && text[t.start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    // ("a contract with Four-Kings Intel": a hyphen may join the name)
    let hyphen = toks
        .get(n.next)
        .is_some_and(|t| t.glued && &text[t.start..t.end] == "-");
    let after = if hyphen { n.next + 1 } else { n.next };
    // "the Group of Seven", "the Gang of Four met": a capitalised number word after a name's
    // lower-case "of" (in a title-case headline, "Sales Of Four Units", the "of" is capitalised)
    // ("the joy of Six will keep": or after any "of", outside a title-case headline)
    let of_name = n.first > 1
        && &text[toks[n.first - 1].start..toks[n.first - 1].end] == "of"
        && (starts_upper(&toks[n.first - 2])
            || n.words && starts_upper(&toks[n.first]) && !super::lexer::is_title_case(text, toks));
    // ("the Beautiful Nine", "the Final Four": after a lower-case "the" and a capitalised word)
    // ("adaptation, The Fantastic Four, will": or a capitalised "The" inside the sentence)
    let the_name = n.first > 1
        && (&text[toks[n.first - 2].start..toks[n.first - 2].end] == "the"
            || n.first > 2
                && &text[toks[n.first - 2].start..toks[n.first - 2].end] == "The"
                && matches!(
                    &text[toks[n.first - 3].start..toks[n.first - 3].end],
                    "," | "("
                ))
        && starts_upper(&toks[n.first - 1]);
    // ("after World War Two")
    let war = n.first > 0 && &text[toks[n.first - 1].start..toks[n.first - 1].end] == "War";
    // ("the NCAA Final Four basketball championships": after a capitalised word inside the
    // sentence and before a lower-case one, no title-case headline; "the Four-Kings gaming
    // clan": hyphened to a capitalised word)
    let inside_name = n.first > 1
        && starts_upper(&toks[n.first - 1])
        && !super::scan::is_month(text, toks, n.first - 1)
        && toks.get(after).is_some_and(starts_lower);
    // ("the so-called Cuban Five -- a group": a capitalised number word ending a name before
    // a stop)
    let name_end = n.words
        && n.first > 1
        && starts_upper(&toks[n.first])
        && starts_upper(&toks[n.first - 1])
        && !super::scan::is_month(text, toks, n.first - 1)
        && text[toks[n.first - 1].start..toks[n.first - 1].end]
            .parse::<chrono::Weekday>()
            .is_err()
        && toks.get(after).is_none_or(|t| t.kind == Kind::Sym);
    let hyphen_name = hyphen && toks.get(after).is_some_and(starts_upper);
    // ("on BBC Two", "ITV Four": after a broadcaster's capitals)
    let acronym = n.first > 0 && {
        let t = &toks[n.first - 1];
        let w = &text[t.start..t.end];
        t.kind == Kind::Word && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    // ("the Group of 20", "the “Gang of 8”": digits name a group too; so do words in a quoted
    // name, "the “gang of six”", or after "the", "that group, the gang of eight,")
    let group_of = of_name
        && matches!(
            &text[toks[n.first - 2].start..toks[n.first - 2].end],
            "Group" | "Gang"
        );
    let quoted_gang = n.first > 2
        && &text[toks[n.first - 1].start..toks[n.first - 1].end] == "of"
        && text[toks[n.first - 2].start..toks[n.first - 2].end].eq_ignore_ascii_case("gang")
        && matches!(
            &text[toks[n.first - 3].start..toks[n.first - 3].end],
            "\"" | "“" | "the"
        );
    // ("on day two of the competition", "game three of the series": a number word naming a
    // part of a whole)
    let part_of = n.words
        && n.first > 0
        && matches!(
            &text[toks[n.first - 1].start..toks[n.first - 1].end],
            "day" | "week" | "round" | "stage" | "game" | "leg" | "year" | "phase" | "season"
        )
        && toks
            .get(n.next)
            .is_some_and(|t| &text[t.start..t.end] == "of");
    if quoted_gang || part_of {
        return true;
    }
    if !n.words {
        return group_of;
    }
    // ("Ocean's Twelve raids box office": after a capitalised possessive, before a lower-case
    // word; not a title-case headline, "Britain's Two Main Parties")
    let possessive_name = n.first > 0 && {
        let p = &text[toks[n.first - 1].start..toks[n.first - 1].end];
        starts_upper(&toks[n.first - 1])
            && (p.ends_with("'s") || p.ends_with("’s"))
            && toks.get(after).is_none_or(starts_lower)
    };
    // ("which also runs on Five.": a capitalised number word ending a clause after a
    // lower-case word names a channel or a work)
    let clause_end = toks.get(after).is_none_or(|t| {
        matches!(
            &text[t.start..t.end],
            "." | "," | ";" | ":" | ")" | "!" | "?"
        )
    });
    // ("slapped a Five Billion Dollar fine": before a capitalised scale word, an amount)
    let scaled = toks.get(n.first + 1).is_some_and(|t| {
        matches!(
            &text[t.start..t.end],
            "Hundred" | "Thousand" | "Million" | "Billion" | "Trillion"
        )
    });
    n.first > 0
        && !scaled
        && starts_upper(&toks[n.first])
        && ((starts_lower(&toks[n.first - 1]) && toks.get(after).is_some_and(starts_upper))
            || starts_lower(&toks[n.first - 1]) && clause_end
            || possessive_name
            || of_name
            || the_name
            || war
            || inside_name
            || name_end
            || hyphen_name
            || acronym)
}

/// Is token `i` a capitalised number word before a capitalised word ("Six Nations"), not
/// after an opening quote, bracket or colon, nor before initials ("Four U.S. senators")?
pub(super) fn is_name_number(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let w = raw(i);
    let title = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.len() >= 2
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    // ("a first Five or Six Nations title": a number word paired with a name's number)
    let paired = || matches!(raw(i + 1), "or" | "and") && is_name_number(text, toks, i + 2, lex);
    if toks[i].kind != Kind::Word || !title(w) || !(title(raw(i + 1)) || paired()) {
        return false;
    }
    let mut buf = [0u8; 16];
    let number = super::scan::ascii_lower(w, &mut buf).is_some_and(|l| lex.numbers.contains_key(l));
    let opener = i > 0 && matches!(raw(i - 1), ":" | "“" | "\"" | "(" | "—" | "–" | "-" | "‘");
    // (a title-case headline keeps its figures: "Sales Of Four Units Rose")
    let headline =
        i > 0 && lex.headline_words.contains(raw(i - 1)) || super::lexer::is_title_case(text, toks);
    // ("slapped a Five Billion Dollar fine": before a capitalised scale word, an amount)
    let scaled = matches!(
        raw(i + 1),
        "Hundred" | "Thousand" | "Million" | "Billion" | "Trillion"
    );
    number && !opener && !headline && !scaled
}

/// Is "top" before the number at token `j` a verb, not a name word ("highway 35", "top 20")?
/// "predicted to top a billion dollars", "will top 5%", "hit 100 mln dlrs in 1987 and top 200
/// mln dlrs" (before money, not "and top 20 lists").
pub(super) fn top_as_verb(text: &str, toks: &Toks, j: usize, lex: &Lexicon) -> bool {
    j > 1
        && super::number::word(text, toks, j - 1).as_deref() == Some("top")
        && match super::number::word(text, toks, j - 2).as_deref() {
            Some("to" | "will" | "would" | "could" | "may" | "might" | "should" | "can") => true,
            Some("and") => super::number::word(text, toks, j + 1)
                .is_some_and(|w| lex.scales.contains_key(&*w) || w == "%" || w == "pct"),
            _ => false,
        }
}

/// "its Bentone 128 product", "the Thixogel 40 series": a whole number written in digits
/// after a capitalised word inside the sentence and before a product noun names the product
/// (`n` the number, `next` the token after it); so does one between "the" and "series" ("up
/// from 833,000 for the 300 series"), and a single digit after a work's title ("the
/// Dreamworks hit Shrek 2").
pub(super) fn is_product_name(text: &str, toks: &Toks, n: &Number, lex: &Lexicon) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // ("Guccifer 2.0 is a different person", "Web 2.0": a version after a title-case name,
    // before no unit; not a table's capitals, "CORN 2.0")
    let version = raw(n.first)
        .strip_suffix(".0")
        .is_some_and(|w| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()));
    if version && !n.words && n.next == n.first + 1 && n.first > 0 {
        let name = raw(n.first - 1);
        let after = raw(n.next).to_ascii_lowercase();
        return name.len() >= 2
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !super::scan::is_month(text, toks, n.first - 1)
            && lex.unit_for_alias(&name.to_ascii_lowercase()).is_none()
            && lex.unit_for_alias(&after).is_none()
            && !lex.scales.contains_key(&*after)
            // (not a wire table's line: "Revs 14.0 billion vs 13.9 billion", "Net 2.0 vs 1.5")
            && !matches!(&*after, "%" | "pct" | "per" | "a" | "an" | "vs" | "vs.");
    }
    // (a whole number in digits alone, the common case left first)
    if n.words || n.next != n.first + 1 || !raw(n.first).bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let name = raw(n.first.wrapping_sub(1));
    let title = name.len() >= 3
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].bytes().all(|b| b.is_ascii_lowercase());
    // (inside the sentence: a lower-case word before the name, or before its first capitalised
    // words, "the Band Aid 20 single")
    // ("the update, Service Pack 2,": or after an appositive's comma)
    let inside = (2..=4).take_while(|&k| k <= n.first).any(|k| {
        (raw(n.first - k).starts_with(|c: char| c.is_ascii_lowercase())
            || raw(n.first - k) == ","
                && n.first > k
                && raw(n.first - k - 1).starts_with(|c: char| c.is_ascii_alphabetic()))
            && (2..k).all(|j| {
                let w = raw(n.first - j);
                w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.ends_with('s')
            })
    });
    // ("in an interview on Sunday's 60 Minutes.": a capitalised time unit inside the sentence
    // names a programme; not a title-case headline, "Explained In 90 Seconds Flat")
    let show = || {
        let unit_word = raw(n.next);
        unit_word.len() >= 4
            && unit_word.starts_with(|c: char| c.is_ascii_uppercase())
            && unit_word[1..].bytes().all(|b| b.is_ascii_lowercase())
            && n.first >= 1
            && (name.ends_with("'s")
                || name.ends_with("’s")
                || name.starts_with(|c: char| c.is_ascii_lowercase()))
            && toks.get(n.next + 1).is_some_and(|t| {
                t.kind != Kind::Word || text[t.start..].starts_with(|c: char| c.is_lowercase())
            })
            && lex
                .unit_for_alias(&unit_word.to_ascii_lowercase())
                .is_some_and(|u| u.dimension == "time")
    };
    // ("Intel Corp's <INTC> 80386 microprocessor": after a company's ticker)
    let ticker = raw(n.first.wrapping_sub(1)) == ">" && lex.product_nouns.contains(raw(n.next));
    // ("for the 300 series", "the 7 Series": a model line named by its number alone)
    let series = raw(n.first.wrapping_sub(1)) == "the"
        && raw(n.next).eq_ignore_ascii_case("series")
        && raw(n.next + 1) != "of";
    // ("According to Il Sole 24 Ore", "Formula 1 Grand Prix": a short number between two
    // capitalised words inside the sentence; not before a capitalised plural, "5 Republicans")
    let titled = |k: usize| {
        let w = raw(k);
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !super::scan::is_month(text, toks, k)
    };
    let named_inside = n.first >= 2
        && (n.first.saturating_sub(4)..n.first - 1)
            .any(|k| raw(k).starts_with(|c: char| c.is_ascii_lowercase()));
    let between_names = raw(n.first).len() <= 3
        && title
        && named_inside
        && titled(n.next)
        && !raw(n.next).ends_with('s')
        && lex.unit_for_alias(&raw(n.next).to_lowercase()).is_none();
    // ("the Dreamworks hit Shrek 2": a sequel's single digit after a work's title; "despite
    // Shrek 2's greater box office success": or before a possessive)
    let sequel = title
        && matches!(raw(n.first), "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9")
        && (lex.work_nouns.contains(raw(n.first.wrapping_sub(2)))
            || matches!(raw(n.next), "'s" | "’s" | "'" | "’")
                && toks.get(n.next).is_some_and(|t| t.glued)
                && raw(n.next + 1).starts_with(|c: char| c.is_ascii_lowercase()));
    // ("in 1987's Robocop and Robocop 2 three years later": or after a title named before
    // without it)
    let repeated_sequel = title
        && matches!(raw(n.first), "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9")
        && (0..n.first.saturating_sub(2)).any(|k| raw(k) == name && raw(k + 1) != raw(n.first));
    // ("Spider-Man 2 triumphed": a single digit after a hyphened title, before a verb)
    let compound_sequel = title
        && n.first >= 3
        && raw(n.first - 2) == "-"
        && toks[n.first - 2].glued
        && toks[n.first - 1].glued
        && raw(n.first - 3).starts_with(|c: char| c.is_ascii_uppercase())
        && raw(n.first).len() == 1
        && toks.get(n.next).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && (!w.ends_with('s') || matches!(w, "is" | "was" | "has"))
                && lex.unit_for_alias(w).is_none()
        });
    // ("has beaten Shrek 2 to the main prizes": a sequel's single digit after a title that
    // is a participle's object, before a preposition)
    let object_sequel = title
        && inside
        && matches!(raw(n.first), "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9")
        && ["en", "ed"].iter().any(|e| raw(n.first - 2).ends_with(e))
        && matches!(raw(n.next), "to" | "at" | "in" | "for" | "with" | "as")
        // (not a range: "raised Fund 2 to 50 mln dlrs")
        && toks.get(n.next + 1).is_some_and(|t| t.kind != Kind::Num);
    // ("the list was 50 Cent, who": a stage name, a capitalised "Cent" inside the sentence)
    // ("confronted 50 Cent's entourage": and its possessive)
    let stage_name = n.first > 0 && matches!(raw(n.next), "Cent" | "Cent's" | "Cent’s");
    // ("Internet Explorer 7 is widely seen", "Halo 2 was": a version's digit after a title
    // opening the sentence or after another capitalised word, before an auxiliary)
    let version = title
        && raw(n.first).len() == 1
        && (n.first == 1 || raw(n.first - 2).starts_with(|c: char| c.is_ascii_uppercase()))
        && !super::scan::is_month(text, toks, n.first - 1)
        && matches!(
            raw(n.next),
            "is" | "was" | "will" | "has" | "had" | "would" | "can"
        );
    // ("to Windows XP, Service Pack 2, would": one or two digits after a capitalised word
    // inside the sentence, ending a clause)
    let titled_end = title
        && inside
        && raw(n.first).len() <= 2
        && matches!(raw(n.next), "," | "." | ";" | ":" | ")")
        && !super::scan::is_month(text, toks, n.first - 1)
        && lex.unit_for_alias(&name.to_ascii_lowercase()).is_none()
        // (not a poll's list of names and shares: "Obama 52, Romney 45")
        && !(raw(n.next) == ","
            && raw(n.next + 1).starts_with(|c: char| c.is_ascii_uppercase())
            && toks.get(n.next + 2).is_some_and(|t| t.kind == Kind::Num));
    // ("production of the Rover 25 to China", "the Dow 30 since": a whole number after "the"
    // and one capitalised word, before neither a unit nor a number, names a model or an
    // index; not a plural's or a country's, "the Netherlands 12, Belgium 10")
    let the_model = || {
        let after = raw(n.next);
        title
            && n.first >= 2
            && raw(n.first - 2).eq_ignore_ascii_case("the")
            && !name.ends_with('s')
            && !super::scan::is_month(text, toks, n.first - 1)
            && !matches!(name, "Spring" | "Summer" | "Autumn" | "Fall" | "Winter")
            && toks.get(n.next).is_none_or(|t| t.kind != Kind::Num)
            && !raw(n.next + 1).starts_with(|c: char| c.is_ascii_digit())
            && (after.starts_with(|c: char| c.is_ascii_lowercase()) || after.len() == 1)
            && lex.unit_for_alias(&after.to_ascii_lowercase()).is_none()
            && !lex.numbers.contains_key(after)
            && !matches!(
                after,
                "mln" | "bln" | "pct" | "m" | "bn" | "per" | "a" | "an"
            )
    };
    // ("On Sunday, the 603 Alliance will stage": a whole number after "the" before one
    // capitalised singular that is no unit names a group)
    let the_named = || {
        let noun = raw(n.next);
        n.first >= 1
            && raw(n.first - 1).eq_ignore_ascii_case("the")
            && noun.len() >= 3
            && noun.starts_with(|c: char| c.is_ascii_uppercase())
            && noun[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !noun.ends_with('s')
            && !super::scan::is_month(text, toks, n.next)
            && lex.unit_for_alias(&noun.to_ascii_lowercase()).is_none()
            // (ending its phrase: not "the 17 Republican presidential contenders")
            && toks.get(n.next + 1).is_none_or(|t| {
                t.kind == Kind::Sym && t.glued
                    || t.kind == Kind::Word
                        && lex.concept.function_words.contains(&text[t.start..t.end])
            })
    };
    // ("under an existing PL 480 agreement": a whole number after capitals, before a singular
    // noun that is no unit, names a law or a model; a count would take a plural)
    let acronym_model = || {
        let (code, noun) = (raw(n.first.wrapping_sub(1)), raw(n.next));
        (2..=4).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_uppercase())
            // (a unit's capitals before the number are no unit, "the HP 607 model"; a
            // currency's are, "DM 500 bonds")
            && lex
                .unit_for_alias(&code.to_ascii_lowercase())
                .is_none_or(|u| u.dimension != "currency")
            && noun.len() >= 3
            && noun.bytes().all(|b| b.is_ascii_lowercase())
            && !noun.ends_with('s')
            && lex.unit_for_alias(noun).is_none()
            && !lex.concept.function_words.contains(noun)
    };
    title && inside && lex.product_nouns.contains(raw(n.next))
        || the_model()
        || the_named()
        || acronym_model()
        || titled_end
        || ticker
        || series
        || sequel
        || repeated_sequel
        || compound_sequel
        || object_sequel
        || version
        || stage_name
        || between_names
        || show()
}

/// "His latest book is "Two Days in June: … the 48 Hours that Made History"": a number inside a
/// quotation written in title case, before a capitalised word, is part of a title.
pub(super) fn is_quoted_title(text: &str, toks: &Toks, n: &Number) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let title = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let mut chars = text[t.start..t.end].chars();
            t.kind == Kind::Word
                && chars.next().is_some_and(char::is_uppercase)
                && chars.all(char::is_lowercase)
        })
    };
    // (a quoted headline's share stays a figure: "Sales Rose 5 Percent")
    if !title(n.next) || matches!(raw(n.next), "Percent" | "Per" | "Pct") {
        return false;
    }
    // the quotation opens a few tokens back (a straight quote opens when a word is glued
    // after it) and has not closed
    let open = (n.first.saturating_sub(12)..n.first)
        .rev()
        .find(|&k| matches!(raw(k), "“" | "”" | "\""))
        .filter(|&k| raw(k) == "“" || raw(k) == "\"" && toks.get(k + 1).is_some_and(|t| t.glued));
    let Some(open) = open else {
        return false;
    };
    // ("told “60 Minutes,” that": a quotation of digits and one capitalised word only)
    let closes = |k: usize| matches!(raw(k), "”" | "\"");
    let alone = closes(n.next + 1) || raw(n.next + 1) == "," && closes(n.next + 2);
    if !n.words && open + 1 == n.first && alone {
        return true;
    }
    // a number word is capitalised itself ("Two Days"), digits follow two capitalised words
    // ("the 48 Hours"; not "“ten Islamist militias", "“20 Islamist militias")
    let titled_before = (open + 1..n.first).filter(|&k| title(k)).count();
    if if n.words {
        !title(n.first)
    } else {
        titled_before < 2
    } {
        return false;
    }
    // every word of the quotation so far is capitalised or a short function word
    (open + 1..n.first).all(|k| {
        toks[k].kind != Kind::Word
            || title(k)
            || matches!(
                raw(k),
                "of" | "in" | "the" | "a" | "an" | "and" | "to" | "that" | "on"
            )
    }) && (open + 1 == n.first || title(open + 1))
}

/// "a two-state solution", "a one-stop flight", "two-way trade": a number word hyphenated into
/// an idiom (`[names] idioms` in the schema) counts nothing (`first`..`next` the number).
pub(super) fn is_idiom(text: &str, toks: &Toks, first: usize, next: usize, lex: &Lexicon) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    let hyphened = next == first + 1
        && raw(next) == "-"
        && glued(next)
        && glued(next + 1)
        && lex
            .number_idioms
            .contains(&format!("{}-{}", raw(first), raw(next + 1)).to_lowercase());
    // ("a discussion of a two state solution": the idiom's hyphen left out before its noun)
    let spaced = || {
        next == first + 1
            && raw(next + 1) == "solution"
            && lex
                .number_idioms
                .contains(&format!("{}-{}", raw(first), raw(next)).to_lowercase())
    };
    hyphened || spaced()
}
