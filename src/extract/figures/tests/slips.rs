//! Slips and short forms of wire and web copy: a doubled space before a unit, a part
//! "including" a figure with no comma, a model's name written like scientific notation
//! ("the 7E7"), "pg" for pages, a count hyphened into the noun it describes ("a 40-person
//! team"), "over" after a dispute noun, fiscal and split years as periods, a share in words after
//! "more than" ("More than a quarter have bought"), and an adverb after "one" ("one often").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_doubled_space_before_a_lower_case_unit_keeps_it() {
    let f = extract(
        "SOYBEANS - 1,879,000  bushels including 254,000 in CHICAGO and 1,625,000 in TOLEDO.",
    );
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, [Some("bushel"); 3]);
    assert_eq!(f[0].value, Some(1_879_000.0));
    // a table's next heading stays apart
    let table = extract("Sales 5,200,000  Year ago 4,100,000");
    assert!(table.iter().all(|f| f.unit.is_none()), "{table:?}");
}

#[test]
fn a_model_name_is_no_scientific_notation() {
    assert!(extract("Boeing says the mid-size 7E7 is super-economical.").is_empty());
    assert_eq!(one("It weighs 1.5E6 kg.").value, Some(1.5e6));
    assert_eq!(one("Violet light oscillates at 4e14 Hz").value, Some(4e14));
}

#[test]
fn a_count_hyphened_into_a_noun_describes_it() {
    let f = one("He sent a 4-pg letter to them.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(4.0), Some("page")));
    assert_eq!(f.concept.as_deref(), Some("letter"));
    for (text, concept) in [
        ("He leads a 40-person team.", "team"),
        ("a seven-person crew of a cargo plane", "crew"),
        ("Nobody was at the 5-person meeting.", "meeting"),
    ] {
        let f = one(text);
        assert_eq!(f.unit.as_deref(), Some("people"), "{text}");
        assert_eq!(f.concept.as_deref(), Some(concept), "{text}");
    }
    // a count standing alone is its own concept
    let alone = one("Police arrested 14 people.").concept;
    assert!(alone.is_some_and(|c| c.starts_with("people")));
}

#[test]
fn over_after_a_dispute_names_its_subject() {
    let f = one("the narrow legal argument over two ambiguously worded amendments");
    assert_eq!((f.value, f.change), (Some(2.0), Change::Exact));
    assert_eq!(one("the furore over one sentence").change, Change::Exact);
    assert_eq!(one("They paid over 40 dollars.").change, Change::More);
}

#[test]
fn fiscal_and_split_years_are_periods() {
    let f = one("Trade is estimated at 3.04 billion dlrs in fiscal 1986/87.");
    assert_eq!(f.period.as_deref(), Some("in fiscal 1986/87"));
    assert_eq!(f.concept.as_deref(), Some("Trade"));
    let f = one("Provisions were 636.0 mln dlrs in calendar 1986.");
    assert_eq!(f.period.as_deref(), Some("in calendar 1986"));
    assert_eq!(
        one("Sales were 5 mln dlrs in March.").period.as_deref(),
        Some("in March")
    );
}

#[test]
fn a_bare_amount_above_or_below_money_is_in_its_currency() {
    let f = extract(
        "Money fell to 56.8 billion francs from 68.6 billion but was above the 55.5 billion at \
         the end of 1985.",
    );
    assert_eq!(f[1].value, Some(55.5e9));
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("franc"), Change::More)
    );
}

#[test]
fn a_share_of_a_point_is_in_points() {
    let f = one("Citibank raised its prime rate by one quarter of a point.");
    assert_eq!(f.text, "one quarter of a point");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.25), Some("point")));
    assert_eq!(f.change, Change::Up);
}

#[test]
fn a_vague_amount_a_move_is_by_goes_its_way() {
    assert_eq!(
        one("The sign ticks up by several hundred years.").change,
        Change::Up
    );
    assert_eq!(
        one("Spending will rise by billions of dollars.").change,
        Change::Up
    );
    // a passive's agent is no move, nor a vague amount with no "by"
    for text in [
        "The banks are weighed down by billions of dollars of unpaid loans.",
        "Texas would stand to lose millions of dollars.",
        "He gave amnesty to millions of undocumented immigrants.",
    ] {
        assert_eq!(one(text).change, Change::Approx, "{text}");
    }
}

#[test]
fn parts_after_of_which_are_in_the_unit_of_the_whole() {
    let f = extract(
        "They estimated sugar imports at 1.8 mln tonnes, against 1.81 mln in 1986, of which \
         Australia is expected to supply 550,000, against 470,000, South Africa 350,000.",
    );
    assert_eq!(f.len(), 5);
    assert!(
        f.iter().all(|f| f.unit.as_deref() == Some("metric ton")),
        "{f:?}"
    );
    // "of which" after another noun is that noun's
    let f = extract(
        "It made 8,000 interviews with businesses, of which more than 2,700 were UK firms.",
    );
    assert_eq!(f[1].unit, None);
}

#[test]
fn a_bare_count_in_millions_after_one_of_its_size_is_in_its_noun() {
    let f = extract(
        "It attracted more than 4.1 million viewers - but that had dropped to fewer than 2.7 \
         million by the time it ended.",
    );
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("viewer"), Change::Less)
    );
}

#[test]
fn put_up_to_a_level_is_a_rise() {
    assert_eq!(one("This put the total up to 90%.").change, Change::Up);
    assert_eq!(
        one("They put up to 500 troops in place.").change,
        Change::Less
    );
}

#[test]
fn a_source_described_after_according_to_counts_nothing() {
    assert!(extract("The plan failed, according to one senator who spoke anonymously.").is_empty());
    assert!(extract("The plan failed, according to one official.").is_empty());
}

#[test]
fn a_majority_of_a_bare_number_is_in_the_counts_unit() {
    let f = extract("He won with 20,645 votes, giving the Tory leader a majority of 5,907.");
    assert_eq!(f[1].unit.as_deref(), Some("vote"));
    // a lead larger than the count is no part of it
    let f = extract("He won 12 seats and a lead of 300,000 in the popular count.");
    assert_eq!(f[1].unit, None);
}

#[test]
fn several_hundred_or_thousand_counts_the_noun_after() {
    let f = one("Attacks are launched using several hundred or thousand different machines.");
    assert_eq!((f.low, f.unit.as_deref()), (Some(300.0), Some("machine")));
}

#[test]
fn the_region_or_the_tune_of_a_figure_is_no_concept() {
    let f = one("Brewing profits were in the region of 80 mln punts.");
    assert_eq!(f.concept.as_deref(), Some("profits"));
    let f = one("Spending rose to the tune of 3.5 billion dlrs.");
    assert_eq!(f.concept.as_deref(), Some("Spending"));
    // a range of its own is: "a designed range of 12,500 kms"
    let f = extract("The 400 series has a designed range of 12,500 kms.");
    assert_eq!(f[1].concept.as_deref(), Some("range"));
}

#[test]
fn a_measures_possessive_names_what_it_measures() {
    for (text, concept) in [
        (
            "It combines a player with up to 30 hours' battery life.",
            "battery life",
        ),
        ("He could end it with six months’ notice.", "notice"),
        (
            "Two months' worth of records could provide a road map.",
            "records",
        ),
    ] {
        assert_eq!(one(text).concept.as_deref(), Some(concept), "{text}");
    }
    let f = one("It will be radically different in five years' time.");
    assert_ne!(f.concept.as_deref(), Some("time"));
}

#[test]
fn a_number_word_paired_with_a_names_number_is_part_of_the_name() {
    let text = "It would keep them on course for a first Five or Six Nations title since 1994.";
    assert!(extract(text).is_empty());
}

#[test]
fn a_share_in_words_restated_or_before_its_verb_is_a_figure() {
    let f = extract("compared with only about a third (32%) of those who express liberal views");
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].value, f[0].change), (Some(1.0 / 3.0), Change::Approx));
    // the bracket restates it exactly
    assert_eq!((f[1].value, f[1].change), (Some(32.0), Change::Exact));
    assert_eq!(
        one("Only a quarter labeled Christie a bully.").value,
        Some(0.25)
    );
    // ordinals stay ordinals
    assert!(extract("He won only a third term.").is_empty());
}

#[test]
fn a_verb_through_a_record_and_a_bound_goes_its_way() {
    let f = one("As the dollar slipped to a record low below 145 yen, he spoke.");
    assert_eq!(f.change, Change::Down);
}

#[test]
fn a_long_object_moved_up_to_a_level_rises_but_not_across_a_clause() {
    let f = one("a move which brings the Ryanair/Boeing order book up to 225 firm orders");
    assert_eq!(f.change, Change::Up);
    for text in [
        "It puts an end to plans for up to 40 super casinos.",
        "They can use reasonable force to detain suspects for up to 30 minutes.",
    ] {
        assert_eq!(one(text).change, Change::Less, "{text}");
    }
}

#[test]
fn a_hanging_hyphen_shares_the_unit_after_it() {
    let f = extract("NOTE: Twelve- and 40-week periods.");
    assert_eq!(f[0].unit.as_deref(), Some("week"));
    assert_eq!(f[0].concept, f[1].concept);
    let f = extract("It sold two- and three-year notes.");
    assert_eq!(f[0].unit.as_deref(), Some("year"));
}

#[test]
fn down_to_after_ranged_from_is_the_ranges_end() {
    let f = extract(
        "Turnout ranged from 69% in Kensington, 65% in Westminster, down to 10% in Bristol.",
    );
    assert!(f.iter().all(|f| f.change == Change::Exact), "{f:?}");
    assert_eq!(f[1].concept.as_deref(), Some("Turnout"));
    assert_eq!(one("Turnout fell down to 10%.").change, Change::Down);
}

#[test]
fn a_measures_by_reaches_its_verb_further_back_than_a_counts() {
    let text = "It raised the contract price it will pay for all grades of crude oil by 50 cts a \
                barrel.";
    assert_eq!(one(text).change, Change::Up);
    // past another verb's participle the far verb is not the one
    let text = "Trump saw a surge in first-time and dormant voter turnout on his way to narrowly \
                winning the state by 0.7%.";
    assert_eq!(one(text).change, Change::Exact);
}

#[test]
fn one_after_an_adjective_and_its_article_is_a_pronoun() {
    for text in [
        "A new week began where the last one left off.",
        "What makes them think a new one will?",
    ] {
        assert!(extract(text).is_empty(), "{text}");
    }
    assert_eq!(one("He has only one vote left.").value, Some(1.0));
}

#[test]
fn a_month_before_a_hyphened_term_names_no_day() {
    let f = extract("The coupon on the January 10-year government bond stays at five pct.");
    assert_eq!(f[0].text, "10-year");
    assert_eq!(f[0].unit.as_deref(), Some("year"));
    assert!(extract("It opens on January 10.").is_empty());
}

#[test]
fn a_tables_off_cell_is_a_fall() {
    let f =
        extract("volume    open   change Platinum       4321     19120  off  173 Palladium   348");
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(
        changes,
        [Change::Exact, Change::Exact, Change::Down, Change::Exact]
    );
}

#[test]
fn a_second_level_from_an_earlier_value_after_and_is_a_change_too() {
    let f = extract("Forecasts slipped to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005.");
    assert_eq!(f.len(), 2);
    assert_eq!((f[1].from, f[1].change), (Some(2.4), Change::Down));
    // not a change restated for another time
    let f = extract(
        "Miles rose 13.5 pct to 1.48 billion from 1.31 billion and 9.6 pct in the two \
                     months to 3.06 billion from 2.79 billion.",
    );
    assert!(f.iter().any(|f| f.text == "9.6 pct"), "{f:?}");
}

#[test]
fn a_bound_after_the_counted_noun_bounds_the_count() {
    let f = one("They hope for a gain of 40-50 seats or more.");
    assert_eq!(
        (f.low, f.high, f.change),
        (Some(40.0), Some(50.0), Change::More)
    );
    assert_eq!(
        one("They hope for a gain of 40 seats or more.").change,
        Change::More
    );
    assert_eq!(one("They hope for a gain of 40 seats.").change, Change::Up);
}

#[test]
fn a_share_hyphened_to_a_scale_word_scales() {
    let f = one("Japan placed a quarter-million students in Britain.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(250_000.0), Some("student"))
    );
    assert_eq!(one("a half-million people").value, Some(500_000.0));
}

#[test]
fn an_amount_of_a_rates_size_listed_after_it_is_at_that_rate() {
    let f =
        extract("a gain of 1,827,000 dlrs or 56 cts per share primary and 42 cts fully diluted");
    assert_eq!(f[2].unit.as_deref(), Some("cent per share"));
    // not the total after it
    let f = extract("net income of 6.3 mln dlrs, or 1.07 dlrs per share, vs 3.9 mln dlrs");
    assert_eq!(f[2].unit.as_deref(), Some("dollar"));
}

#[test]
fn figures_stacked_after_a_new_before_one_noun_measure_it() {
    let f = extract("It agreed with banks on a new two-year 30 mln dlr revolving credit facility.");
    assert_eq!(f[0].concept, f[1].concept);
    assert_eq!(f[1].concept.as_deref(), Some("revolving credit facility"));
}

#[test]
fn a_record_earlier_value_is_the_changes_from() {
    let f =
        one("The surplus declined in February to 9.16 billion dlrs from a record 9.58 billion.");
    assert_eq!((f.from, f.change), (Some(9.58e9), Change::Down));
}

#[test]
fn or_something_like_that_is_an_estimate() {
    let f = one("I think the most recent year is 13.6 or something like that.");
    assert_eq!((f.value, f.change), (Some(13.6), Change::Approx));
}

#[test]
fn eliminating_jobs_cuts_them() {
    assert_eq!(
        one("The firm is eliminating 200 jobs.").change,
        Change::Down
    );
}

#[test]
fn a_times_possessive_earlier_value_is_the_changes_from() {
    let f = one("Investments fell slightly to 105.69 mln rand from February's 106.56 mln rand.");
    assert_eq!((f.from, f.change), (Some(106.56e6), Change::Down));
}

#[test]
fn a_bare_amount_in_a_money_noun_after_money_is_in_its_currency() {
    let text =
        "Brazil had remitted 24 billion dlrs in debt servicing and received only two billion \
                in fresh funds.";
    assert_eq!(extract(text)[1].unit.as_deref(), Some("dollar"));
    // not a count of people in a state
    let text =
        "He gave 3 billion dlrs in aid, 250,000 repossessed, one million in negative equity.";
    assert_eq!(extract(text)[2].unit, None);
}

#[test]
fn a_baseline_of_a_rates_size_is_at_that_rate() {
    let f = extract("It will make a five ct per share distribution, down from 15 cts in December.");
    assert_eq!(
        (f[0].change, f[1].unit.as_deref()),
        (Change::Down, Some("cent per share"))
    );
    // not the total after it
    let f = extract("net income of $1.996 billion, or $1.07 a share, up from $1.876 billion");
    assert_eq!(f[2].unit.as_deref(), Some("dollar"));
}

#[test]
fn figures_stacked_before_a_span_in_the_singular_measure_its_noun() {
    let f = extract("Iberduero is issuing a 150 mln Swiss franc eight year bond.");
    assert_eq!(f[0].concept.as_deref(), Some("bond"));
}

#[test]
fn a_year_ranges_short_end_is_no_figure() {
    assert!(extract("But after the economic crash of 2007–8, Nevada was hit.").is_empty());
}

#[test]
fn a_verb_reaches_past_a_figure_describing_a_capitalised_noun() {
    let text =
        "Belgium increased the rate on three-month Treasury certificates by 0.5 pct to 7.15 pct.";
    let f = extract(text);
    assert_eq!((f[1].change, f[2].change), (Change::Up, Change::Up));
}

#[test]
fn last_years_earlier_value_after_a_time_is_the_changes_from() {
    let text = "Output will drop to about 1.47 mln in the third quarter from last year's 1.63 mln.";
    let f = one(text);
    assert_eq!((f.from, f.change), (Some(1.63e6), Change::Down));
}

#[test]
fn one_after_a_copula_before_that_is_an_article() {
    assert!(extract("It is one indication that there are many who disagree.").is_empty());
    assert_eq!(
        one("The company has one plant that makes cars.").value,
        Some(1.0)
    );
}

#[test]
fn a_level_a_session_closed_at_goes_the_changes_way() {
    let f = extract("Bayer's shares fell 13 marks to close at 292 in Frankfurt today.");
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("mark"), Change::Down)
    );
}

#[test]
fn a_version_after_an_appositives_comma_is_a_name() {
    assert!(extract("The update to Windows XP, Service Pack 2, would not work.").is_empty());
    // (a capitalised "Pack" names its number anywhere: not a six-pack)
    assert!(extract("It invests in IE, including Service Pack 2 with security fixes.").is_empty());
    assert_eq!(extract("They sold a six-pack for $5.").len(), 2);
    // a goal list keeps its minutes
    assert_eq!(extract("Riggott 74, Graham 86.").len(), 2);
}

#[test]
fn eliminating_a_pair_of_amounts_is_a_range() {
    let f = one("It would eliminate $100 billion to $150 billion in spending.");
    assert_eq!((f.low, f.high), (Some(1e11), Some(1.5e11)));
}

#[test]
fn a_subordinating_word_is_no_modifier_of_a_counted_noun() {
    let f = one("Banknotes rose to 24.79 billion while other deposits fell.");
    assert_eq!(f.unit, None);
    let f = extract("Banknotes rose by 834 mln francs to 24.79 billion while other deposits fell.");
    assert_eq!(f[1].unit.as_deref(), Some("franc"));
}

#[test]
fn mpg_is_miles_per_gallon() {
    let f = extract("The rules called for 46.7 miles per gallon, compared with 37 mpg by 2026.");
    assert!(
        f.iter()
            .all(|f| f.unit.as_deref() == Some("mile per gallon")),
        "{f:?}"
    );
}

#[test]
fn a_possessives_decade_is_an_age() {
    let f = one("The suspect is a white male in his 50s, who used to live in New York.");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(50.0), Some(59.0), Some("year"))
    );
    assert!(extract("during the 1990s and in the 80s").is_empty());
    // and the decade after it ("in their 80s and 90s")
    let f = extract("test subjects now in their 80s and 90s, or in her 30s or 40s");
    let decades: Vec<_> = f.iter().map(|f| (f.low, f.unit.as_deref())).collect();
    assert_eq!(decades.len(), 4, "{f:?}");
    assert!(decades.iter().all(|d| d.1 == Some("year")), "{f:?}");
    assert_eq!(decades[1].0, Some(90.0));
    assert!(extract("music of the 70s and 80s").is_empty());
}

#[test]
fn a_share_in_words_after_more_than_before_its_verb() {
    for text in [
        "More than a quarter have bought software through spam.",
        "A survey found more than a third had basic security features turned off.",
    ] {
        let f = one(text);
        assert_eq!(f.change, Change::More, "{text}");
        assert!(f.value.is_some_and(|v| v < 0.5), "{text}");
    }
    // (not a period: "more than a quarter century" is 25 years' worth)
    assert!(extract("In the first quarter, sales rose.").is_empty());
}

#[test]
fn an_adverb_after_one_is_no_counted_noun() {
    assert!(extract("the person launching one often benefits from it.").is_empty());
    assert_eq!(
        one("legal status for millions of often low-skilled immigrants")
            .unit
            .as_deref(),
        Some("immigrant")
    );
}
