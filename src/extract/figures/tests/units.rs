//! Units written apart from their number (money's spaced "m", "£12 m"), rates of short times
//! ("50 km/ms"), proportions out of a whole ("nine out of 10 people") and irregular plurals
//! ("lenses"); an amount after a counted noun and "to" ("common shares to 120 mln").

use super::{extract, one};
use crate::model::Change;

#[test]
fn a_spaced_m_after_money_is_million() {
    for (text, value, unit) in [
        ("It cost £12 m last year.", 12e6, "pound sterling"),
        ("It cost $1.5 m.", 1.5e6, "dollar"),
        ("The club paid €40 m for him.", 40e6, "euro"),
        ("they sold 12 m euros of bonds", 12e6, "euro"),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
    // before a counted noun too; without either it stays a length
    assert_eq!(one("Sales of 12 m units").value, Some(12e6));
    let wall = one("The wall is 12 m high.");
    assert_eq!(
        (wall.value, wall.unit.as_deref()),
        (Some(12.0), Some("metre"))
    );
    // the money supply's "M-1" is no million
    let m1 = extract("The average forecast called for a 300 mln dlr M-1 rise.");
    assert_eq!(m1.first().and_then(|f| f.value), Some(3e8), "{m1:?}");
    // ("to X, from Y": the earlier value of the change)
    let both = extract("Profits rose to £1.2 bn, from £900 m.");
    assert_eq!(both.last().and_then(|f| f.from), Some(9e8), "{both:?}");
}

#[test]
fn short_times_and_engine_sizes_compose_into_rates() {
    for (text, unit) in [
        ("50 meters per millisecond", "metre per millisecond"),
        ("50 km/ms", "kilometre per millisecond"),
        ("Density is 2.5 g/cm3 here.", "gram per cubic centimetre"),
        ("The delay was 40 ms.", "millisecond"),
        ("latency of 300 microseconds", "microsecond"),
        ("motorcycles of 1,100 cc and bigger", "cubic centimetre"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // "Ms" is a title, not milliseconds
    assert_eq!(one("25 Ms Smiths").unit.as_deref(), None);
}

#[test]
fn proportions_out_of_a_whole_and_irregular_plurals() {
    // "out of" reads like "in": one proportion, counting what follows
    let f = one("Nine out of 10 people agree");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.concept.as_deref()),
        (Some(0.9), None, Some("people"))
    );
    assert_eq!(one("giving it a rare 10 out of 10 mark.").value, Some(1.0));
    // hyphenated, as polls write it (no inches: "six-in")
    let f = extract("Nearly six-in-ten (57 percent) oppose it");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(0.6), None),
        "{f:?}"
    );
    assert_eq!(
        one("seven in 10 women think").concept.as_deref(),
        Some("women")
    );
    // a rights issue's terms are no figures
    let f = extract("raise its capital by a 100 for 13 rights offering to shareholders");
    assert!(f.is_empty(), "{f:?}");
    // "lenses" are lenses, not "lense"s (counted each month); "board feet" are no counted feet
    let f = one("it will produce about 3,000 intraocular lenses each month");
    assert_eq!(f.unit.as_deref(), Some("lens per month"));
    assert_ne!(one("130,000 board feet").unit.as_deref(), Some("foot"));
    // an owner's average is what a figure measures
    let f = one("prices are now well above 2004's average of $41.48.");
    assert_eq!(f.concept.as_deref(), Some("2004's average"));
}

#[test]
fn a_rate_base_belongs_to_its_rate() {
    let f = one("The murder rate was 5.2 per 100,000 people.");
    assert_eq!(
        (f.text.as_str(), f.value),
        ("5.2 per 100,000 people", Some(5.2))
    );
    let f = one("more than 45.00 Ecus per 100 kilos");
    assert_eq!(f.value, Some(45.0));
    // a base without its rate before it is no figure either
    let f = one("infant deaths per 1,000 live births fell to 5.8");
    assert_eq!(f.value, Some(5.8));
    // "racked up" a figure is no rise; "something like" is about
    let f = one("Japan racked up a 51.5 billion dlr surplus");
    assert_eq!(f.change, crate::model::Change::Exact);
    let f = one("there are something like 8 million rifles");
    assert_eq!(f.change, crate::model::Change::Approx);
}

#[test]
fn megapixels_and_an_age_opening_a_sentence() {
    let f = one("cameras on mobiles can take 1.3 megapixel images.");
    assert_eq!(f.unit.as_deref(), Some("megapixel"));
    let f = one("At 28, she was an aide in the Council");
    assert_eq!(f.unit.as_deref(), Some("year"));
}

#[test]
fn a_unit_and_a_half() {
    for (text, value) in [
        ("it took an hour and a half", 1.5),
        ("almost a cent and a half weaker", 1.5),
        ("two years and a half", 2.5),
    ] {
        assert_eq!(one(text).value, Some(value), "{text}");
    }
}

#[test]
fn the_parts_of_a_span_of_time_are_figures_of_their_own() {
    let f = extract("He served for seven years and 43 days.");
    let got: Vec<(Option<f64>, Option<&str>)> =
        f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(got, [(Some(7.0), Some("year")), (Some(43.0), Some("day"))]);
    assert_eq!(
        extract("She ran it in two hours 18 minutes 15 seconds.").len(),
        3
    );
    // (a height stays one figure)
    assert_eq!(
        one("He is 5 feet 2 inches tall.").unit.as_deref(),
        Some("foot")
    );
}

#[test]
fn a_height_in_feet_and_inches() {
    let f = one("a 6-foot-2 forward");
    assert_eq!(
        (f.unit.as_deref(), f.value.map(|v| (v * 12.0).round())),
        (Some("foot"), Some(74.0))
    );
}

#[test]
fn fractions_of_one_unit() {
    let c = one("for a quarter of a century");
    assert_eq!((c.value, c.unit.as_deref()), (Some(0.25), Some("century")));
    assert_eq!(one("two-thirds of a mile").unit.as_deref(), Some("mile"));
    assert_eq!(one("a third of the votes").unit, None);
    assert_eq!(
        one("half a million people").concept.as_deref(),
        Some("people")
    );
}

#[test]
fn long_and_short_tons_and_misspelt_scales() {
    let f = one("The mine produced 2.2 mln long tons of ore last year.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(2.2e6), Some("long ton"))
    );
    let f = one("stocks fell to 109,200 short tons");
    assert_eq!(f.unit.as_deref(), Some("short ton"));
    let f = one("sales amounted to 4.7 bilion dlrs in 1986");
    assert_eq!((f.value, f.unit.as_deref()), (Some(4.7e9), Some("dollar")));
    let f = one("each right buys one-hundredth of a share");
    assert_eq!(f.value, Some(0.01));
}

#[test]
fn trade_codes_with_a_scale_in_them() {
    for (text, value) in [
        ("gas reserves of 63.7 BCF", 63.7e9),
        ("reserves of 4.2 tcf", 4.2e12),
        ("output of 250 mmcf", 250e6),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some("cubic foot")),
            "{text}"
        );
    }
    assert_eq!(
        one("imports of 12 bcm").unit.as_deref(),
        Some("cubic metre")
    );
}

#[test]
fn a_glued_m_before_a_counted_noun_is_million() {
    for (text, value, unit) in [
        ("There are 300m blog entries", 3e8, "entry"),
        ("Some 12m people voted", 1.2e7, "people"),
        ("It has 2m active users", 2e6, "user"),
        // but metres before a dimension word or a race
        ("3m tall trees", 3.0, "metre"),
        ("the 400m freestyle relay swimmers", 400.0, "metre"),
        ("the 400m hurdles", 400.0, "metre"),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
    // an award won is what a number counts
    let oscars = one("The film is nominated for three Oscars.");
    assert_eq!(oscars.unit.as_deref(), Some("Oscar"));
}

#[test]
fn a_singular_noun_spaced_between_an_article_s_number_and_a_noun_is_counted() {
    for (text, unit) in [
        (
            "Capital Health Care, a 40,000 member health maintenance organization",
            "member",
        ),
        ("Labour had a 26 point lead over National", "point"),
        ("she released a 288 page book", "page"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // not after a scale word ("a 115 mln contract" is money), nor before a dimension word
    assert_eq!(one("from a 115 mln contract awarded").unit, None);
    assert_eq!(one("a 1,000 strong crowd").unit, None);
}

#[test]
fn hyphenated_one_fourths_ages_under_a_bound_and_wire_capitals() {
    let page = one("The one-page response offered no timeline.");
    assert_eq!(
        (page.value, page.unit.as_deref()),
        (Some(1.0), Some("page"))
    );
    // a fraction or a plural compound is no count
    assert_eq!(
        one("about one-fourth of its farm loan portfolio").value,
        Some(0.25)
    );
    assert_eq!(one("three-fourths of Americans").value, Some(0.75));
    assert!(extract("armed with biting one-liners").is_empty());
    // a bound before the age phrase bounds the age
    for (text, change) in [
        ("allow Hondurans under the age of 21 to apply", Change::Less),
        ("Children under age 5 died", Change::Less),
        ("over the age of 65", Change::More),
    ] {
        let f = one(text);
        assert_eq!(
            (f.unit.as_deref(), f.change),
            (Some("year"), change),
            "{text}"
        );
    }
    // wire copy capitalises the word after "U.S."
    let f = one("all 17 Japanese and U.S. Insurers offering variable life policies");
    assert_eq!(f.unit.as_deref(), Some("insurer"));
}

#[test]
fn a_bounded_one_counts_the_singular_noun_after_it() {
    for (text, unit) in [
        (
            "including at least one bomb that hit the parliament",
            Some("bomb"),
        ),
        (
            "at least one potential challenger in the race",
            Some("challenger"),
        ),
        ("at least one reason why they refused", Some("reason")),
        // not a part of a compound, but the noun past it
        ("at least one full-time staffer", Some("staffer")),
    ] {
        assert_eq!(one(text).unit.as_deref(), unit, "{text}");
    }
}

#[test]
fn a_count_per_span_of_time_is_a_rate() {
    for (text, unit) in [
        (
            "China's smokers consume 1.7 trillion cigarettes a year",
            "cigarette per year",
        ),
        (
            "Brymon plans to offer five flights a day from London",
            "flight per day",
        ),
        ("the group plays four or five shows a year", "show per year"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // "a year ago" is a time, not a rate
    assert_eq!(
        one("He sold 5 cars a year ago.").unit.as_deref(),
        Some("car")
    );
}

#[test]
fn currencies_the_euro_replaced_are_money() {
    for (text, currency) in [
        ("The requirement was 1.85 billion punts.", "IEP"),
        ("a loan of 500 mln schillings", "ATS"),
        ("it sold for 20 billion escudos", "PTE"),
        ("a budget of 300 billion drachmas", "GRD"),
    ] {
        let f = one(text);
        assert_eq!(
            (f.dimension.as_deref(), f.currency.as_deref()),
            (Some("currency"), Some(currency)),
            "{text}"
        );
    }
}

#[test]
fn a_lone_one_counts_a_noun_unless_it_stands_for_a_or_some() {
    for (text, noun) in [
        (
            "\"It is a disservice,\" one student, Mahlon Sorensen, told the paper.",
            "student",
        ),
        ("If one party refuses, the deal fails.", "party"),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(1.0), Some(noun)),
            "{text}"
        );
    }
    for text in [
        "One thing that everyone seems to agree on is that.",
        "It was one reason why the recovery lagged.",
        "One of them left.",
        "He quit his BBC One show.",
        "Trump, one senior GOP aide said, could lose.",
        "\"It is bad,\" one banker said.",
        "the one man who knew",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
    }
}

#[test]
fn rates_of_each_time_ranges_with_rates_and_deadweight_tons() {
    let f = one("the tax will bring in between $30,000 and $40,000 each year to fund it");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(30000.0), Some(40000.0), Some("dollar per year"))
    );
    assert_eq!(
        one("Prices of $30 to $40 a barrel.").unit.as_deref(),
        Some("dollar per barrel")
    );
    // "each" makes a rate of a time only
    assert_eq!(one("They pay 5 dlrs each.").unit.as_deref(), Some("dollar"));
    // (the euro's zone is a place: "the 12 Euro zone countries")
    assert_eq!(
        one("the 12 Euro zone countries will grow").unit.as_deref(),
        Some("country")
    );
    // a wire's other plural of dollars
    assert_eq!(
        one("The price is 21,250 dls.").unit.as_deref(),
        Some("dollar")
    );
    let f = one("vessels up to 150,000 deadweight tons");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(150000.0), Some("metric ton"), Change::Less)
    );
    // an order of magnitude counting what comes after "more"
    let f = one("to avert hundreds more deaths by April 8");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(100.0), Some(1000.0), Some("death"))
    );
}

#[test]
fn sports_rates_latin_plurals_and_others() {
    for (text, unit) in [
        ("He has scored 9.3 goals a season.", "goal per season"),
        ("He averaged 20 points per game.", "point per game"),
        ("Tickets cost $30 a game.", "dollar per game"),
        // a rate's base only: a count of games counts games
        ("Arsenal have won five games in a row.", "game"),
        ("Four movies have been announced.", "movie"),
        ("It will negotiate with three consortia.", "consortium"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // "others" stand for a noun said before, they are no unit
    assert_eq!(one("Three others were hurt.").unit, None);
    // the concept is the plural as written
    let f = one("and three international consortia are battling for it.");
    assert_eq!(f.concept.as_deref(), Some("international consortia"));
}

#[test]
fn an_adverb_of_a_time_makes_a_measure_a_rate() {
    for (text, unit) in [
        (
            "It will supply 7.5 million tonnes annually.",
            "metric ton per year",
        ),
        (
            "It will supply 7.5 million tonnes of LPG annually.",
            "metric ton per year",
        ),
        ("It pumps 5 million barrels daily.", "barrel per day"),
        // a growth rate stays a percentage
        ("Prices rose 3% annually.", "percent"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn money_per_a_thing_counted_and_counts_of_named_kinds() {
    for (text, unit) in [
        ("It costs $500 per student.", "dollar per student"),
        ("He is getting $20m a movie.", "dollar per movie"),
        ("It costs $5 per person.", "dollar per person"),
        ("Income was $30,000 per capita.", "dollar per person"),
        ("Shr loss four cts vs loss one ct", "cent"),
    ] {
        let f = extract(text);
        assert_eq!(
            f.last().and_then(|f| f.unit.as_deref()),
            Some(unit),
            "{text}"
        );
    }
    // "a" before a noun that goes on is no rate
    assert_eq!(
        one("He paid $5 a year ago.").unit.as_deref(),
        Some("dollar")
    );
    let f = extract("A group of 31 Republican and six Democratic lawmakers sent a letter.");
    assert_eq!(f[0].unit.as_deref(), Some("lawmaker"), "{f:?}");
}

#[test]
fn a_digit_one_counts_its_noun_and_irish_pence() {
    assert_eq!(
        one("Shaheen is behind by 1 point in another poll.")
            .unit
            .as_deref(),
        Some("point")
    );
    assert_eq!(
        one("at an ex-dividend price of 371 Irish pence per share")
            .unit
            .as_deref(),
        Some("Irish penny per share")
    );
    assert_eq!(
        one("it expects the financing to increase to a total of 12 mln dlrs.").change,
        crate::model::Change::Up
    );
}

#[test]
fn a_people_s_singular_after_one_a_part_included_and_a_person_s_age() {
    let f = one("a Taliban strike that killed one American.");
    assert_eq!(f.unit.as_deref(), Some("American"));
    // a kind named by a capitalised word shares no capitalised noun
    let f = extract("three American and one Indian, said");
    assert_eq!(f[0].unit, None, "{f:?}");
    let f = extract("an offering of 2,500,000 common shares, including 700,000 to be sold");
    assert_eq!(f[1].unit.as_deref(), Some("share"), "{f:?}");
    let f = one("joined Diaghilev in Monte Carlo when she was 14.");
    assert_eq!(f.unit.as_deref(), Some("year"));
    // a figure after a possessive describes the noun a verb changes
    let f = one("Japan was asked to cut its 2.5 pct discount rate.");
    assert_eq!(f.change, crate::model::Change::Exact);
}

#[test]
fn a_growth_rate_every_year_stays_a_percentage_and_a_capital_gain_is_a_level() {
    let f = one("the Indian auto market, which is growing over 12 percent every year");
    assert_eq!(
        (f.unit.as_deref(), f.concept.as_deref()),
        (Some("percent"), Some("Indian auto market"))
    );
    let f = extract("a 43.294 ct return of principal and a 6.706 ct capital gain");
    assert_eq!(f[1].change, crate::model::Change::Exact, "{f:?}");
}

#[test]
fn rates_after_a_non_time_base_and_shares_of_a_scale_word() {
    // "after" ends a rate only after a time ("$5 a year after")
    let f = one("Crude was selling for 15 to 17 dlrs a barrel after months of lower prices.");
    assert_eq!(f.unit.as_deref(), Some("dollar per barrel"));
    assert_eq!((f.low, f.high), (Some(15.0), Some(17.0)));
    assert_eq!(
        one("A quarter of a million people are poor.").value,
        Some(250_000.0)
    );
    assert_eq!(
        one("three quarters of a million people").value,
        Some(750_000.0)
    );
    assert_eq!(one("half a million jobs").value, Some(500_000.0));
    // an adjective before a rate's base
    let f = one("The dividend is 10 marks per ordinary share.");
    assert_eq!(f.unit.as_deref(), Some("mark per share"));
    // a fraction of a group stays a fraction
    assert_eq!(one("three quarters of voters").value, Some(0.75));
}

#[test]
fn four_modifiers_before_a_counted_noun_and_an_agent_after_by() {
    let f = one("Last week's decline was accentuated by two big summer auto plant shutdowns.");
    assert_eq!(f.unit.as_deref(), Some("shutdown"));
    // "by" after a participle that changes nothing is no change's amount
    assert_eq!(f.change, Change::Exact);
    assert_eq!(one("Sales were lifted by 5%.").change, Change::Up);
}

#[test]
fn an_elided_currency_after_a_listed_money_figure() {
    let f = extract(
        "The agreement should cover 1.6 billion dollars of debt due this year and 3.5 billion \
         due in 1988.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("dollar"));
    // not a number with its own noun after it
    let f = extract("GDP was $3 trillion, and 1.4 billion live in poverty.");
    assert_eq!(f[1].unit, None);
    // "one" standing for "a" before a vague noun
    assert!(extract("GOP lawmakers were united on one front.").is_empty());
}

#[test]
fn a_unit_as_a_rate_base_and_several_hundred_million() {
    let f = one("It will pay a regular quarterly distribution of 60 cts a unit on April 15.");
    assert_eq!(f.unit.as_deref(), Some("cent per unit"));
    assert_eq!(one("It sold 500 units.").unit.as_deref(), Some("unit"));
    let f = one("The purchase price had been several hundred million dollars.");
    assert_eq!((f.low, f.high), (Some(3e8), Some(9e8)));
    let f = one("It prohibits picketing for any period over 30 days.");
    assert_eq!(f.change, Change::More);
}

#[test]
fn zimbabwe_dollars() {
    let f = one("It has a budget deficit of more than one billion Zimbabwean dlrs.");
    assert_eq!(f.unit.as_deref(), Some("Zimbabwe dollar"));
    assert_eq!(f.currency.as_deref(), Some("ZWD"));
}

#[test]
fn a_fee_s_bare_fraction_and_a_fraction_of_a_point() {
    let f = extract("Fees comprise 1-3/8 selling concession and 5/8 pct management combined.");
    assert_eq!(f[0].unit.as_deref(), Some("percent"), "{f:#?}");
    let f = extract("The six-month yields fell 1/16 point to 6-1/16 pct from 6-1/8 pct.");
    let point = f.iter().find(|f| f.value == Some(0.0625));
    assert_eq!(
        point.and_then(|f| f.unit.as_deref()),
        Some("point"),
        "{f:#?}"
    );
    assert!(extract("It offers one-click shopping.").is_empty());
}

#[test]
fn a_strict_short_unit_before_a_rate_names_joined_and_a_maximum_penalty() {
    let f = one("work will begin on a test mine with a capacity of 500,000 mt a year");
    assert_eq!(f.unit.as_deref(), Some("metric ton per year"));
    assert_eq!(one("He is 5 in a row.").unit, None);
    assert_eq!(
        one("despite three Trump-Kim summits").unit.as_deref(),
        Some("summit")
    );
    let f = one("He faces a maximum sentence of 20 years.");
    assert_eq!(f.change, Change::Less);
}

#[test]
fn an_amount_after_a_counted_noun_and_to_is_in_its_unit() {
    let f = one("approved an increase in authorized common shares to 120 mln from 60 mln.");
    assert_eq!((f.unit.as_deref(), f.from), (Some("share"), Some(6e7)));
    // (not below millions: "cut staff to 40" stays bare)
    assert_eq!(one("the firm cut its shares to 40").unit, None);
}
