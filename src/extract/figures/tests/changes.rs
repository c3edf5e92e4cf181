//! Limits written as verbs ("limited to 18.5 pct", "not to exceed"), changes that reach a
//! level "as low as" or "as high as", change nouns behind a modifier ("the 25 percent average
//! increase"), devaluations, and wire tables whose next column is no change noun; a compound
//! adjective between a verb and its amount ("added a better-than-expected 250,000 jobs").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_limit_is_an_upper_bound() {
    for text in [
        "devices should be limited to 18.5 pct of the target's stock",
        "an amount not to exceed one mln dlrs",
        "the law set a ceiling of 108 billion dlrs for the deficit",
        "a level no higher than 20 pct",
    ] {
        assert_eq!(one(text).change, Change::Less, "{text}");
    }
}

#[test]
fn as_low_as_and_as_high_as_after_a_change_verb_are_the_level_reached() {
    for (text, change) in [
        ("poverty could fall as low as 15.3%, he said", Change::Down),
        (
            "the dollar fell as low as 142.90 yen on heavy selling",
            Change::Down,
        ),
        (
            "Gold could rise as high as 500 dlrs per ounce later this year",
            Change::Up,
        ),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
    // without a verb of change it bounds nothing
    assert_eq!(one("tickets as low as $5 were sold").change, Change::Exact);
}

#[test]
fn a_change_noun_may_follow_a_modifier() {
    for (text, change) in [
        ("families pay the 25 percent average increase", Change::Up),
        (
            "after a 1.70 billion stg adjusted rise in January",
            Change::Up,
        ),
        (
            "last September's 31 pct devaluation of the rupiah",
            Change::Down,
        ),
        ("Indonesia devalued its currency by 31 pct", Change::Down),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
}

#[test]
fn a_wire_table_column_is_no_change_noun() {
    // "Shr loss 75 cts vs profit 39 cts  Net loss 2,900,000": the next row, not a loss
    for text in [
        "Shr loss 75 cts vs profit 39 cts  Net loss 2,900,000 vs profit 1,753,000",
        "shr loss 17 cts vs loss 14 cts  net loss 467,000 vs loss 400,000",
    ] {
        let f = extract(text);
        let second = f
            .iter()
            .find(|f| f.value == Some(39.0) || f.value == Some(14.0));
        assert_eq!(
            second.map(|f| f.change),
            Some(Change::Exact),
            "{text}: {f:?}"
        );
    }
}

#[test]
fn a_change_verb_reaches_past_a_long_object_but_not_into_a_clause() {
    for (text, change) in [
        (
            "it lifted its stake in Suave Shoe Corp common stock to 319,600 shares",
            Change::Up,
        ),
        ("they can raise that stake to 100 pct", Change::Up),
        (
            "it hopes to boost that to 23 mln tonnes by 1990",
            Change::Up,
        ),
        // a clause of its own: "added that ...", "a district that Trump had won by ..."
        (
            "He added that 80 pct of Spain's exports went to the OECD",
            Change::Exact,
        ),
        (
            "after losing a district Tuesday that Trump had won by 20 points",
            Change::Exact,
        ),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
}

#[test]
fn the_concept_of_a_level_reached_as_low_as_is_the_subject() {
    let f = one("poverty could fall as low as 15.3%, he said");
    assert_eq!(f.concept.as_deref(), Some("poverty"));
    let f = one("it has secured 250 U.S. victories so far");
    assert_eq!(f.concept.as_deref(), Some("U.S. victories"));
}

#[test]
fn a_market_report_does_not_repeat_its_verb() {
    let f =
        extract("Unilever gained 10p to 2,560, Dixons 4p to 373 and British Telecom 2p to 253.");
    let got: Vec<(&str, Change, Option<&str>)> = f
        .iter()
        .map(|f| (f.text.as_str(), f.change, f.concept.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("10p", Change::Up, Some("Unilever")),
            ("2,560", Change::Up, Some("Unilever")),
            ("4p", Change::Up, Some("Dixons")),
            ("373", Change::Up, Some("Dixons")),
            ("2p", Change::Up, Some("British Telecom")),
            ("253", Change::Up, Some("British Telecom")),
        ]
    );
    // without a level of its own the figure is no such change
    let f = extract("Unilever rose 18p to 2,589, while Plessey holds 2p.");
    assert_eq!(f.last().map(|f| f.change), Some(Change::Exact), "{f:?}");
}

#[test]
fn a_bound_may_stand_between_a_noun_and_its_of_figure() {
    assert_eq!(
        one("a new gold mine at a cost of about 21 mln dlrs")
            .concept
            .as_deref(),
        Some("cost")
    );
    // a baseline after an adverb takes the figure's unit
    let f = extract("More than 72 million women work, compared to just 18 million in 1950.");
    assert_eq!(f[1].unit.as_deref(), Some("woman"), "{f:?}");
}

#[test]
fn a_change_verb_reaches_past_its_adjuncts_to_the_level() {
    for (text, change) in [
        ("Sales rose in the quarter to $5 million.", Change::Up),
        ("Exports fell in January to 3.2 mln tonnes.", Change::Down),
        (
            "Growth is set to halve in Singapore this year to between 3% and 5%.",
            Change::Down,
        ),
        // what is added to is no level
        (
            "it will add flights in May to three destinations",
            Change::Exact,
        ),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
    // "50-50" is odds or a tie, like a score
    assert!(extract("the chances of an agreement are 50-50 at best").is_empty());
}

#[test]
fn up_to_a_level_from_an_earlier_one_is_a_rise() {
    for (text, change) in [
        (
            "its load factor was up to 52 pct from the 51 pct posted last year",
            Change::Up,
        ),
        (
            "shares came back down to 214p from last night's close at 241p",
            Change::Down,
        ),
        // a bound when "from" names a source; after "by", the change's way
        (
            "he may obtain a loan of up to one mln dlrs from Amoskeag Bank",
            Change::Less,
        ),
        (
            "cut the farm budget by up to two billion dlrs from the 30 billion dlrs level",
            Change::Down,
        ),
    ] {
        assert_eq!(extract(text)[0].change, change, "{text}");
    }
}

#[test]
fn a_duration_after_a_verb_is_how_long_not_how_much() {
    for text in [
        "claims have dipped five weeks in a row",
        "the barge which sank 10 days ago at Karlsruhe",
    ] {
        assert_eq!(one(text).change, Change::Exact, "{text}");
    }
    // but a change of a time measure with its level is one
    let f = extract("The average work week rose 0.2 hours to 35.0 hours.");
    assert!(f.iter().all(|f| f.change == Change::Up), "{f:?}");
}

#[test]
fn averages_ranks_and_strengths() {
    let f = one("their after-tax income will rise by an average of 5.2%.");
    assert_eq!(f.change, Change::Up);
    let f = one("restricting deductions for the top 2 percent of family incomes");
    assert_eq!((f.value, f.unit.as_deref()), (Some(2.0), Some("percent")));
    // a rank alone is no figure, and a force's strength does not change
    assert!(extract("his first win over a top 10 player").is_empty());
    assert_eq!(
        one("it would not increase the 500,000-strong stock of PSPs").change,
        Change::Exact
    );
}

#[test]
fn a_bound_before_a_second_figure_is_not_the_first_ones() {
    // "and more than" opens the next figure's bound
    let f = extract("he has four years and more than $88 million left on his contract");
    let changes: Vec<Change> = f.iter().map(|f| f.change).collect();
    assert_eq!(changes, [Change::Exact, Change::More], "{f:?}");
    // "or younger than a name" still bounds the age
    let f = one("less support among voters 45 or younger than Andrew Yang");
    assert_eq!(f.change, Change::Less);
    assert!(extract("the university, FOX 4 reported.").is_empty());
}

#[test]
fn a_change_restated_after_or_changes_the_same_way() {
    let f = extract("The Dow plunged 238.19 points, or 1.4%, to 16,804.71.");
    assert!(f.iter().all(|f| f.change == Change::Down), "{f:?}");
    let f =
        extract("It raised its stake to 481,800 shares, or 12.2 pct of the total, from 430,200.");
    assert_eq!(f[1].change, Change::Up, "{f:?}");
    // an apposition to a level is no change
    let f = extract("Employment reached 568,000, or 2.7% of the workforce.");
    assert!(f.iter().all(|f| f.change == Change::Exact), "{f:?}");
}

#[test]
fn a_change_noun_after_its_modifiers_changes_the_figure() {
    for (text, change) in [
        (
            "if the industry sustains the upcoming 2.9 pct motor carrier rate hike",
            Change::Up,
        ),
        (
            "we provided an average 7 percent pay increase for teachers",
            Change::Up,
        ),
        ("facing a 31.4 percent budget cut.", Change::Down),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
    // the change noun must head the phrase and be a noun
    for text in [
        "allow it to meet four pct economic growth targets in 1987",
        "Key Average 80% chance outcome falls in this range",
        "with only six pct expecting lower sales",
    ] {
        assert_eq!(extract(text)[0].change, Change::Exact, "{text}");
    }
}

#[test]
fn an_article_and_adjective_may_stand_between_a_verb_and_its_amount() {
    for (text, change) in [
        ("Exports grew a record 12% last year.", Change::Up),
        (
            "In January, housing starts fell a revised 0.5 pct.",
            Change::Down,
        ),
        (
            "Card-not-present fraud rose an annual 6% to £116.4m.",
            Change::Up,
        ),
    ] {
        assert_eq!(extract(text)[0].change, change, "{text}");
    }
    // a figure that describes a noun is not the amount; "put up" money is no rise
    for text in [
        "expand a proposed $10,000 cap for deductions",
        "Texaco offered to put up one billion dlrs in a letter of credit",
    ] {
        assert_eq!(extract(text)[0].change, Change::Exact, "{text}");
    }
}

#[test]
fn an_article_after_a_bound_is_one_of_the_unit() {
    for (text, unit, change) in [
        (
            "He waited more than a year before leaving.",
            "year",
            Change::More,
        ),
        ("It took less than an hour.", "hour", Change::Less),
        ("nearly a decade of war", "decade", Change::Approx),
        ("It costs about a dollar", "dollar", Change::Approx),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref(), f.change),
            (Some(1.0), Some(unit), change),
            "{text}"
        );
    }
    // "one" after a bound of several words is a count; after a preposition it is not
    let f = one("now has at least one full-time staffer in the state");
    assert_eq!((f.value, f.change), (Some(1.0), Change::More));
    assert!(extract("more people live under one roof").is_empty());
    // a comparison's baseline is no bound; a plain article is no figure
    assert!(extract("Oil prices are higher than a year ago").is_empty());
    assert!(extract("It happened a year ago.").is_empty());
}

#[test]
fn an_average_amount_and_its_restatement_change_alike() {
    let f =
        extract("increasing prices of its trucks by an average 1.1 pct, or an average of 74 dlrs");
    let changes: Vec<Change> = f.iter().map(|f| f.change).collect();
    assert_eq!(changes, [Change::Up, Change::Up], "{f:?}");
}

#[test]
fn a_limit_set_by_a_verb_and_an_earlier_value_past_bounds() {
    let f = one("West Germany limited a bank's total open positions overnight to 30 pct.");
    assert_eq!(f.change, Change::Less);
    // the noun is no limit
    let f = extract("raising speculative limits to 1,200 contracts from 600 contracts");
    assert_ne!(f[0].change, Change::Less, "{f:?}");
    // "to about 40 from over 2,000": the level and its earlier value, bounds and all
    let f = one("the number of welds could be reduced to about 40 from over 2,000.");
    assert_eq!((f.value, f.from), (Some(40.0), Some(2000.0)));
}

#[test]
fn over_a_span_of_time_spans_it_unless_it_bounds_a_length() {
    let change_of = |text: &str, figure: &str| {
        extract(text)
            .into_iter()
            .find(|f| f.text == figure)
            .map(|f| f.change)
    };
    for (text, figure) in [
        (
            "agreed to reschedule its debt over 17 years at 7/8 pct",
            "17 years",
        ),
        ("the plan would cost $1 trillion over 10 years", "10 years"),
        ("a note payable in installments over six years", "six years"),
    ] {
        assert_eq!(change_of(text, figure), Some(Change::Exact), "{text}");
    }
    for (text, figure) in [
        ("the plant has stood there for over 50 years", "50 years"),
        ("the first rise in over three years", "three years"),
        ("it happened over 20 years ago", "20 years"),
        (
            "the administration had over three years to build it",
            "three years",
        ),
        ("residents over 21 years old may buy it", "21 years old"),
    ] {
        assert_eq!(change_of(text, figure), Some(Change::More), "{text}");
    }
    // an age read from context is still a bound
    assert_eq!(
        change_of("She won 68 percent of voters over 65.", "65"),
        Some(Change::More)
    );
}

#[test]
fn extended_by_or_to_is_a_rise() {
    let f = one("we've extended the life of Medicare by eight years");
    assert_eq!((f.value, f.change), (Some(8.0), Change::Up));
    // without by or to, a figure after "extend" is no change
    assert_eq!(one("they extended a 20-year lease").change, Change::Exact);
}

#[test]
fn the_earlier_value_after_a_comma_an_at_or_the_level_s_of_phrase() {
    for (text, from, to) in [
        (
            "The index edged up in January to 102.5, from 102.2 in October.",
            102.2,
            102.5,
        ),
        (
            "The wholesale price index stood at 168.5 in February from 176.1 last year.",
            176.1,
            168.5,
        ),
        (
            "reserves fell to 60.1 billion cubic feet of gas from 63.7 BCF",
            63.7e9,
            60.1e9,
        ),
    ] {
        let f = extract(text);
        let c = f.iter().find(|f| f.value == Some(to)).expect(text);
        assert_eq!(c.from, Some(from), "{text}: {f:?}");
    }
    // the of-phrase still names what changed
    let gas = one("reserves fell to 60.1 billion cubic feet of gas from 63.7 BCF");
    assert_eq!(gas.concept.as_deref(), Some("gas"));
}

#[test]
fn down_from_marks_the_level_past_its_counted_noun_and_the_baseline_s_own_time() {
    let f = extract("car output was 1,064,141 vehicles, down from last year's 1,205,768.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].change, f[0].from), (Change::Down, None));
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(1205768.0), Some("vehicle"))
    );
    // ("X, up 2.2 pct from …": a level with its change after a comma went that way too)
    let f = extract("production was 2,554.41 billion kilowatt hours, up 2.2 pct from a year ago");
    assert_eq!(
        (f[0].change, f[1].change),
        (Change::Up, Change::Up),
        "{f:?}"
    );
    // the words must go the way of the values ("up from" with a larger baseline is no rise)
    let f = extract("sales were 4,324 vehicles, up from 6,198 last year");
    assert_eq!(f[0].change, Change::Exact, "{f:?}");
}

#[test]
fn a_bare_level_a_later_clause_changes_to_takes_the_earlier_figure_s_unit() {
    let f = extract("net profit at 41 mln dlrs in 1987/88, rising to 72 mln in 1989/90");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref(), f[1].change, f[1].from),
        (Some(72e6), Some("dollar"), Change::Up, None)
    );
}

#[test]
fn quarters_of_a_year_are_no_fraction_and_no_change() {
    let f = one("a leading indicator of GDP growth two quarters ahead");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(2.0), Some("quarter"), Change::Exact)
    );
    assert_eq!(one("Three quarters of voters agree.").value, Some(0.75));
    assert_eq!(one("slowed for three quarters in a row").value, Some(3.0));
}

#[test]
fn earlier_values_named_by_a_noun_phrase_or_behind_bounds() {
    let f =
        one("it revised its forecast to around 500 mln stg from its initial estimate of 350 mln");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(350e6), Some(500e6), Change::Up)
    );
    let f = one("growth will slow from more than 3% in 2004 to a little below 2.5% in 2005");
    assert_eq!(
        (f.from, f.value, f.change),
        (Some(3.0), Some(2.5), Change::Down)
    );
    assert!(f.text.starts_with("from more than"), "{f:?}");
}

#[test]
fn comparatives_of_length_and_age_bound_the_figure_but_not_its_concept() {
    let f = one("hold families in detention longer than 20 days");
    assert_eq!(
        (f.change, f.concept.as_deref()),
        (Change::More, Some("detention"))
    );
    assert_eq!(
        one("Medicare for anyone younger than 56").change,
        Change::Less
    );
    // "cargoes" is the plural of "cargo"
    assert_eq!(
        one("two to three cargoes of white sugar").unit.as_deref(),
        Some("cargo")
    );
}

#[test]
fn contests_lost_are_counted_and_year_earlier_values_are_a_change_s_origin() {
    let f = one("Sale lost all three Zurich Premiership matches they played.");
    assert_eq!(
        (f.unit.as_deref(), f.change),
        (Some("match"), Change::Exact)
    );
    assert_eq!(one("The party lost 20 seats.").change, Change::Down);
    let f =
        one("Loan losses rose to 105.7 mln dlrs in fiscal 1986 from year-earlier 36.1 mln dlrs.");
    assert_eq!((f.from, f.value), (Some(36.1e6), Some(105.7e6)));
    // a price per share is a rate
    let f = extract("It paid 43.2 mln dlrs, or 12 dlrs a share.");
    assert_eq!(
        (f[0].unit.as_deref(), f[1].unit.as_deref()),
        (Some("dollar"), Some("dollar per share"))
    );
}

#[test]
fn a_shortfall_is_down_and_measures_its_mark() {
    let f = extract(
        "China expects its grain harvest to be 397 mln tonnes, eight mln tonnes short of its \
         target.",
    );
    assert_eq!(
        (f[1].change, f[1].concept.as_deref()),
        (Change::Down, Some("target"))
    );
}

#[test]
fn a_second_level_after_and_to_and_estimates_respectively() {
    let f = extract(
        "It raised its copper prices by 20 dlrs to 2,220 dlrs per tonne for cathodes and to \
         2,387.50 dlrs per tonne for standard rods.",
    );
    let got: Vec<(Option<&str>, Change)> =
        f.iter().map(|f| (f.unit.as_deref(), f.change)).collect();
    let rate = (Some("dollar per metric ton"), Change::Up);
    assert_eq!(got, [(Some("dollar"), Change::Up), rate, rate]);
    // (a rate named after "to")
    let f = one("Nonbuilding construction soared to an annualized rate of 47.8 billion dlrs.");
    assert_eq!(f.change, Change::Up);
    // (an alternative level after ", or to")
    let f = extract(
        "It proposes cutting the deficit from 171 billion dlrs to 133 billion dlrs using the \
         budget office's calculations, or to 108 billion dlrs using rosier assumptions.",
    );
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].change, Change::Down);
    let f = extract("They will add some 200 mln stg and 35 mln stg to the system respectively.");
    assert_eq!((f[0].change, f[1].change), (Change::Approx, Change::Approx));
    let f = extract("They will add some 200 mln stg and 35 mln stg to the system.");
    assert_eq!(f[1].change, Change::Exact);
}

#[test]
fn an_amount_raised_to_a_level_and_a_second_baseline_in_its_own_time() {
    let f = extract("The value was raised 25 cts to 7.75 dlrs.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    let f = extract(
        "Credit grew to 22.24 billion dlrs from a revised 20.92 billion in November and 17.01 \
         billion in December 1985.",
    );
    assert_eq!(
        (f[1].change, f[1].unit.as_deref()),
        (Change::Exact, Some("dollar"))
    );
    let f = one("They managed to fashion just one chance - a header over the bar.");
    assert_eq!(f.unit.as_deref(), Some("chance"));
}

#[test]
fn a_noun_spelled_like_a_change_verb_is_no_change() {
    // "roses" is no "rose": the six tulips did not rise
    let f = extract("She has 2 roses and 6 tulips.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().all(|f| f.change == Change::Exact), "{f:?}");
    // (the verb still is one)
    assert_eq!(one("Exports rose 6 pct.").change, Change::Up);
    // ("lost" after a count is its verb, no change noun: people who died)
    let f = one("Twenty-one thousand people lost their lives in the catastrophes.");
    assert_eq!(f.change, Change::Exact);
}

#[test]
fn a_compound_adjective_between_a_verb_and_its_amount() {
    let f = one("U.S. employers added a better-than-expected 250,000 jobs in October.");
    assert_eq!((f.change, f.hedge.as_deref()), (Change::Up, None));
    // (a compound noun is no adjective; "under one proposal" is a preposition)
    let f = one("After Rooney had messed up a free-kick 20 yards out Taylor scored.");
    assert_eq!(f.change, Change::Exact);
    assert!(extract("Under one proposal, each night would open with a film.").is_empty());
}

#[test]
fn adding_up_to_is_a_sum_not_a_bound() {
    let f = extract("any other combination of numbers that adds up to 100 percent");
    assert_eq!(
        (f[0].value, f[0].change),
        (Some(100.0), Change::Exact),
        "{f:#?}"
    );
    // (a bare "up to" still bounds, as does one after a count's verb)
    let f = extract("Facebook plans to add up to 43,000 employees through next year.");
    assert_eq!(f[0].change, Change::Less, "{f:#?}");
    let f = extract("fines of up to 100 percent of the tax");
    assert_eq!(f[0].change, Change::Less, "{f:#?}");
}
