//! Numbers that name things rather than measure them: products written in camel case
//! ("HydroCal 2", "PlayStation 3"), capitalised labels ("Measure 3"), named sites ("the
//! Sakhalin 3 field"), a product after a ticker ("<INTC> 80386 microprocessor") and a
//! programme named by a capitalised time ("Sunday's 60 Minutes"), digits ending a clause after
//! a capitalised word ("Shrek 2."), a digit after a hyphened title ("Spider-Man 2 triumphed") or
//! after a title named before without it ("Robocop and Robocop 2"),
//! international phone numbers, knockout rounds ("the last 16"), and days offered as
//! alternatives ("on 6 or 7 January"); a quoted title of digits and a word ("“60 Minutes,”"),
//! a capitalised "Year 3000", a scale read once.

use super::{extract, one};

#[test]
fn a_product_or_ballot_measure_number_is_a_name() {
    for text in [
        "financing for its HydroCal 2 heavy hydrotreating system",
        "Sony's PlayStation 3 console will be released in San Francisco",
        "making Measure 3 part of the constitution would give it permanence",
        // a year's last two digits after an apostrophe
        "He had supported Ford in ’76, H.W.",
        "Wages have barely budged since '08",
        "dividends on its series 2 preferred shares will remain suspended",
        // clock times with a leading zero, and the other end of their span
        "CBT bond futures continue to trade from 0800 to 1400 CST.",
        "a curfew between 2200 and 0700, except",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // but a camel-case name before a counted figure, a decimal in a table or a possessive's
    // figure stays a figure
    for (text, figure) in [
        ("Yates spoke with Donald McGahn three times", 3.0),
        ("Africa 125.0  WestHem     1,050.5  1,114.0", 1050.5),
        ("McDonald's 2,000 restaurants", 2000.0),
        ("YouTube 10 million views", 1e7),
        ("he scored '10 points'", 10.0),
    ] {
        let f = extract(text);
        assert!(f.iter().any(|f| f.value == Some(figure)), "{text}: {f:?}");
    }
}

#[test]
fn listed_model_numbers_figure_labels_codes_and_some_day_are_no_figures() {
    for text in [
        // a plural name word before a list names every number of it
        "East of the river, in Wards 7 and 8, unemployment is higher",
        "the Rules of Fair Practice, Sections 1, 5 and 18",
        // a figure's label, a product code with a slash
        "joining the Court's left-leaning justices (Figure 2).",
        "its CMS 8800/S system incorporates Ericsson hardware",
        // "one day" meaning "some day"
        "if one day they will say it is too dangerous, we will change our plans",
        "One day, the king came back.",
        "I have a dream that one day this nation will rise up",
        "children who will one day live in a nation where",
        "the ambition of so many players to one day be captain of England",
        // a second day of the month after "through"
        "in the March 1 through 20 period",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // a listed model number leaves the price change after it whole
    let c = extract("it has cut prices on its models 2 and 4 to 2,699 dlrs from 2,999 dlrs");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].from, c[0].value), (Some(2999.0), Some(2699.0)));
    // "one day" as a span of time stays a figure
    for text in [
        "One day later he died.",
        "The strike lasted one day, the union said.",
        "The strike was cut to one day later on.",
    ] {
        assert_eq!(extract(text).len(), 1, "{text}");
    }
    // and "$50/BBL" is a price per barrel, not a code
    let oil = extract("Oil was $50/BBL.");
    assert_eq!(oil[0].unit.as_deref(), Some("dollar per barrel"));
}

#[test]
fn a_day_and_year_whose_month_was_cut_off_is_a_date() {
    assert!(extract("11, 2012, attack on the U.S. outpost in Benghazi").is_empty());
}

#[test]
fn a_name_word_before_a_spelled_number_and_a_unit_measures() {
    let f = extract("He made a full recovery, only to leave the band two years later.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(2.0), Some("year"))
    );
    // but "Chapter 11", "the top five in the world" stay names
    assert!(extract("It filed for Chapter 11 and is in the top five in the world.").is_empty());
}

#[test]
fn grade_ranges_company_numbers_and_ticker_brackets() {
    for text in [
        "educational choice for K–12 students",
        "Westcorp's Western Financial Auto Loans 2 Inc said it has begun",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // a ticker's closing bracket is no "more than"
    let f = extract("to issue its shareholder <Signature Capital Corp> 20 mln common shares");
    assert_eq!(f[0].change, crate::model::Change::Exact, "{f:?}");
}

#[test]
fn hyperbole_and_invisible_characters_make_no_figure_and_an_age_follows_now() {
    for text in [
        "\"Not in a million years would John Terry have gone down in the same way.",
        "I would never in a thousand years have guessed it.",
        // a soft hyphen inside "COVID-19"
        "to respond to the projected COVID-\u{ad}19 outbreak",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // a ranking's name
    assert!(extract("He talks to CEOs from Fortune 500 companies.").is_empty());
    // a literal span stays
    assert_eq!(extract("The sun will die in a billion years.").len(), 1);
    let f = extract("Mr. Lewis, now 77, stared straight ahead.");
    assert_eq!(f[0].unit.as_deref(), Some("year"), "{f:?}");
}

#[test]
fn the_end_of_a_span_of_years_is_no_figure() {
    for text in [
        "the fixed positions of 2016–18 is irrational",
        "In 2016-18 it grew.",
        "The 1987/88 season.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn a_month_s_table_cells_are_figures_and_model_plurals_are_not() {
    let f = extract("May 6765  Aug 13126  Dec 167  Total 25273");
    let values: Vec<_> = f.iter().filter_map(|f| f.value).collect();
    assert_eq!(values, vec![6765.0, 13126.0, 167.0, 25273.0], "{f:?}");
    // days, years and two-digit years after a month stay dates
    for text in [
        "On May 5 it rose.",
        "In May 2003 it rose.",
        "Feb 87 Jan 87 Feb 86",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    let f = extract("the lease of five 737-400s");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].value, Some(5.0));
}

#[test]
fn product_names_and_model_plurals_are_no_figures() {
    for text in [
        "infringes on NL's patent protecting its Bentone 128 product.",
        "the launch of the Falcon 9 rocket",
        "the Type 45 Destroyer",
        "On pages two and three of the newspaper were drawings.",
        "are reciprocity clauses 183 to 186.",
        "the attack occurred at about 2200 hrs local time (1800 GMT).",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
    let f = extract("its order for 15 extended-range 767-300's from AMR Corp");
    assert_eq!(f.len(), 1, "{f:?}");
    // a count after a capitalised word at a sentence's start stays
    assert_eq!(extract("Toyota 5 cars were recalled.").len(), 1);
}

#[test]
fn a_list_of_named_numbers_ends_before_a_level() {
    let f = extract(
        "it has cut prices on its models 2 and 4 to 2,699 dlrs from 2,999 dlrs and to 3,999 dlrs from 4,499 dlrs.",
    );
    let values: Vec<_> = f.iter().map(|f| (f.value, f.from)).collect();
    assert_eq!(
        values,
        vec![(Some(2699.0), Some(2999.0)), (Some(3999.0), Some(4499.0))]
    );
    // a count before the next "the" keeps no adverb for a noun
    assert_eq!(extract("on top of the 14 already allocated")[0].unit, None);
}

#[test]
fn legal_codes_in_glued_brackets_and_a_clock_time_on_a_day() {
    assert!(extract("the 501(c)(3) organizations United for Puerto Rico").is_empty());
    assert!(extract("Section 2(1) applies").is_empty());
    let f = extract("If it's 12.30 on a Saturday morning and you close for 24 hours.");
    assert_eq!(f.len(), 1, "{f:?}");
    // (a price on a day stays)
    assert_eq!(extract("Shares closed at 12.30 on Monday.").len(), 1);
}

#[test]
fn long_digit_ids_are_no_figures() {
    assert!(extract(r#"[embedtweet id="509774437701668864"]"#).is_empty());
    // (a long number with separators still counts)
    assert_eq!(
        extract("the Clintons earned $140,937,785 over the span").len(),
        1
    );
}

#[test]
fn a_model_series_and_a_futures_month_code() {
    // "for the 300 series": a model line (but "the 3 series of the show" counts)
    let f = extract("It weighs 870,000 pounds, up from 833,000 for the 300 series.");
    assert!(f.iter().all(|f| f.value != Some(300.0)), "{f:#?}");
    assert_eq!(extract("He filmed the 3 series of the show.").len(), 1);
    // "UP 1  SEP7": a contract month glued to its year is no date after a day
    let f = extract("JUL7 281 3/4            UP      1  SEP7 277 1/2");
    assert!(f.iter().any(|f| f.value == Some(1.0)), "{f:#?}");
    assert_eq!(extract("It opened on 1 Sep 2019.").len(), 0);
}

#[test]
fn a_sequel_s_number_a_bracketed_list_marker_and_grand_as_an_adjective() {
    let f = extract("It was the Dreamworks hit Shrek 2, which took an estimated $458 m.");
    assert!(f.iter().all(|f| f.value != Some(2.0)), "{f:#?}");
    // (a poll's figures after names stay)
    assert_eq!(extract("The poll has Obama 52, Romney 45.").len(), 2);
    assert!(extract("(1) Trump's spokespeople initially couldn't agree.").is_empty());
    // "two grand slams" counts slams; "two grand a month" is two thousand
    let f = extract("Two grand slams, it's already something.");
    assert_eq!(f[0].value, Some(2.0), "{f:#?}");
    assert_eq!(extract("It cost two grand a month.")[0].value, Some(2000.0));
}

#[test]
fn a_number_between_capitalised_words_and_once_twice_as_frequencies() {
    assert!(extract("According to Il Sole 24 Ore, Italy's business newspaper.").is_empty());
    // (a count before a capitalised plural stays)
    assert_eq!(extract("In Ohio 5 Republicans voted.").len(), 1);
    let f = extract("Trump has tweeted the word just once but loser 234 times.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(1.0), Some("time"))
    );
    let f = extract("Moms shop at Wal-Mart stores at least once a month.");
    assert_eq!(
        (f[0].unit.as_deref(), f[0].change),
        (Some("time per month"), crate::model::Change::More)
    );
    let f = extract("They meet twice a month.");
    assert_eq!(
        (f[0].unit.as_deref(), f[0].change),
        (Some("time per month"), crate::model::Change::Exact)
    );
    for text in [
        "Once again he failed.",
        "Do it at once.",
        "He scored twice a minute later.",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
}

#[test]
fn double_the_previous_record_and_a_numbered_organization() {
    let f = extract("It was a new record and nearly double the previous record of 5.9 mln tonnes.");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(2.0), Some("time"))
    );
    assert!(extract("He scored twice the previous week.").is_empty());
    assert!(extract("The indictment refers to WikiLeaks as “Organization 1.”").is_empty());
    let f = extract("It pushed employment to a record low of 3.24 million.");
    assert_eq!(f[0].change, crate::model::Change::Down);
}

#[test]
fn a_number_naming_a_site_or_mission_is_no_figure() {
    assert!(extract("agreements to develop the Sakhalin 3 field.").is_empty());
    assert!(extract("the Apollo 11 mission landed").is_empty());
    // (a lower-case word before the number: a count of fields)
    assert_eq!(extract("to develop 3 fields").len(), 1);
    // a capitalised possessive before a number word, a lower-case word after it
    assert!(extract("Ocean's Twelve raids box office").is_empty());
    assert_eq!(extract("Britain's two main parties agree").len(), 1);
}

#[test]
fn a_product_after_a_ticker_and_a_programme_are_names() {
    assert!(extract("incorporating Intel Corp's <INTC> 80386 microprocessor, the chip").is_empty());
    assert!(extract("in an interview on Sunday's 60 Minutes.").is_empty());
    // (a lower-case unit, or a title-case headline's, is a measure)
    assert_eq!(extract("gun problem explained in 90 seconds").len(), 1);
    assert_eq!(extract("Gun Problem Explained In 90 Minutes Flat").len(), 1);
}

#[test]
fn digits_ending_a_clause_after_a_capitalised_word_name_a_work() {
    assert!(extract("voted best comedy film beating Shaun of the Dead and Shrek 2.").is_empty());
    assert!(extract("the debentures due Marcxh 31, 1991, and warrants").is_empty());
    // (a unit or a month before the digits: a figure or a date)
    assert_eq!(extract("the price rose to 5 Cents.").len(), 1);
    // international phone numbers are no figures
    assert!(extract("text them or call +44 7624 800 100 (International).").is_empty());
}

#[test]
fn a_knockout_round_named_by_who_is_left_counts_nothing() {
    for text in [
        "An early goal earned them a place in the Uefa Cup last 16.",
        "The Swede reached the last four by beating Thomas Enqvist",
        "Henman, who now faces Igor Andreev in the last 16, admitted it was difficult",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // a count or time after "last" stays one
    for (text, figure) in [
        ("Sales rose in the last four years.", 4.0),
        ("The last 16 were freed on Monday.", 16.0),
        (
            "below 500 mln stg for the third month out of the last four",
            4.0,
        ),
    ] {
        let f = extract(text);
        assert!(f.iter().any(|f| f.value == Some(figure)), "{text}: {f:?}");
    }
}

#[test]
fn a_digit_after_a_hyphened_title_names_a_sequel() {
    for text in [
        "The decision to make Internet Explorer 7 is widely seen as a U-turn.",
        "Doom 3 was a hit.",
        "Half-Life 2 is out now for the PC",
        "The highest-ranking rap act in the list was 50 Cent, who",
        "Lord Falconer agreed the 1701 Act of Settlement was discriminatory",
        "Under a 1789 law, it is banned.",
        "Spider-Man 2 triumphed in the visual effects category.",
        "Copies of Half-Life 2 had been circulating on file-sharing systems.",
        // (a title named before without its digit: the sequel)
        "He starred in Robocop and Robocop 2 with her.",
    ] {
        let f = extract(text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // not a count or a measure after a hyphened name
    assert_eq!(extract("Rolls-Royce 2 engines failed.").len(), 1);
    assert_eq!(extract("Coca-Cola rose 2 pct.").len(), 1);
    assert_eq!(extract("It sold 1701 cars.").len(), 1);
    // the version's digit goes, the span of years stays
    let f = extract("Doom 3 was developed over four years.");
    assert!(f.len() == 1 && f[0].value == Some(4.0), "{f:?}");
}

#[test]
fn days_offered_as_alternatives_are_a_date() {
    assert!(extract("There is a meeting planned for 6 or 7 January to sort it out.").is_empty());
    // (not months: "6 or 7 months" is a range)
    assert_eq!(extract("It takes 6 or 7 months.")[0].high, Some(7.0));
}

#[test]
fn a_sequel_after_a_participle_is_a_title() {
    assert!(extract("The Incredibles movie has beaten Shrek 2 to the main prizes.").is_empty());
    // (not a range after a capitalised word)
    assert_eq!(
        extract("It increased Exports 5 to 10 pct.")[0].low,
        Some(5.0)
    );
}

#[test]
fn a_name_of_several_capitalised_words_keeps_its_number() {
    assert!(extract("like the Band Aid 20 single raising money").is_empty());
    assert!(extract("as measured by the Stoxx Europe 600 index.").is_empty());
    // (a lower-case word before, or a plural name, or no product noun after: a figure)
    assert_eq!(extract("he visited the White House 13 times").len(), 1);
    assert_eq!(extract("the band sold 20 singles").len(), 1);
}

#[test]
fn a_title_case_headline_counts_its_capitalised_nouns() {
    let f = extract("Two Doctors Weigh Whether To Accept Obamacare Plans");
    assert_eq!(f[0].unit.as_deref(), Some("doctor"), "{f:?}");
    let f = extract("Police Arrest Three Men After Raid On Farm");
    assert_eq!(f[0].unit.as_deref(), Some("man"), "{f:?}");
    // (not a capitalised word after a verb, nor a name in a list, nor outside a headline)
    let f = extract("3 Face Criminal Charges Over Flint Water Crisis");
    assert_eq!(f[0].unit, None, "{f:?}");
    let f = extract("5 Carlos Moya Beats Home Favourite");
    assert_eq!(f[0].unit, None, "{f:?}");
    let f = extract("He met the 12 Apostles at dawn.");
    assert_eq!(f[0].unit, None, "{f:?}");
}

#[test]
fn a_number_after_the_and_one_capitalised_word_names_a_model() {
    assert!(extract("to shift production of the Rover 25 to China").is_empty());
    assert!(extract("the gadget of the decade was the Tandy 100.").is_empty());
    // (a unit after it, or a plural or a country before it: a figure)
    assert_eq!(extract("it gave the Senate 30 days").len(), 1);
    assert_eq!(extract("votes: the Netherlands 12, Belgium 10").len(), 2);
}

#[test]
fn a_law_or_model_after_capitals_before_a_singular_noun() {
    assert!(extract("under an existing PL 480 agreement, the department said.").is_empty());
    assert!(extract("trees from the RRIM 725 clone planted in Malaysia").is_empty());
    // (a plural after it counts: "GM 300 workers")
    assert_eq!(extract("GM 300 workers were laid off").len(), 1);
    // (a currency's code before a number: "DMK 1.8216  FFR 6.0612")
    let f = extract("DMK 1.8216  FFR 6.0612");
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("mark"), Some("franc")]);
}

#[test]
fn a_version_after_a_title_case_name_is_part_of_it() {
    assert!(extract("Note also that Guccifer 2.0 is a different person.").is_empty());
    assert!(extract("the Net browser Opera 8.0 was released").is_empty());
    // (a unit after it, or a table's capitals before it: a figure)
    assert_eq!(extract("The Dow 2.0 pct lower").len(), 1);
    assert_eq!(extract("CORN 2.0 1.5").len(), 2);
}

#[test]
fn a_table_s_short_year_and_a_wire_line_s_decimal() {
    let f = extract("JAN'87  DEC'86   JAN'86  Refined production   155,980 164,243");
    assert_eq!(f.len(), 2, "{f:?}");
    // (a wire line's label before a decimal is no name's version)
    assert_eq!(extract("Revs 14.0 billion vs 13.9 billion").len(), 2);
    assert_eq!(extract("Net 2.0 vs 1.5").len(), 2);
}

#[test]
fn a_capitalised_number_word_after_of_and_a_clock_time_in_hours() {
    assert!(extract("the joy of Six will keep the home fires burning").is_empty());
    assert!(extract("the tanker was hit at 1715 hours on March 21").is_empty());
    // (in a title-case headline, a count: "Sales Of Four Units")
    assert_eq!(extract("Sales Of Four Units Rose Sharply Today").len(), 1);
    // (a conversion listed after a semicolon keeps the bound)
    let f = extract("a fine up to 200,000 yuan ($24,000; £12,700).");
    assert!(
        f.iter().all(|f| f.change == crate::model::Change::Less),
        "{f:?}"
    );
}

#[test]
fn a_stage_name_s_possessive_and_one_known_as() {
    assert!(extract("they confronted 50 Cent's entourage.").is_empty());
    assert!(extract("particularly one known as Wap-push, to get").is_empty());
}

#[test]
fn a_quoted_title_of_digits_and_a_word_and_a_capitalised_year_name() {
    for text in [
        "In 1995 she told “60 Minutes,” that she would run.",
        "Alexander strongly denied to \"60 Minutes\" that the NSA could monitor calls.",
        "Their singles include What I Go To School For, Year 3000, Crashed The Wedding.",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
    // (a quoted count in words stays: "a rating of "four Pinocchios,"")
    let f = extract("It gave the claim a rating of \"four Pinocchios,\" the worst score.");
    assert_eq!(f.len(), 1);
    // (and a scale word after a currency after a scale is no second scale)
    let f = one("It was part of a 950 mln dlr billion dlr loan loss provision.");
    assert_eq!(f.value, Some(9.5e8));
}

#[test]
fn a_number_after_the_before_one_capitalised_singular_names_a_group_or_model() {
    for text in [
        "On Sunday, the 603 Alliance will stage a daylong summit.",
        "Prices rose for the 944 Turbo, the company said.",
    ] {
        let f = extract(text);
        assert!(
            f.iter()
                .all(|g| g.value != Some(603.0) && g.value != Some(944.0)),
            "{text}: {f:?}"
        );
    }
    // (a count before capitalised modifiers and its noun)
    let f = extract("It polled the 17 Republican presidential contenders.");
    assert_eq!(f[0].value, Some(17.0));
}

#[test]
fn a_boeing_model_before_a_name_and_a_model_before_airplanes() {
    let f =
        extract("Boeing is building a brand new 747 Air Force One, but costs are over $4 billion.");
    assert_eq!(f.len(), 1, "{f:?}");
    let f = extract("It ordered six new Jetstream 31 airplanes.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].value, Some(6.0));
}

#[test]
fn a_group_named_by_letters_digits_and_a_plus_is_no_figure() {
    let f = extract("The U.S. and its five partners, known collectively as the P5+1, agreed.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].value, Some(5.0));
    // (a sum in digits keeps its numbers)
    assert_eq!(extract("a score of 5+1 points").len(), 2);
}

#[test]
fn a_capitalised_number_word_before_a_scale_word_is_an_amount() {
    let f = extract("The European Union just slapped a Five Billion Dollar fine on Google.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(5e9), Some("dollar"))
    );
    assert!(extract("Flanker Colin Charvis is unlikely to play in the Six Nations.").is_empty());
}

#[test]
fn a_line_up_substitute_s_minute_is_no_figure() {
    let f = extract(
        "Almunia, Lauren, Cygan, Senderos, Cole, Fabregas (Toure 90), Vieira, Flamini (Aliadiere \
         113), Clichy, Lupoli (Owusu-Abeyie 45), Ljungberg.",
    );
    assert!(f.is_empty(), "{f:#?}");
    // (a name's figure in brackets otherwise stays: "Smith (aged 90)", "Apple (12 pct)")
    let f = extract("The stake held by Apple (12 pct) was sold.");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_model_after_a_units_capitals() {
    // ("HP" is horsepower after a number, a maker's name before one)
    assert!(extract("The cameras are based on the HP 607 model.").is_empty());
    assert_eq!(
        one("It has 300 HP engines.").unit.as_deref(),
        Some("horsepower")
    );
}

#[test]
fn a_capitalised_number_word_ending_a_name_before_a_stop() {
    let f = extract("The three are part of the so-called Cuban Five -- a group.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(extract("the stocks of the Detroit Big Three, General Motors").is_empty());
}

#[test]
fn the_last_32_is_a_knockout_round() {
    assert!(extract("A win would put them through to the last 32 if Basle fail.").is_empty());
    assert!(extract("Burnley's reward for a place in the last 16 was a home tie.").is_empty());
    // (but a span counted back is a figure)
    assert_eq!(extract("Prices rose in the last 32 years.").len(), 1);
}
