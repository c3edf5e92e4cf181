//! Units shared along a list of amounts ("47,000 tonnes of barley, 78,600 of wheat");
//! modifiers between a count and its noun that are initials or hyphen chains ("250 U.S.
//! victories", "14 free-to-air channels"); money written with a country ("84.9 U.S. cts a
//! bushel", "47 Canadian cts"); a part of a whole ("50,000 people worldwide, with about 7,000
//! in the UK") and an amount elided past a compound ("of 13-week notes and 100 mln of").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_bare_amount_of_a_thing_takes_the_unit_listed_before_it() {
    let text = "a further 233,600 tonnes of cereals will be loaded, comprising 47,000 tonnes of \
                barley, 78,600 of wheat and 25,000 of rapeseed for the Soviet Union, 30,000 of \
                wheat for Sri Lanka";
    let figures = extract(text);
    let units: Vec<(&str, Option<&str>)> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.unit.as_deref()))
        .collect();
    for amount in ["78,600", "25,000", "30,000"] {
        assert!(
            units.contains(&(amount, Some("metric ton"))),
            "{amount}: {units:?}"
        );
    }
    // parts of a whole and counts do not take the measured unit
    for (text, bare) in [
        (
            "shipped 500 tonnes of rice, 10 of the 12 ships were late",
            "10",
        ),
        ("it bought 40 tonnes of copper, 3 of them from Chile", "3"),
        ("it has 12 ships of grain, 5 of wheat", "5"),
    ] {
        let f = extract(text);
        let f = f.iter().find(|f| f.text == bare);
        assert!(
            f.is_none_or(|f| f.unit.as_deref() != Some("metric ton")),
            "{text}: {f:?}"
        );
    }
}

#[test]
fn a_whole_number_of_a_counted_whole_counts_the_same_thing() {
    for (text, unit) in [
        (
            "Eight of the 12 states reported snowpack below normal",
            Some("state"),
        ),
        ("he won three of four contests", Some("contest")),
        ("10 of the 12 ships were late", Some("ship")),
        // a fraction of the whole, or a whole measured in another unit, is no count of it
        ("A third of the 2,000 broadband users left", None),
        ("and 650 mln of 21-year stock at 7.6 pct", None),
    ] {
        let f = extract(text);
        assert_eq!(f[0].unit.as_deref(), unit, "{text}: {f:?}");
    }
}

#[test]
fn initials_and_hyphen_chains_stand_between_a_count_and_its_noun() {
    for (text, unit) in [
        ("it has secured 250 U.S. victories so far", "victory"),
        ("Nine US states have legalised it", "state"),
        ("all 25 EU members signed", "member"),
        ("able to receive 14 free-to-air channels", "channel"),
        ("Seven major U.S. farm groups objected", "group"),
        (
            "it has yet to be ratified by the 12 EC countries",
            "country",
        ),
        ("The UAW struck at three GM factories", "factory"),
        ("a split between four GOP-appointed justices", "justice"),
        (
            "around 16 mainly foreign banks had parked positions",
            "bank",
        ),
        // (an adverb hyphened to its adjective; a noun in -ly)
        ("the two partially-paralysed people did better", "people"),
        ("to unseat two London Assembly members", "member"),
        // (a plural's possessive modifying the plural after it; but "the two lawmakers'
        // differences" counts the owners)
        ("praised by two US critics' associations", "association"),
        (
            "The two lawmakers' differences threatened talks",
            "lawmaker",
        ),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // not across a table's column gap
    let f = extract("Individual division 97.1 mln vs 89.5 mln  U.K. Group pensions 10.5 mln");
    assert!(
        f.iter().all(|f| f.unit.as_deref() != Some("pension")),
        "{f:?}"
    );
}

#[test]
fn cents_and_dollars_named_with_their_country_are_money() {
    for (text, unit, currency) in [
        (
            "a countervailing duty of 84.9 U.S. cts a bushel",
            "cent per bushel",
            "USD",
        ),
        (
            "the rand stays at its current level of 48 U.S. Cents.",
            "cent",
            "USD",
        ),
        (
            "it raised crude prices by about 47 Canadian cts a barrel",
            "Canadian cent per barrel",
            "CAD",
        ),
        ("at 88.90 U.S dlrs c and f Taiwan", "dollar", "USD"),
    ] {
        let f = one(text);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
        assert_eq!(f.currency.as_deref(), Some(currency), "{text}");
    }
    assert_eq!(
        one("or 42,000 U.S. gallons.").unit.as_deref(),
        Some("gallon")
    );
}

#[test]
fn an_adverb_after_a_change_verb_keeps_a_change_and_its_level_apart() {
    // "jumped nearly two cts to 33 cts": the amount and the level reached, not a range
    let f = extract("the financial rand jumped nearly two cts to 33 U.S. Cts.");
    let values: Vec<Option<f64>> = f.iter().map(|f| f.value).collect();
    assert_eq!(values, [Some(2.0), Some(33.0)], "{f:?}");
    // two close ends after an adverb are a range
    let f = one("Sales are expected to rise about 5.5 pct to six pct this year.");
    assert_eq!((f.low, f.high), (Some(5.5), Some(6.0)));
}

#[test]
fn modifiers_joined_by_and_stand_between_a_count_and_its_noun() {
    for (text, unit) in [
        (
            "it paid 371 mln dlrs to 160,000 hourly and salaried employees",
            "employee",
        ),
        ("UK Coal operates 15 deep and surface mines", "mine"),
        ("seven of Pride's 326 members voted", "member"),
        // (the joiner counts for none of the four modifiers)
        (
            "after five past and present Missouri Republican senators urged Akin",
            "senator",
        ),
    ] {
        let f = extract(text);
        assert!(
            f.iter()
                .any(|f| f.unit.as_deref() == Some(unit) && f.value.is_some_and(|v| v < 1e6)),
            "{text}: {f:?}"
        );
    }
    // a capitalised number word inside a sentence, before a capitalised word, names
    for text in [
        "ahead of Wales' Six Nations squad",
        "he told BBC Radio Five Live on Monday",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn a_count_of_a_named_group_counts_its_members() {
    for (text, unit) in [
        (
            "brought by 28 of the world's largest entertainment firms",
            Some("firm"),
        ),
        (
            "The company will move 700 of its employees",
            Some("employee"),
        ),
        (
            "it plans to repurchase up to five mln of its common shares",
            Some("share"),
        ),
        // a fraction of a group is no count of it
        ("more than half of the remaining proved reserves", None),
        ("just one-third of the votes in either house", None),
    ] {
        assert_eq!(extract(text)[0].unit.as_deref(), unit, "{text}");
    }
    assert_eq!(
        one("Gallup interviewed adults ages 18 and older.").change,
        crate::model::Change::More
    );
    assert!(extract("he told BBC Radio 4's Today programme").is_empty());
}

#[test]
fn a_part_of_an_owned_whole_and_an_original_earlier_value() {
    let f = extract("Hantuchova has won two of her three matches.");
    assert_eq!(f[0].unit.as_deref(), Some("match"), "{f:?}");
    let f = one("the bond has been increased to 69 mln stg from the original 55 mln");
    assert_eq!((f.from, f.value), (Some(5.5e7), Some(6.9e7)));
}

#[test]
fn a_share_of_an_owned_whole_measures_the_whole() {
    let t = "a third of Cowboy Ventures’ 30 investments, and more than 40 percent of Aspect \
             Ventures’ 13 investments.";
    let f = extract(t);
    let concepts: Vec<Option<&str>> = f.iter().map(|f| f.concept.as_deref()).collect();
    assert_eq!(concepts, [Some("investments"); 4], "{f:?}");
    assert_eq!(f[0].unit, None);
}

#[test]
fn a_poll_pair_of_shares_split_by_a_slash_is_two_figures() {
    let figs = extract("Mr. Bush has a 32 percent/37 percent favorable/unfavorable split.");
    let values: Vec<_> = figs.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        values,
        [(Some(32.0), Some("percent")), (Some(37.0), Some("percent"))]
    );
    // a name hyphenated to its number stays a name
    assert!(extract("the COVID-19 outbreak").is_empty());
}

#[test]
fn thousands_spaced_once_join_and_a_table_s_columns_do_not() {
    assert_eq!(one("It cost 10 000 euros.").value, Some(10000.0));
    assert_eq!(one("a population of 1 500 000").value, Some(1.5e6));
    let f = extract("DEL GRADES                254      236  10629");
    let values: Vec<_> = f.iter().filter_map(|f| f.value).collect();
    assert_eq!(values, vec![254.0, 236.0, 10629.0], "{f:?}");
}

#[test]
fn nouns_with_an_adjective_s_ending_count_and_a_compass_half_is_a_place() {
    for (text, unit) in [
        ("He was a two-goal striker.", "goal"),
        ("a 12-building complex", "building"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    assert_eq!(one("a two-dimensional model").unit, None);
    assert!(extract("the eastern half of Misima Island").is_empty());
}

#[test]
fn capitalised_kinds_along_a_list_share_the_counted_noun() {
    let figures = extract("about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools");
    let got: Vec<(Option<&str>, Option<&str>, Change)> = figures
        .iter()
        .map(|f| (f.unit.as_deref(), f.concept.as_deref(), f.change))
        .collect();
    // (and the estimate, said once for all)
    assert_eq!(
        got,
        [
            (Some("school"), Some("Muslim"), Change::Approx),
            (
                Some("school"),
                Some("Evangelical Christian"),
                Change::Approx
            ),
            (Some("school"), Some("Jewish schools"), Change::Approx),
        ]
    );
    // (not past the noun: each count its own kind of share)
    let f = extract("about 456,968 common shares and 527,035 Series A preferred shares");
    assert_eq!(f[1].change, Change::Exact, "{f:?}");
    // "six cylinder units": a feature's noun counted as if hyphened, and shared before "and"
    let f = extract("The new models include four and six cylinder units.");
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, [Some("cylinder"), Some("cylinder")]);
    assert_eq!(one("613.0 seat miles").unit.as_deref(), Some("mile"));
    // a comma alone does not make a list of kinds
    let f = extract("In Boston, 5 Democrats, 3 Republicans met 40 voters");
    assert!(f
        .iter()
        .all(|f| f.unit.as_deref() != Some("voter") || f.text.contains("40")));
}

#[test]
fn a_difference_after_the_figures_own_predicate_takes_its_unit() {
    let f = extract(
        "In July, 2.2 million persons were marginally attached to the labor force, down by \
         236,000 from a year earlier.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("people"));
    // (not past another clause's comma)
    let f = extract("It sold 300 cars, the company said on Monday, with profits, up 5");
    assert!(f.iter().all(|f| f.text != "5" || f.unit.is_none()));
}

#[test]
fn initials_hyphenated_to_a_modifier_and_a_wire_table_s_dn() {
    let f = one("two U.S.-based companies, Microsoft and J&J, have higher ratings");
    assert_eq!(f.unit.as_deref(), Some("company"));
    // "DN 1" in a cash grain table is a fall, "UP 2" a rise
    let f = extract("NEW HAVEN     12 UND MAY UNC   2 UND MAY DN 1");
    assert_eq!(f.last().map(|f| f.change), Some(crate::model::Change::Down));
}

#[test]
fn a_count_of_measured_things_and_a_class_letter() {
    let f = extract("Madagascar will tender today for two 10,000-tonne cargoes of wheat.");
    assert_eq!(f[0].unit.as_deref(), Some("cargo"));
    let f = one("It agreed to sell two mln class A subordinate voting shares to dealers.");
    assert_eq!(f.unit.as_deref(), Some("share"));
    let f = one("workers facing a one-day-per-week furlough");
    assert_eq!(f.unit.as_deref(), Some("day per week"));
}

#[test]
fn one_more_of_a_thing_counts_it() {
    let f =
        extract("prolonging the row by even one more briefing, or one more book for that matter");
    assert!(f.iter().any(|f| f.unit.as_deref() == Some("book")), "{f:?}");
    assert!(extract("One more thing").is_empty());
}

#[test]
fn an_adverb_before_two_modifiers_and_a_share_cut_by_nearly() {
    let f = one("She also won two sparsely populated western counties on the line.");
    assert_eq!(f.unit.as_deref(), Some("county"));
    let f = one("same-store sales fell by nearly a third in March");
    assert_eq!(
        (f.value.map(|v| (v * 3.0).round()), f.change),
        (Some(1.0), crate::model::Change::Down)
    );
}

#[test]
fn a_bare_count_before_more_counts_what_the_count_before_it_counts() {
    // "five children … and 20 more": the second count elides the noun
    for (text, unit) in [
        (
            "The hospital had five children in intensive care and 20 more in the pediatric unit.",
            "child",
        ),
        (
            "The blast killed five people and injured 20 more.",
            "people",
        ),
        // and so does a total after it
        (
            "It will allow five more members, taking the total to 20.",
            "member",
        ),
        ("It hired 7 workers, for a total of 20.", "worker"),
    ] {
        let figures = extract(text);
        let more = figures.iter().find(|f| f.text == "20");
        assert_eq!(more.and_then(|f| f.unit.as_deref()), Some(unit), "{text}");
    }
    // not a comparison, nor a count with its own noun phrase after "more"
    for text in [
        "Five people came, 20 more than last year.",
        "Labour would open 200 city academies and create 100,000 more sixth-form places.",
    ] {
        let figures = extract(text);
        let more = figures
            .iter()
            .find(|f| f.text == "20" || f.text == "100,000");
        assert!(
            more.is_some_and(
                |f| f.unit.as_deref() != Some("people") && f.unit.as_deref() != Some("academy")
            ),
            "{text}: {more:?}"
        );
    }
}

#[test]
fn a_bare_number_after_a_scaled_amount_of_its_size_takes_its_scale() {
    // "from 889.2 mln (revised from 889.5) in January and 903.2 in February": wire shorthand
    let text = "Exports rose to 998.4 mln dlrs, from 889.2 mln (revised from 889.5) in January \
                and 903.2 in February 1986.";
    let figures = extract(text);
    let values: Vec<(&str, Option<f64>, Option<&str>)> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.value, f.unit.as_deref()))
        .collect();
    for (bare, value) in [("889.5", 889.5e6), ("903.2", 903.2e6)] {
        assert!(
            values.contains(&(bare, Some(value), Some("dollar"))),
            "{bare}: {values:?}"
        );
    }
    let figures = extract("The deficit was 1.2 billion dlrs in 1986, against 950 in 1985.");
    assert_eq!(figures[1].value, Some(950e6));
    // not a count after it, nor a number far off in size
    let figures = extract(
        "It took a 20 mln dlr charge to cover the cost of closing 21 \"underperforming\" \
         company-owned restaurants.",
    );
    assert!(figures.iter().all(|f| f.value != Some(21e6)), "{figures:?}");
    let figures = extract("It earned 5 mln dlrs in 1986 and 900 in 1985.");
    assert_eq!(figures[1].value, Some(900.0), "{figures:?}");
}

#[test]
fn a_level_before_its_change_and_baseline_goes_their_way_in_their_unit() {
    let figures = extract(
        "Shoe-Town Inc said it had record February sales of 10,052,000 up 21.8 pct from \
         8,252,000 dlrs in the year earlier months.",
    );
    let got: Vec<(&str, Option<&str>, Change)> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.unit.as_deref(), f.change))
        .collect();
    assert_eq!(
        got,
        [
            ("10,052,000", Some("dollar"), Change::Up),
            ("21.8 pct", Some("percent"), Change::Up),
            ("8,252,000 dlrs", Some("dollar"), Change::Exact),
        ]
    );
    // the bare baseline takes the level's unit
    let figures = extract("Profit was 5.2 mln dlrs, down 10 pct from 5.8 mln.");
    assert_eq!(
        (figures[0].change, figures[2].unit.as_deref()),
        (Change::Down, Some("dollar"))
    );
    // "five candidates, plus two": the count after "plus"
    let figures = extract("“I have five candidates, plus two, two that are unknown,” he said.");
    assert_eq!(
        figures[1].unit.as_deref(),
        Some("candidate"),
        "{figures:#?}"
    );
}

#[test]
fn a_dealers_bid_and_offer_in_shorthand_and_a_clause_s_unit() {
    let f = extract(
        "Rates eased, one-month interbank sterling shedding 5/16 point to 10-9/16 7/16 and \
         three-months trading 1/16 point down at 10-5/16 3/16 pct.",
    );
    let got: Vec<(Option<f64>, Option<&str>, Change)> = f
        .iter()
        .map(|f| (f.value, f.unit.as_deref(), f.change))
        .collect();
    for quote in [
        (Some(0.3125), Some("point"), Change::Down),
        (Some(10.5625), Some("percent"), Change::Down),
        (Some(10.4375), Some("percent"), Change::Down),
        (Some(0.0625), Some("point"), Change::Down),
        (Some(10.3125), Some("percent"), Change::Down),
        (Some(10.1875), Some("percent"), Change::Down),
    ] {
        assert!(got.contains(&quote), "{quote:?}: {got:?}");
    }
    // the clause's amount without its unit
    let f = extract(
        "Pretax profits rose to 35.46 mln stg from 21.84 mln on turnover higher at 313.3 mln \
         after 252.2 mln.",
    );
    assert!(
        f[1..]
            .iter()
            .all(|f| f.unit.as_deref() == Some("pound sterling")),
        "{f:#?}"
    );
    let f = extract("The pork standard price is now 540 yen per kilo and the ceiling 760.");
    assert_eq!(f[1].unit.as_deref(), Some("yen per kilogram"));
    // (not a count before another figure)
    let f = extract("It will raise 100 mln Aus dlrs by placing 20 mln 7.5 pct convertible notes.");
    assert_eq!(f[1].unit, None, "{f:#?}");
    // "vs 17.00 estimated last month": the scale of the forecast before
    let f = extract("It forecast the crop at 17.00 mln tonnes, vs 17.00 estimated last month.");
    assert_eq!(f[1].value, Some(17e6));
    // "its one, two and three month rates": the first of a list of numbers
    let f = extract("It cut its one, two and three month treasury certificate rates.");
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn counts_of_lower_case_kinds_and_a_list_of_numbers_each_with_its_day() {
    let f = extract("DHL added 35 overseas and 10 domestic service centers to its network.");
    let got: Vec<(Option<&str>, Change)> =
        f.iter().map(|f| (f.unit.as_deref(), f.change)).collect();
    assert_eq!(got, [(Some("center"), Change::Up); 2]);
    // (not a count of another noun: "20 men and 10 women")
    let f = extract("20 men and 10 women came.");
    assert_eq!(f[0].unit.as_deref(), Some("man"));
    let f = extract(
        "US Airways had to cancel approximately 65 flights on Thursday, 180 on Friday, 140 on \
         Saturday, 43 on Sunday and 15 on Monday.",
    );
    assert!(
        f.iter().all(|f| f.unit.as_deref() == Some("flight")),
        "{f:#?}"
    );
    // (past what the amount is of, and a name with a particle: "Dar es Salaam")
    let f = extract(
        "Zambia exported 100,000 tonnes of copper through Dar es Salaam and 17,000 through \
         Beira.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("metric ton"), "{f:#?}");
    assert!(extract("1 of 5 FILE - In this file photo, Andy Card whispers.").is_empty());
}

#[test]
fn peoples_in_is_and_ites_a_new_extreme_and_pare() {
    for (text, unit) in [
        ("nearly 15,000 Somalis in a Kenyan refugee camp", "Somali"),
        (
            "some 22,000 Wisconsinites with pre-existing conditions",
            "Wisconsinite",
        ),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    assert_eq!(one("Do 5 analysis.").unit, None);
    let f = one("Congress' approval rating hit a new low of 10 percent earlier this year.");
    assert_eq!(f.change, Change::Down);
    let f = one("Shares hit a record high of 50 dlrs.");
    assert_eq!(f.change, Change::Up);
    let f = one("The program is to pare costs by 15 to 20 pct.");
    assert_eq!(f.change, Change::Down);
}

#[test]
fn a_part_of_a_whole_takes_its_unit() {
    let f = extract(
        "Cadbury Schweppes employs more than 50,000 people worldwide, with about 7,000 in the UK.",
    );
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].unit.as_deref(), Some("people"));
    assert_eq!(f[1].change, Change::Approx);
    let f = extract("It produced 10,000 tonnes, including 4,000 for export.");
    assert_eq!(f[1].unit.as_deref(), Some("metric ton"), "{f:#?}");
    // (not a number of its own clause: "10,000 tonnes, with 4,000 workers")
    let f = extract("It produced 10,000 tonnes last year, and 4,000 in the UK.");
    assert_eq!(f[1].unit, None, "{f:#?}");
}

#[test]
fn an_elided_amount_takes_its_unit_past_a_compound_of_a_number() {
    let f = extract(
        "The Reserve Bank said it would offer 400 mln dlrs of 13-week treasury notes and 100 mln \
         of 26-week notes for tender next week",
    );
    assert_eq!(f.len(), 4, "{f:#?}");
    assert_eq!(f[2].value, Some(1e8));
    assert_eq!(f[2].unit.as_deref(), Some("dollar"));
}

#[test]
fn a_bare_count_after_a_count_and_its_place_counts_the_same_thing() {
    let f = extract("They launched nearly 300 airstrikes in Iraq and nearly 200 in Syria.");
    assert_eq!(f[1].unit.as_deref(), Some("airstrike"), "{f:?}");
    let f = extract(
        "It called for the expulsion of 31 employees at the embassy and four in the consulates.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("employee"), "{f:?}");
    // (not a count of another noun)
    let f = extract("It has 300 stores in Texas and 200 employees.");
    assert_eq!(f[1].unit.as_deref(), Some("employee"), "{f:?}");
}

#[test]
fn a_pair_listed_with_a_comma_and_respectively_and_earlier_values_by_month() {
    let f = extract("1985 4th qtr and year include loss of 13.1 mln, 1.9 mln dlr respectively.");
    assert_eq!(f[0].unit.as_deref(), Some("dollar"));
    let f = extract(
        "Total volume was 238,287 lots against 235,665 in March 1986 and 233,403 in February 1987.",
    );
    assert_eq!(f[2].unit.as_deref(), Some("lot"));
    // ("its new Hot 100 chart": a chart's name)
    assert!(extract("It will make up its new Hot 100 chart.").is_empty());
}

#[test]
fn a_bare_amount_after_and_and_a_name_is_the_same_move() {
    let f = extract(
        "In the past two weeks, Citicorp added three billion dlrs and Chase Manhattan 1.6 billion \
         to loan-loss reserves.",
    );
    assert_eq!(
        (f[2].unit.as_deref(), f[2].change, f[2].concept.as_deref()),
        (Some("dollar"), Change::Up, Some("Chase Manhattan"))
    );
}
