//! Concept reading across brackets, asides, relative clauses, long of-phrases and transfers.

use super::super::super::extract;
use super::concept;

#[test]
fn brackets_acronym_plurals_and_name_suffixes() {
    assert_eq!(
        concept(
            "We have the highest share of adults (90 percent) who report good health.",
            0
        ),
        "highest share of adults"
    );
    let f = &extract("Some 32 Labour MPs voted against the legislation.")[0];
    assert_eq!(
        (f.unit.as_deref(), f.concept.as_deref()),
        (Some("MP"), Some("Labour MPs"))
    );
    let f = &extract("officials identified the suspect as Cesar Sayoc Jr., 56, of Aventura")[0];
    assert_eq!(
        (f.unit.as_deref(), f.concept.as_deref()),
        (Some("year"), Some("Cesar Sayoc Jr"))
    );
}

#[test]
fn subjects_of_intransitive_counts_proportions_and_money_in_a_noun() {
    assert_eq!(
        concept(
            "At least 2,800 have died or disappeared during the journey.",
            0
        ),
        "died"
    );
    // a proportion, like "seven in 10", counts what follows
    let f = &extract("Nearly nine out of 10 Americans now have health insurance.")[0];
    assert_eq!(
        (f.value, f.unit.as_deref(), f.concept.as_deref()),
        (Some(0.9), None, Some("Americans"))
    );
    // money in a noun whose head is no time ("campaign" alone is a period in the schema)
    assert_eq!(
        concept("converting more than $250,000 in campaign funds", 0),
        "campaign funds"
    );
    assert_eq!(
        concept("millions of dollars in lease fees every year", 0),
        "lease fees"
    );
    assert_eq!(concept("$5 million in the first quarter", 0), "");
}

#[test]
fn places_relative_clauses_transfers_and_elided_wholes() {
    // a place the verb happened at is passed over on the way to its subject
    let t = "Matsushita's shares closed on the Tokyo Stock Exchange at 1,640 yen.";
    assert_eq!(concept(t, 0), "Matsushita's shares");
    // (not a change noun's phrase: "a rise in debt leverage to 67 pct")
    assert_eq!(
        concept("It reported a rise in debt leverage to 67 pct.", 0),
        "debt leverage"
    );
    // the antecedent of a short relative clause
    let t = "progress came thanks to the country's oil revenues which have exceeded $22bn.";
    assert_eq!(concept(t, 0), "country's oil revenues");
    // what an amount is taken from or added to
    assert_eq!(
        concept("Obama has cut $716 billion from Medicare.", 0),
        "Medicare"
    );
    let t = "The acquisition adds about 15 mln dlrs to its annual sales volume.";
    assert_eq!(concept(t, 0), "sales volume");
    // ("took two hours to die": a duration before an infinitive is no transfer)
    assert_ne!(concept("Wood took about two hours to die.", 0), "die");
    // the whole of a partitive counts what its part does
    let figs = extract("Cruz won at least 30 delegates out of Colorado's 37 in all.");
    assert_eq!(figs[1].unit.as_deref(), Some("delegate"));
    // an aside, "each", "would total", a figure's own "current"
    let t = "The cost of the package, officials estimated, would be roughly $500 million.";
    assert!(concept(t, 0).contains("package"));
    let t = "The state will own 13% each of the finished transport hub.";
    assert_eq!(concept(t, 0), "finished transport hub");
    let t = "Amoco's stock offering would total more than one billion Canadian dlrs.";
    assert_ne!(concept(t, 0), "total");
    let t = "a top tax rate of 25 percent, down from the current 39.5 percent";
    assert_eq!(concept(t, 1), concept(t, 0));
}

#[test]
fn nouns_spelled_like_verbs_and_money_asked_for_a_purpose() {
    // a linking verb's form after a determiner, or a gerund before the verb, is the subject
    assert_eq!(concept("The total cost was $7.5 billion.", 0), "total cost");
    assert_eq!(
        concept("Government borrowing reached 7.5 billion dlrs.", 0),
        "Government borrowing"
    );
    assert_ne!(concept("the top 2 percent of earners", 0), "top");
    // money proposed or raised for something measures it (not a time, nor a behalf)
    let t = "The president proposed $800 million for humanitarian assistance.";
    assert_eq!(concept(t, 0), "humanitarian assistance proposed");
    assert_ne!(
        concept("He raised $21.5 million in the second quarter.", 0),
        "second quarter"
    );
    // "principal amount of", "face value of" lead to what the money is
    let t = "an offering of 50 mln dlrs principal amount of convertible subordinated debentures";
    assert_eq!(
        concept(t, 0),
        "offering of convertible subordinated debentures"
    );
    // months joined by "and" are one time on the way to the subject
    let t = "industrial production in January and February 1987 fell 1-1/2 pct";
    assert_eq!(concept(t, 0), "industrial production");
    // an of-phrase past a year; a place after a day; a chart position before a counted noun
    let t = "Repayments account for almost a third of the 1987/88 budget.";
    assert_eq!(concept(t, 0), "budget");
    let t = "Revlon closed yesterday on the New York Stock Exchange at 14-3/4.";
    assert_eq!(concept(t, 0), "Revlon");
    assert_eq!(
        concept("spawned three top 20 singles.", 0),
        "top 20 singles"
    );
    // a capital's code with its number is a name; a state adjective is passed over
    let t = "Economists said that M-1 should be down four billion dlrs.";
    assert_eq!(concept(t, 0), "M-1");
    let t = "Worldwide utilization of offshore rigs was steady at 53.8 pct.";
    assert_eq!(concept(t, 0), "Worldwide utilization of offshore rigs");
    // "billion-worth of" leads to what the money buys
    let t = "China only imported $130 billion-worth of American goods in 2017";
    assert_eq!(concept(t, 0), "American goods imported");
    // money added for something measures it
    assert_eq!(
        concept("we also added $75 billion for hospitals", 0),
        "hospitals added"
    );
    // an adjective describing the figure is no concept
    let t = "Card-not-present fraud rose an annual 6% to £116.4m.";
    assert_eq!(concept(t, 0), "Card-not-present fraud");
}

#[test]
fn long_of_phrases_ticker_brackets_and_money_taken_from() {
    for (text, want) in [
        (
            "a tender for 6,000 tonnes of refined bleached deodorised palm oil for March",
            "palm oil",
        ),
        (
            "Fujitsu is to buy 80 pct of its <Fairchild Semiconductor Corp>",
            "Fairchild",
        ),
        (
            "\"He stole $700 billion from Medicare,\" said Priebus.",
            "Medicare",
        ),
        // (what the verb cut: the prices, not the models they are on)
        (
            "It cut prices on its models 2 and 4 to 2,699 dlrs from 2,999 dlrs",
            "prices",
        ),
    ] {
        let c = concept(text, 0);
        assert!(c.contains(want), "{text}: {c}");
    }
}

#[test]
fn a_base_year_or_relative_clause_between_commas_is_passed_over() {
    for (text, want) in [
        (
            "The consumer price index, base 1978/79, was 1,957.3 in March",
            "consumer price index",
        ),
        (
            "The index, which is seasonally adjusted, rose 5 pct",
            "index",
        ),
        (
            "It showed a sharp 1.3 pct rise in the cost of living",
            "cost",
        ),
    ] {
        let c = concept(text, 0);
        assert!(c.contains(want), "{text}: {c}");
    }
}

#[test]
fn ages_name_their_people_and_determined_gerunds_are_nouns() {
    for (text, want) in [
        (
            "a plan to allow Hondurans under the age of 21 to apply",
            "Hondurans",
        ),
        ("Children under age 5 died of the disease", "Children"),
        (
            "thus assuring Sainsbury's a total holding of 74.0 pct",
            "holding",
        ),
    ] {
        let c = concept(text, 0);
        assert!(c.contains(want), "{text}: {c}");
    }
}

#[test]
fn a_head_of_cattle_measures_the_subject() {
    let c = concept(
        "Cattle slaughter is guesstimated at about 124,000 to 128,000 head.",
        0,
    );
    assert_eq!(c, "Cattle slaughter");
}

#[test]
fn directions_periods_owned_valuations_and_shares_of_gdp_are_passed_over() {
    for (text, k, want) in [
        // a distance's direction is no concept; a name with one is
        ("The claims are located 80 miles northwest of Fairbanks.", 0, "claims"),
        ("West Texas Sour rose 50 cts to 17.50 dlrs.", 0, "West Texas Sour"),
        // a period's possessive, with its ordinal
        (
            "The one month yield was set at last week's 6-3/4 pct.",
            1,
            "yield",
        ),
        (
            "Consumer spending grew 4.2% in the final quarter, down from the third quarter's 5.1%.",
            1,
            "Consumer spending",
        ),
        // a participle right after a noun values the noun
        (
            "MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn.",
            0,
            "deal",
        ),
        // a share of the economy measures what comes before it
        ("The budget deficit is 4.9 pct of GDP.", 0, "budget deficit"),
        (
            "Portugal's foreign debt, which totals more than 16 billion dlrs, was forecast to fall.",
            0,
            "foreign debt",
        ),
    ] {
        let c = concept(text, k);
        assert!(c.contains(want), "{text}: {c}");
    }
}

#[test]
fn a_measure_noun_s_of_phrase_and_a_leader_with_its_share() {
    for (text, k, want) in [
        (
            "An additional 7,959 head of dairy cattle are still available to Egypt.",
            0,
            "dairy cattle",
        ),
        (
            "A survey found Dunleavy leading with 47 percent, trailed by Walker at 27 percent.",
            0,
            "Dunleavy",
        ),
        // (a noun right before "with" and a share in a list)
        (
            "The greatest growth was in fisheries with 10 pct, agriculture at 8.7 pct.",
            0,
            "fisheries",
        ),
    ] {
        let c = concept(text, k);
        assert!(c.contains(want), "{text}: {c}");
    }
    // (not a rank)
    let c = concept("Warren came in third place with 18.2 percent.", 0);
    assert!(!c.contains("place"), "{c}");
    // a baseline's "compared with" still shares its neighbour's concept
    let c = concept("Sales were 5 mln dlrs, compared with 4 mln dlrs.", 1);
    assert_eq!(c, "Sales");
    // (but a baseline with its own of-phrase, as its neighbour has, keeps its own)
    let t = "Only 68 percent of Republicans view their party favorably, compared with 88 \
             percent of Democrats who say the same of their party.";
    assert_eq!(concept(t, 1), "Democrats");
}

#[test]
fn periods_days_after_months_and_verbs_joined_are_passed_over() {
    for (text, k, want) in [
        (
            "Total offtake in the first four months of the current year was 2.71 mln tonnes.",
            1,
            "Total offtake",
        ),
        (
            "Ames said sales for the five weeks ended April Four were up 8.2 pct.",
            1,
            "sales",
        ),
        (
            "Soviet imports of soymeal may reach or exceed one mln tonnes this year.",
            0,
            "soymeal",
        ),
    ] {
        let c = concept(text, k);
        assert!(c.contains(want), "{text}: {c}");
    }
}

#[test]
fn heads_past_several_prepositions_times_of_day_and_question_words() {
    for (text, k, want) in [
        (
            "In February, borrowings from the private sector by non-bank financial \
             intermediaries rose by 1.0 pct.",
            0,
            "borrowings",
        ),
        (
            "Exports of coffee from Brazil to Japan rose 5 pct.",
            0,
            "Exports of coffee",
        ),
        (
            "BAT shares were down at 524p in late afternoon trading.",
            0,
            "BAT shares",
        ),
        ("The $5 billion deficit grew.", 0, "deficit"),
        ("The deal is worth 630 mln dlrs.", 0, "deal"),
        (
            "the new quarterly dividend rate is equivalent to 29 cts a share",
            0,
            "quarterly dividend rate",
        ),
        (
            "Eurofima is launching 40 mln Swiss francs of six year notes.",
            0,
            "notes",
        ),
        ("these losses were twice as high as expected", 0, "losses"),
        (
            "its 2004 sequel taking almost $1.6bn (£857m) worldwide.",
            0,
            "sequel",
        ),
        (
            "less than two pct of worldwide sales of 4.5 billion dlrs",
            0,
            "worldwide sales",
        ),
        (
            "BNL would issue 120 mln dlrs of five-year convertible eurobonds.",
            0,
            "issue convertible eurobonds",
        ),
        (
            "That left growth for the full year at 3.1 pct.",
            0,
            "growth",
        ),
        (
            "It fell into the hands of Rosneft in a deal worth $9.4bn (£5bn).",
            0,
            "deal",
        ),
        (
            "Orders on hand at end-1986 9.1 billion vs 10.3 billion.",
            0,
            "Orders",
        ),
        (
            "Roughly four-in-ten consistent liberals on Facebook (44%) say so.",
            1,
            "consistent liberals",
        ),
        (
            "It could all be worked out in a 45-minute meeting.",
            0,
            "meeting",
        ),
        (
            "He need not worry about the \"47 percent\" of Americans who pay no tax.",
            0,
            "Americans",
        ),
        (
            "Grants would have been cut in the coming fiscal year to $1.6 billion from $3.3 \
             billion.",
            0,
            "Grants",
        ),
    ] {
        assert_eq!(concept(text, k), want, "{text}");
    }
    let c = concept(
        "acknowledging how many of us are being paid less than $10 an hour",
        0,
    );
    assert_ne!(c, "how");
    assert_ne!(concept("which, again, is now zero dollars", 0), "again");
}

#[test]
fn a_difference_measures_what_it_is_compared_to_and_stacked_modifiers_their_noun() {
    assert_eq!(
        concept(
            "That is 46 basis points more than the yield of comparable Treasury securities.",
            0
        ),
        "yield"
    );
    // not a time or a forecast
    let f = extract("Jobless fell to 2.5 million, some 300,000 more than a year earlier.");
    assert!(f[1].concept.as_deref() != Some("year"), "{f:#?}");
    // "a 200-page, tabloid-size book", "the 10-year, $600 billion-plus increase"
    assert_eq!(
        concept(
            "The ICRC runs the Gazetta - a 200-page, tabloid-size book of names.",
            0
        ),
        "book"
    );
    assert_eq!(
        concept(
            "They passed the 10-year, $600 billion-plus increase in taxes.",
            0
        ),
        "increase in taxes"
    );
}

#[test]
fn a_measure_s_adjective_of_size_leaves_the_concept_to_the_subject() {
    assert_eq!(concept("The wall is 5 feet tall.", 0), "wall");
    assert_eq!(
        concept("I see this pile of documents that's 5 inches tall.", 0),
        "documents"
    );
    // "a four-month high" is a noun
    assert_eq!(
        concept(
            "Oil prices rose, reaching a four-month high as traders bought.",
            0
        ),
        "high"
    );
}

#[test]
fn a_span_of_time_after_an_of_phrase_s_head_measures_the_head() {
    assert_eq!(
        concept(
            "It is a charge which carries a sentence of up to 15 years in jail.",
            0
        ),
        "sentence"
    );
    assert_eq!(concept("He spent three years in prison.", 0), "prison");
}

#[test]
fn an_adverb_in_dily_or_vily_is_no_concept() {
    let c = concept(
        "Japan's trade surplus has grown steadily, registering a record 2.13 billion dlrs.",
        0,
    );
    assert_ne!(c, "steadily");
}

#[test]
fn a_count_s_noun_inside_the_figure_is_what_it_counts() {
    assert_eq!(concept("He will write one more book.", 0), "book");
    assert_eq!(
        concept("Camara will miss one additional game.", 0),
        "additional game"
    );
    // a noun after the figure's own noun is what a spaced modifier measures
    assert_eq!(
        concept("It is a 40,000 member health maintenance organization.", 0),
        "health maintenance organization"
    );
}

#[test]
fn a_capital_after_an_abbreviations_stop_starts_no_name() {
    // (wire copy capitalises the word after "U.S.")
    let t = "Equity investment company Battery Group agreed to buy Occidental Life from \
             TransAmerica Corp of the U.S. For 105 mln Australian dlrs.";
    assert_ne!(concept(t, 0), "For");
    let t = "Other major buyers were the U.S. At 86,383 tonnes, up from 81,629 in 1985.";
    assert_ne!(concept(t, 0), "At");
    // a name after a title's stop still is one
    let t = "Mr. Sanders raised $5 million.";
    assert_eq!(concept(t, 0), "Sanders raised");
}

#[test]
fn money_in_a_noun_past_an_abbreviation_a_hyphened_figure_or_an_adverb() {
    let t = "Japan will remove tariffs on $7.2 billion in U.S. farm goods.";
    assert_eq!(concept(t, 0), "U.S. farm goods");
    let t = "The effort involves 250 mln dlrs in 12-year subordinated capital notes and 100 mln \
             in convertible preferred stock.";
    assert_eq!(concept(t, 0), "subordinated capital notes");
    assert_eq!(concept(t, 2), "convertible preferred stock");
    let t = "It wants easier terms on 5.8 billion dlrs of previously restructured debt.";
    assert_eq!(concept(t, 0), "restructured debt");
    // (an adverb before an adjective is no way in: "in moderately light midsession trade")
    let t = "CBT corn futures held gains of two cents per bushel in moderately light trade.";
    assert_ne!(concept(t, 0), "light trade");
}

#[test]
fn a_subject_past_an_abbreviation_and_a_with_phrase() {
    let t = "South Korea's trade surplus with the U.S. Rose to 7.1 billion dlrs last year.";
    assert_eq!(concept(t, 0), "Korea's trade surplus");
    assert_eq!(
        concept("Exports to the U.S. rose to 7.1 billion dlrs.", 0),
        "Exports"
    );
    // ("with" attaches to a noun that takes it only)
    let t = "The shale gas revolution with prices falling from $10 to $3 has hurt coal.";
    assert_eq!(concept(t, 0), "prices");
}

#[test]
fn a_relative_clause_closed_by_the_main_verb_is_passed_over() {
    let t = "The Police Protective League, which represents rank-and-file officers, directed \
             $1 million into its own committee.";
    assert_eq!(concept(t, 0), "Police Protective League");
    let t = "Alexander Litvinenko, who had turned on his former colleague Putin, died three \
             weeks after drinking tea.";
    assert_eq!(concept(t, 0), "Alexander Litvinenko");
    // a measure noun's of-phrase, past its modifiers
    let t = "Police found three small bags of cocaine in his shirt pocket.";
    assert_eq!(concept(t, 0), "cocaine");
}

#[test]
fn money_in_a_noun_past_a_bracketed_conversion() {
    let t = "The government is to hand its wine industry 70m euros ($91m) in aid to help it.";
    assert_eq!(concept(t, 0), "aid");
    assert_eq!(concept(t, 1), "aid");
    // (not a time: "took $19.5m (£14.9m) in three days")
    let t = "Boogeyman took $19.5m (£14.9m) in three days.";
    assert_ne!(concept(t, 0), "three days");
}

#[test]
fn amounts_listed_in_one_unit_before_a_noun_measure_it() {
    let t = "Sales will come from the introduction of 90 mg and 120 mg Cardizem tablets.";
    assert_eq!(concept(t, 0), "Cardizem tablets");
    assert_eq!(concept(t, 1), "Cardizem tablets");
}

#[test]
fn a_figure_before_a_copula_measures_the_noun_phrase_after_it() {
    let t = "Ms. Pelosi and Mr. Schumer said $1.3 billion was their highest bid.";
    assert_eq!(concept(t, 0), "highest bid");
    assert_eq!(concept("He said 5% is the target.", 0), "target");
    // (not an adjective, nor what a person of an age does)
    assert_eq!(concept("$20 is a lot.", 0), "");
    let t = "The 33-year-old was found guilty of using drugs.";
    assert_ne!(concept(t, 0), "found guilty");
}
