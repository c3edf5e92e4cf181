//! Numbers that are no quantities: days of the month and years ("May 28 and 29", "1979"),
//! times, ordinals, identifiers and phone numbers ("222-2222"), forms ("a 13-G filing"), a
//! photo gallery's position line ("7 of 9 Photos"); years written short or with their era
//! are in `years.rs`; idioms ("not in a million years", "one
//! day" as "some day") are in `one.rs`.
//! Numbers inside names are [`super::names`]'.

use super::lexer::{Kind, Toks};
use super::lexicon::Lexicon;
use super::number::Number;
use super::scan::is_month;

/// Is the number at `n` a date part, time, ordinal or identifier rather than a quantity?
pub(super) fn is_not_quantity(
    text: &str,
    toks: &Toks,
    n: &Number,
    money: bool,
    lex: &Lexicon,
) -> bool {
    let tok = toks[n.first];
    let raw = &text[tok.start..tok.end];
    // ("3M products": a company's name)
    if !money && is_brand(text, toks, n.first, lex) {
        return true;
    }
    // ("Estelle came in at 39,": a chart position, a bare number ending its clause; not "sales
    // came in at 39 mln dlrs")
    let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == w);
    // (a model's number, an ordinal of a scale, a list's item, a substitute's minute, a
    // charter's laydays)
    if super::markers::is_marker(text, toks, n) {
        return true;
    }
    // ("the 4x100m relay": the number of legs)
    if at(n.next, "x") && super::notation::relay_leg(text, toks, n.next + 1) {
        return true;
    }
    // ("the X.25 packet switching network", "a V.90 modem": a standard's letter and number)
    let letter = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.end - t.start == 1 && text[t.start..t.end].bytes().all(|b| b.is_ascii_uppercase())
        })
    };
    if n.first >= 2
        && tok.glued
        && at(n.first - 1, ".")
        && toks[n.first - 1].glued
        && letter(n.first - 2)
    {
        return true;
    }
    if n.first >= 3
        && at(n.first - 1, "at")
        && at(n.first - 2, "in")
        && ["came", "went", "straight", "comes", "goes", "entered"]
            .iter()
            .any(|w| at(n.first - 3, w))
        && toks
            .get(n.next)
            .is_none_or(|t| t.kind == Kind::Sym && !t.glued || at(n.next, ","))
    {
        return true;
    }
    // ("steers - choice 2-3 1100-1300 lbs", "hogs - us 1-3": a livestock grade's digits)
    let grade = n.first >= 1
        && [
            "choice", "Choice", "select", "Select", "prime", "Prime", "us", "US", "U.S.", "good",
            "Good", "standard", "Standard",
        ]
        .iter()
        .any(|g| at(n.first - 1, g))
        && raw.len() == 1
        && at(n.next, "-")
        && toks.get(n.next + 1).is_some_and(|t| {
            t.glued && t.end - t.start == 1 && text[t.start..t.end].bytes().all(|b| b.is_ascii_digit())
        })
        // (a table's next cell after it, not a unit: "cost us 1-3 mln dlrs")
        && toks.get(n.next + 2).is_none_or(|t| t.kind != Kind::Word);
    if grade {
        return true;
    }
    // ordinals and times: "21st", "9am", "11 p.m", "10 GMT" (all short ASCII words)
    let mut buf = [0u8; 16];
    let after = toks.get(n.next).and_then(|t| {
        super::scan::ascii_lower(&text[t.start..t.end], &mut buf).map(|w| (t.glued, w))
    });
    match after {
        Some((true, "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m" | "p.m" | ":")) => return true,
        // (not an age group: "for over-75s")
        Some((true, "s")) => {
            return super::notation::age_group(text, toks, n.first, n.next).is_none()
                && super::notation::decade_age(text, toks, n.first, n.next, n.value).is_none()
        }
        Some((false, "am" | "pm" | "a.m" | "p.m" | "o'clock")) => return true,
        Some((false, zone)) if lex.time_zones.contains(zone) => return true,
        _ => {}
    }
    // "at 2 o’clock" (a curly apostrophe is no ASCII word)
    if toks
        .get(n.next)
        .is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("o’clock"))
    {
        return true;
    }
    // "from 0800 to 1400 CST": four digits with a leading zero are a clock time, and so is the
    // other end of their span ("a curfew between 2200 and 0700")
    let clock = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            w.len() == 4 && w.starts_with('0') && w.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let hhmm = raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && raw[..2] <= *"24"
        && raw[2..] < *"60";
    // ("at about 2200 hrs local time", "after 1530 hrs", "hit at 1715 hours": military hours;
    // "1530 hours" alone may be a span)
    let unit_after = toks.get(n.next).map(|t| &text[t.start..t.end]);
    // ("At 1456 local time", "at 1400 GMT": before a zone)
    let zone = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = &text[t.start..t.end];
            w == "local" || lex.time_zones.contains(&*w.to_ascii_lowercase())
        })
    };
    let hrs = hhmm
        && (unit_after == Some("hrs")
            || unit_after == Some("hours")
                && (zone(n.next + 1)
                    || n.first > 0
                        && &text[toks[n.first - 1].start..toks[n.first - 1].end] == "at")
            || unit_after == Some("local")
                && toks
                    .get(n.next + 1)
                    .is_some_and(|t| matches!(&text[t.start..t.end], "time" | "hours"))
            || unit_after.is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
                && zone(n.next));
    if clock(n.first)
        || hrs
        || (hhmm && ((n.first >= 2 && clock(n.first - 2)) || clock(n.next + 1)))
    {
        return true;
    }
    // ("[embedtweet id="509774437701668864"]": twelve digits or more, no separator: an id)
    if raw.len() >= 12 && raw.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // ("if it's 12.30 on a Saturday morning": an hour and its minutes before a day)
    let dotted_hour = raw.split_once('.').is_some_and(|(h, m)| {
        h.len() <= 2 && m.len() == 2 && h.parse::<u8>().is_ok_and(|h| h <= 24) && *m < *"60"
    });
    let day_after = |k: usize| {
        toks.get(k)
            .is_some_and(|t| text[t.start..t.end].parse::<chrono::Weekday>().is_ok())
    };
    // (not a price on a day: "closed at 12.30 on Monday")
    let on_a = || {
        super::number::word(text, toks, n.next).as_deref() == Some("on")
            && super::number::word(text, toks, n.next + 1).as_deref() == Some("a")
    };
    if dotted_hour && on_a() && day_after(n.next + 2) {
        return true;
    }
    // "called 911", "911 calls", "the 9-11 Commission": emergency numbers and the date
    let word_at = |k: usize| super::number::word(text, toks, k).unwrap_or_default();
    // ("waivers known as 1332 waivers", "a plan dubbed 2020 Vision": a number that names;
    // not money, "known as a $5 fee")
    let named = n.first >= 2
        && !money
        && toks[n.first].kind == Kind::Num
        && (word_at(n.first - 1) == "dubbed"
            || (word_at(n.first - 1) == "as" && word_at(n.first - 2) == "known"));
    // ("Boeing's twin-aisle 777 plane": a number before a single aircraft is its model)
    let aircraft = toks[n.first].kind == Kind::Num
        && n.next == n.first + 1
        && raw.len() == 3
        && (matches!(&*word_at(n.next), "plane" | "jet" | "airliner" | "jetliner")
            // ("a brand new 747 Air Force One": a Boeing model before a name)
            || raw.starts_with('7')
                && raw.ends_with('7')
                && toks.get(n.next).is_some_and(|t| {
                    text[t.start..t.end].starts_with(|c: char| c.is_ascii_uppercase())
                })
                && n.first > 0
                && matches!(&*word_at(n.first - 1), "new" | "boeing" | "a" | "the" | "its"));
    // ("a zero coupon euronote", "a zero-sum game": a term, no figure)
    let hyphen = usize::from(word_at(n.next) == "-");
    // ("two blocks north of ground zero": a place)
    let zero_term = raw.eq_ignore_ascii_case("zero")
        && (lex.zero_terms.contains(&*word_at(n.next + hyphen))
            || n.first > 0 && matches!(&*word_at(n.first - 1), "ground" | "patient")
            // ("measures zero in on the costs": the verb)
            || word_at(n.next) == "in" && word_at(n.next + 1) == "on");
    // ("The Quarterly Journal of Economics 111, no. 4": a journal's volume)
    let volume = toks
        .get(n.next)
        .is_some_and(|t| &text[t.start..t.end] == ",")
        && word_at(n.next + 1) == "no"
        && toks
            .get(n.next + 2)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == ".");
    if volume {
        return true;
    }
    // ("to play 007": a whole number written with a leading zero is a code)
    let code = raw.len() >= 2
        && raw.starts_with('0')
        && raw.bytes().all(|b| b.is_ascii_digit())
        && n.next == n.first + 1
        && !money;
    let era = super::years::is_era_year(text, toks, n);
    if named || aircraft || zero_term || code || era {
        return true;
    }
    let emergency = raw == "911"
        && n.next == n.first + 1
        && (n.first > 0 && lex.emergency_before.contains(&*word_at(n.first - 1))
            || lex.emergency_after.contains(&*word_at(n.next)));
    let nine_eleven = raw == "9"
        && toks
            .get(n.next)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "-" | "/"))
        && toks
            .get(n.next + 1)
            .is_some_and(|t| t.glued && &text[t.start..t.end] == "11");
    // ("their bravery on 911", "since 911,": the date, not before a counted noun)
    let date_911 = raw == "911"
        && n.first > 0
        && matches!(&*word_at(n.first - 1), "on" | "since" | "after" | "post")
        && toks.get(n.next).is_none_or(|t| t.kind != Kind::Word);
    if emergency || nine_eleven || date_911 {
        return true;
    }
    if super::markers::is_bracketed(text, toks, n) {
        return true;
    }
    // "Germany during the 30's", "the 1960's": a decade
    let quote_s = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "'" | "’"))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.glued && &text[t.start..t.end] == "s")
    };
    if n.value % 10.0 == 0.0 && n.value >= 10.0 && quote_s(n.next) {
        return true;
    }
    // "at 0930 hrs EST", "1600 hours GMT": a four-digit clock time
    let clock = raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && n.value < 2400.0
        && n.value % 100.0 < 60.0;
    if clock {
        let word_at = |k: usize| {
            toks.get(k)
                .map(|t| text[t.start..t.end].to_ascii_lowercase())
        };
        let hours = matches!(
            word_at(n.next).as_deref(),
            Some("hrs" | "hours" | "hr" | "h")
        );
        if hours && word_at(n.next + 1).is_some_and(|z| lex.time_zones.contains(z.as_str())) {
            return true;
        }
    }
    let raw_at = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    // "from 6-9 a.m.": the first end of a range of times
    let time_range = matches!(raw_at(n.next), "-" | "–" | "to")
        && toks.get(n.next + 1).is_some_and(|t| t.kind == Kind::Num)
        && matches!(
            raw_at(n.next + 2).to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m" | "p.m"
        );
    // "caf&#233;": a character reference left in the text
    let entity = n.first >= 2
        && raw_at(n.first - 1) == "#"
        && raw_at(n.first - 2) == "&"
        && toks[n.first].glued
        && raw_at(n.next) == ";";
    // "20 J/m^2": an exponent; "the #1-rated newsletter": a rank
    let exponent = n.first >= 1 && matches!(raw_at(n.first - 1), "^" | "#") && toks[n.first].glued;
    // "its CMS 8800/S system": a model's code, digits glued to a slash and capitals that are
    // no unit (not "$50/BBL", "5/8")
    let code = !money
        && raw_at(n.next) == "/"
        && toks.get(n.next).is_some_and(|t| t.glued)
        && toks.get(n.next + 1).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.glued
                && t.kind == Kind::Word
                && w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && (w.len() == 1 || lex.unit_for_alias(&w.to_ascii_lowercase()).is_none())
        });
    // "Western Financial Auto Loans 2 Inc": a number inside a company's name
    let company = !money
        && n.first > 0
        && text[toks[n.first - 1].start..].starts_with(|c: char| c.is_ascii_uppercase())
        && matches!(
            raw_at(n.next),
            "Inc" | "Corp" | "Ltd" | "Co" | "Plc" | "PLC" | "LLC" | "Trust" | "Fund" | "Bancorp"
        );
    if time_range || entity || exponent || code || company {
        return true;
    }
    // "on March Three": a day written in words
    if n.words && n.first > 0 && is_month(text, toks, n.first - 1) && n.value <= 31.0 {
        return true;
    }
    if money || n.words {
        return false;
    }
    // "Feb 4", and with an abbreviation's period, "Oct. 13"
    let dot_before = n.first > 1
        && toks
            .get(n.first - 1)
            .is_some_and(|t| &text[t.start..t.end] == ".")
        && is_month(text, toks, n.first - 2)
        && n.value <= 31.0;
    // "May 28 and 29", "Feb 4-6", "March 1 through 20": a second day of the month
    let second_day = n.first > 2
        && n.value <= 31.0
        && matches!(
            &text[toks[n.first - 1].start..toks[n.first - 1].end],
            "and" | "to" | "-" | "–" | "or" | "through" | "thru"
        )
        && toks[n.first - 2].kind == Kind::Num
        && toks[n.first - 2].end - toks[n.first - 2].start <= 2
        && is_month(text, toks, n.first - 3);
    // ("the January 10-year government bond": a month naming a hyphened term, no day)
    let term = raw_at(n.next) == "-"
        && toks.get(n.next).is_some_and(|t| t.glued)
        && toks.get(n.next + 1).is_some_and(|t| {
            t.glued && matches!(&text[t.start..t.end], "year" | "month" | "week" | "day")
        });
    // ("May/Jul  1      under": a spread between two months, its cell after a wide gap)
    let spread_cell = n.first >= 3
        && raw_at(n.first - 2) == "/"
        && is_month(text, toks, n.first - 3)
        && text[toks[n.first - 1].end..toks[n.first].start].len() >= 2;
    let month_before = (n.first > 0 && is_month(text, toks, n.first - 1) && !term && !spread_cell)
        || dot_before
        || second_day;
    // "23 February", but not "1.5400 February 23" (a quote before a date)
    let whole = raw.bytes().all(|b| b.is_ascii_digit());
    // ("to 7-3/4 pct from 7-1/2 may prompt": no day is a fraction)
    let day = n.value <= 31.0 && n.value.fract() == 0.0 && whole;
    // ("from 3-8 May", "12 to 14 March", "6 or 7 January": the first day of a range of days)
    let day_range_after = toks
        .get(n.next)
        .is_some_and(|t| matches!(&text[t.start..t.end], "-" | "–" | "to" | "and" | "or"))
        && toks
            .get(n.next + 1)
            .is_some_and(|t| t.kind == Kind::Num && t.end - t.start <= 2)
        && is_month(text, toks, n.next + 2);
    // ("11, 2012, attack on the U.S. outpost": a date's day and year, its month cut off)
    let year_after = raw_at(n.next) == ","
        && toks.get(n.next + 1).is_some_and(|t| {
            let y = &text[t.start..t.end];
            y.len() == 4 && (y.starts_with("19") || y.starts_with("20"))
        })
        && !toks
            .get(n.next + 2)
            .is_some_and(|t| t.glued && t.kind == Kind::Num)
        && n.first == 0;
    // (not a futures contract's month code: "UP 1  SEP7 277 1/2")
    let month_code = toks
        .get(n.next + 1)
        .is_some_and(|t| t.glued && t.kind == Kind::Num);
    // ("the 19 Sept. 11 hijackers": the month has its own day after it, before a noun)
    let dot = usize::from(raw_at(n.next + 1) == ".");
    let own_day = toks
        .get(n.next + 1 + dot)
        .is_some_and(|t| t.kind == Kind::Num && t.end - t.start <= 2)
        && toks.get(n.next + 2 + dot).is_some_and(|t| {
            let w = &text[t.start..t.end];
            t.kind == Kind::Word
                && w.len() > 3
                && w.ends_with('s')
                && w.bytes().all(|b| b.is_ascii_lowercase())
        });
    let month_after =
        (is_month(text, toks, n.next) && !month_code && !own_day || day_range_after || year_after)
            && day;
    // years before 1800 only where a preposition says so: "in 1776", not "1500 b"
    let old_year = n.first > 0
        && matches!(
            super::number::word(text, toks, n.first - 1).as_deref(),
            Some(
                "in" | "since" | "until" | "by" | "circa" | "from" | "during" | "before" | "after"
            )
        );
    let years = if old_year {
        1000.0..=2100.0
    } else {
        1800.0..=2100.0
    };
    // ("the economic crash of 2007–8": a year range's short end)
    let year_end = n.first >= 2
        && raw.len() <= 2
        && whole
        && matches!(raw_at(n.first - 1), "-" | "–")
        && toks[n.first].glued
        && toks[n.first - 1].glued
        && raw_at(n.first - 2).len() == 4
        && raw_at(n.first - 2)
            .parse::<u16>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    if year_end {
        return true;
    }
    // ("1986 year end assets": a year before the singular "year" is a date)
    let year_like = raw.len() == 4 && years.contains(&n.value) && n.scale == 1.0;
    let year_named =
        year_like && super::number::word(text, toks, n.next).as_deref() == Some("year");
    // ("before the year 2,000": a year after "the year", however written)
    let after_the_year = n.value.fract() == 0.0
        && n.scale == 1.0
        && years.contains(&n.value)
        && n.first >= 2
        && raw_at(n.first - 1).eq_ignore_ascii_case("year")
        && raw_at(n.first - 2).eq_ignore_ascii_case("the")
        && toks.get(n.next).is_none_or(|t| t.kind != Kind::Word);
    if year_named || after_the_year {
        return true;
    }
    // ("May 6765  Aug 13126": after a month, a number no day or year is a table's cell)
    // (two digits may be a year: "Feb 87"; no day has decimals: "Dec   0.34 under")
    let date_number =
        whole && (n.value <= 31.0 || raw.len() == 2 || (1000.0..=2100.0).contains(&n.value));
    (month_before && date_number)
        || month_after
        || (year_like
            && !super::year_counts::counts_before_noun(text, toks, n, lex)
            && !super::year_counts::bounded_count(text, toks, n))
}

/// "a 13-G filing", "Form 8-K", "10-Q": a number hyphenated to one capital letter that ends
/// the word names a form (`next` is the token after the number), and so does one glued to
/// it before a filing ("its 10K filing").
pub(super) fn is_form_name(text: &str, toks: &Toks, next: usize) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued_form = matches!(raw(next), "K" | "Q")
        && toks.get(next).is_some_and(|t| t.glued)
        && matches!(raw(next + 1), "filing" | "filings" | "report" | "form");
    let letter = raw(next + 1);
    glued_form
        || toks.get(next).is_some_and(|t| t.glued)
            && raw(next) == "-"
            && toks.get(next + 1).is_some_and(|t| t.glued)
            && letter.len() == 1
            && letter.bytes().all(|b| b.is_ascii_uppercase())
            && toks
                .get(next + 2)
                .is_none_or(|t| !t.glued || !matches!(t.kind, Kind::Word | Kind::Num))
}

/// A number in a ratio or a lean rather than an amount: "a two-for-one split", "a
/// four-for-three stock split", "a five-to-three stock split" (`first`..`next` the number), "a
/// D+9 sample", "an R+5 district" (a capital letter glued to a plus sign before the number),
/// the base of a rate ("per 100,000 people"), or a vote's tally ("voted four to one").
pub(super) fn is_ratio_or_lean(
    text: &str,
    toks: &Toks,
    first: usize,
    next: usize,
    lex: &Lexicon,
) -> bool {
    let raw = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    let split_words = |k: usize| lex.counted.issue_terms.contains(raw(k));
    // ("a five-to-three stock split": "to" too, before the split's words)
    let for_after = raw(next) == "-"
        && (raw(next + 1) == "for" || raw(next + 1) == "to" && split_words(next + 4))
        && raw(next + 2) == "-";
    let for_after = for_after && glued(next) && glued(next + 1) && glued(next + 2);
    let for_before = first >= 3
        && raw(first - 1) == "-"
        && (raw(first - 2) == "for" || raw(first - 2) == "to" && split_words(next))
        && raw(first - 3) == "-"
        && glued(first)
        && glued(first - 1)
        && glued(first - 2);
    let lean = first >= 2
        && raw(first - 1) == "+"
        && glued(first)
        && glued(first - 1)
        && raw(first - 2).len() == 1
        && raw(first - 2).bytes().all(|b| b.is_ascii_uppercase());
    // ("a one for 25 reverse stock split", "a 100 for 13 rights offering", "a one-for-five …")
    let spaced_for = (raw(next) == "for" && split_words(next + 2))
        || (first >= 2 && raw(first - 1) == "for" && split_words(next));
    // ("deaths per 100,000 people rose": the base of a rate)
    // (not a share's nominal value: "earnings per 20-crown share")
    // ("8.67 dlrs per 90-kg bag": nor a hyphened measure describing the base)
    let par_value = raw(next) == "-"
        && glued(next)
        && (matches!(raw(next + 2), "share" | "shares")
            || glued(next + 1)
                && toks
                    .get(next + 2)
                    .is_some_and(|t| t.kind == Kind::Word && !t.glued));
    let per_base = first >= 1 && raw(first - 1).eq_ignore_ascii_case("per") && !par_value;
    // ("ICC voted four to one to reject the merger": a vote's tally, either end)
    let voted = |k: usize| matches!(raw(k), "voted" | "voting" | "vote" | "votes");
    let number = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == Kind::Num)
            || lex
                .numbers
                .contains_key(raw(k).to_ascii_lowercase().as_str())
    };
    let tally = first >= 1 && voted(first - 1) && raw(next) == "to" && number(next + 1)
        || first >= 3 && raw(first - 1) == "to" && number(first - 2) && voted(first - 3);
    for_after || for_before || lean || spaced_for || per_base || tally
}

/// Three or more numbers joined by glued hyphens or slashes: a phone number, date or id; or
/// two with a plural "s" glued on, a model's name ("five 737-400s").
pub(super) fn is_id_chain(text: &str, toks: &Toks, j: usize) -> bool {
    let link = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && matches!(&text[t.start..t.end], "-" | "/" | "."))
    };
    let num = |k: usize| toks.get(k).is_some_and(|t| t.glued && t.kind == Kind::Num);
    let is = |k: usize, s: &str| toks.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    // "1-1/4": a mixed number, not an id
    let mixed = is(j + 1, "-") && is(j + 3, "/") && !(link(j + 5) && num(j + 6));
    // ("15 extended-range 767-300's": an apostrophe may stand before the "s")
    let quote =
        usize::from((is(j + 3, "'") || is(j + 3, "’")) && toks.get(j + 3).is_some_and(|t| t.glued));
    let models = is(j + 1, "-") && is(j + 3 + quote, "s") && toks[j + 3 + quote].glued;
    // ("the 777-200LR": a model's letters glued after its number)
    let lettered = is(j + 1, "-")
        && toks.get(j + 3).is_some_and(|t| {
            t.glued
                && t.kind == Kind::Word
                && text[t.start..t.end].bytes().all(|b| b.is_ascii_uppercase())
        });
    toks.get(j).is_some_and(|t| t.kind == Kind::Num)
        && link(j + 1)
        && num(j + 2)
        && ((link(j + 3) && num(j + 4) && !mixed) || models || lettered)
}

/// Is token `i` (digits) glued to the capitals after it a company's name ("3M said", "3M
/// products"): listed, after no currency, and before no plural it would count ("3M homes")?
pub(super) fn is_brand(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    let (Some(n), Some(w)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    if n.kind != Kind::Num
        || !w.glued
        || w.kind != Kind::Word
        || !text[w.start..].starts_with(|c: char| c.is_ascii_uppercase())
    {
        return false;
    }
    let currency = i > 0 && toks[i - 1].kind == Kind::Sym && n.glued;
    let counts = || {
        let after = super::number::word(text, toks, i + 2).unwrap_or_default();
        after.len() > 3
            && after.ends_with('s')
            && toks[i + 2].folded
            && !lex.product_nouns.contains(&*after)
            && !lex.concept.function_words.contains(&*after)
    };
    lex.brands.contains(&text[n.start..w.end]) && !currency && !counts()
}

/// Does token `i` open a gallery's position line: "7 of 9 Photos"?
pub(super) fn is_gallery_line(text: &str, toks: &Toks, i: usize, lex: &Lexicon) -> bool {
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num);
    num(i)
        && super::number::word(text, toks, i + 1).as_deref() == Some("of")
        && num(i + 2)
        && super::number::word(text, toks, i + 3).is_some_and(|w| lex.galleries.contains(&*w))
}
