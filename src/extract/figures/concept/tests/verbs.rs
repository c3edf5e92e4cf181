//! A verb of trade, gain or harm acting on a figure is part of what the figure measures; an
//! auxiliary is not, and a noun of trade in -ing ("funding") is no verb. A span of time after
//! a past participle and "for", or back from now ("founded nine years ago"), measures the verb.

use super::concept;

#[test]
fn the_verb_follows_a_subject_before_the_figure() {
    let t = "Last year the company earned 1.28 dlrs a share from continuing operations.";
    assert_eq!(concept(t, 0), "company earned");
    let t = "Delta, which lost $646m in the three months to September, said it would cut jobs.";
    assert_eq!(concept(t, 0), "Delta lost");
    // after the prepositions of a price
    let t = "The notes have a 6-7/8 pct coupon and were priced at 99.80 to yield 47 basis points.";
    assert!(concept(t, 1).ends_with("priced"), "{}", concept(t, 1));
}

#[test]
fn an_object_after_the_figure_takes_the_verb_by_its_form() {
    // a past form goes after the object, any other before it
    let t = "The Gabelli group said it sold 216,049 Gencorp common shares.";
    assert_eq!(concept(t, 0), "Gencorp common shares sold");
    let t = "Intercon Security, employing 850 people, provides a full range of services.";
    assert_eq!(concept(t, 0), "employing people");
    // with nothing else to go by, the verb alone
    let t = "attacks that killed at least 31 in Brussels";
    assert_eq!(concept(t, 0), "killed");
}

#[test]
fn what_the_verb_does_not_add_to() {
    // money paid for something measures that thing
    let t = "The Home Office says people will pay £85 for a passport.";
    assert_eq!(concept(t, 0), "passport");
    // a span of time measures where it was spent
    assert_eq!(concept("He spent 10 years in office.", 0), "office");
    // an article: the verb acts on the noun the figure describes
    let t = "General Electric Co has received a 42.7 mln dlr contract for work on engines.";
    assert_eq!(concept(t, 0), "contract");
    // a phrase that already names a trade
    let t = "Beijing is lifting its soybean purchases to 20 million tons and has committed to \
             buying 25 million tons next season.";
    assert_eq!(concept(t, 1), "soybean purchases");
    // a capital opens a name or a table row, not a verb
    assert_ne!(concept("Sold 2,000 vs 1,500", 0), "Sold");
}

#[test]
fn a_trade_the_figure_is_the_amount_of_comes_first() {
    let t = "Marsam Pharmaceuticals Inc said an initial public offering of 800,000 common shares \
             is underway.";
    assert_eq!(concept(t, 0), "initial public offering of common shares");
    // the words before the noun describe it only after a determiner
    let t = "The agency accepted bids to cover sales of 54,000 tonnes of durum wheat.";
    assert_eq!(concept(t, 0), "sales of durum wheat");
    // a phrase the noun closes is kept whole
    let t = "It also said 1987 capital and exploration spending of 420 mln dlrs will be lower.";
    assert_eq!(concept(t, 0), "exploration spending");
}

#[test]
fn an_indirect_object_is_passed_over_to_the_subject() {
    let t = "Movie piracy cost the industry £3.7bn ($7bn) in 2003, according to analysts.";
    assert_eq!(concept(t, 0), "Movie piracy cost");
    let t = "It was reported that the IRS owed Windsor $363,053.";
    assert_eq!(concept(t, 0), "IRS owed");
    // with no subject to be found, the verb alone
    assert_eq!(concept("He would offer the boys 100 rupees.", 0), "offer");
    // (not a noun after the verb's object: "giving a speech to 45,000 people")
    let t = "I think that if I was giving a speech to 45,000 people.";
    assert_eq!(concept(t, 0), "people");
}

#[test]
fn measure_names_new_amounts_and_month_ends() {
    // a measure's name after "in" is not what is measured
    let t = "He said the speech would be 12 or 13 minutes in length.";
    assert_eq!(concept(t, 0), "speech");
    // past "new" to the noun money is in
    let t = "The budget proposes 19.5 billion dlrs in new taxes next year.";
    assert_eq!(concept(t, 0), "taxes");
    // a month's end is a time
    let t = "Foreign exchange reserves were 10.37 billion dlrs at end-September, down from \
             10.47 billion at end-June and 12.59 billion at end-September 1985.";
    assert_eq!(concept(t, 2), "Foreign exchange reserves");
}

#[test]
fn stacked_figures_measure_one_noun() {
    let t = "The financing will involve a 150 mln stg five-year committed tranche.";
    assert_eq!(concept(t, 0), "committed tranche");
    let t =
        "Sapporo is launching a 100 mln Swiss franc, 4-5/8 pct, five-year guaranteed notes issue.";
    assert_eq!(concept(t, 0), "guaranteed notes issue");
    assert_eq!(concept(t, 1), "guaranteed notes issue");
    // (past an adjective between them)
    let t = "It secured a five-year 8.573 pct secured 9.9-mln-dlr loan on its Irvine property.";
    assert_eq!(
        (concept(t, 0), concept(t, 1)),
        ("loan".into(), "loan".into())
    );
    // a word describing an amount inside an of-phrase stays
    let t = "It offered to buy up to 24.7 mln dlrs principal amount of Charter's new debentures.";
    assert!(
        concept(t, 0).ends_with("Charter's new debentures"),
        "{}",
        concept(t, 0)
    );
    // patients treated
    let t = "Tufts Medical Center said it treated 14 patients, seven of whom have been discharged.";
    assert_eq!(concept(t, 0), "patients treated");
}

#[test]
fn a_trade_or_a_verb_past_a_bound_or_an_adverb() {
    let t =
        "GM said its board authorized the repurchase of as many as five mln shares each of its \
             class E and class H common.";
    assert!(
        concept(t, 0).starts_with("repurchase of"),
        "{}",
        concept(t, 0)
    );
    let t = "Prosecutors said Hahn and Park illegally sent abroad more than 15 mln dlrs.";
    assert_eq!(concept(t, 0), "Park sent");
}

#[test]
fn a_count_s_verb_after_it_and_places_on_a_scale() {
    let t = "Trouble flared after nine French peacekeepers were killed.";
    assert_eq!(concept(t, 0), "French peacekeepers killed");
    assert_eq!(concept("2,800 people have died so far.", 0), "people died");
    // "range" and "mark" place a figure on a scale; what is measured is before
    let t = "It projects second quarter earnings in the 1.05 to 1.10 dlrs a share range.";
    assert_eq!(concept(t, 0), "second quarter earnings");
}

#[test]
fn a_range_verb_and_a_final_period() {
    let t = "The new prices would range from 31 U.S. cts a pound to about 38 cts.";
    assert_eq!(concept(t, 0), "prices");
    let t = "Healthvest declared a dividend for the final three weeks of the quarter of 14 cts.";
    assert_eq!(concept(t, 0), "dividend");
}

#[test]
fn money_made_a_source_s_clause_and_his_or_her() {
    let t = "In a long-awaited filing, Nortel said it had made $434m, compared to $732m.";
    assert_eq!(concept(t, 0), "Nortel made");
    // an "according to" clause is no subject
    let t = "According to the numbers released by the Department of Health and Human Services, \
             only 24 percent were young.";
    assert_ne!(concept(t, 0), "Human Services");
    let t = "A typical 65-year-old would be paying two-thirds of his or her health bills.";
    assert_eq!(concept(t, 1), "health bills");
}

#[test]
fn a_total_of_and_amounts_moved() {
    let t = "The settlement calls for NEC and NEC Information to pay a total of 2,975,000 dlrs.";
    assert!(concept(t, 0).ends_with("pay"), "{}", concept(t, 0));
    // what an amount is taken from keeps its name alone
    assert_eq!(
        concept("He stole $700 billion from Medicare.", 0),
        "Medicare"
    );
    assert_eq!(
        concept("First City, which lost a record 402 mln dlrs, said.", 0),
        "City lost"
    );
}

#[test]
fn a_price_after_the_object_of_a_verb_of_trade() {
    let t = "State-owned Rosneft bought the unit for $9.3bn after Yukos was forced to sell.";
    assert_eq!(concept(t, 0), "unit bought");
    // (not a noun before the price: "an import tender for 6,000 tonnes")
    let t = "Pakistan will hold an import tender tomorrow for 6,000 tonnes of palm oil.";
    assert_eq!(concept(t, 0), "palm oil");
}

#[test]
fn worth_after_a_comma_titles_and_a_share_who_acts() {
    let t = "The company said the two-year contract, worth 500,000 dlrs, calls for study.";
    assert_eq!(concept(t, 1), "contract");
    let t = "By contrast, 45% saw Mr. Sanders in a positive light, versus 36% who viewed him \
             negatively.";
    assert_eq!(concept(t, 0), "saw Mr. Sanders");
    assert_eq!(concept(t, 1), "viewed");
}

#[test]
fn a_codes_digits_stay_in_its_name() {
    let t = "On a year on year basis, M2 rose 16.25 pct in the 12 months to December.";
    assert_eq!(concept(t, 0), "M2");
    // (not a month's contract code: "MAY7 284 3/4")
    assert_ne!(
        concept("MINNEAPOLIS WHEAT  MAY7 284 3/4   UP  1 1/4", 0),
        "7"
    );
}

#[test]
fn a_noun_of_trade_in_ing_heads_its_phrase_past_an_auxiliary() {
    let t = "funding for that location did slip, from $11.5 million to $10.1 million.";
    assert_eq!(concept(t, 0), "funding");
    let t = "Within this total, lending to consumers fell by 6.0 pct.";
    assert_eq!(concept(t, 0), "lending");
    // (nor is a verb's auxiliary part of a concept)
    let t = "58 pct believe hostile takeovers do more harm than good";
    assert_eq!(concept(t, 0), "believe hostile takeovers");
    // (a lone letter is none: "c and f" is cost and freight)
    let t = "accepted Algeria's bid of 94.00 dlrs per tonne, c and f, for 50,000 tonnes";
    assert_ne!(concept(t, 1), "f");
}

#[test]
fn bags_measure_what_fills_them() {
    let t = "Roastings were about 275,000 bags, compared with 215,000 bags a year earlier.";
    assert_eq!(concept(t, 0), "Roastings");
    assert_eq!(concept(t, 1), "Roastings");
    let t = "The 1.0 mln bag shortfall would no longer be on the table.";
    assert_eq!(concept(t, 0), "shortfall");
    // people still count themselves
    assert_eq!(concept("The storm killed 14 people.", 0), "people killed");
}

#[test]
fn a_span_of_time_taken_to_do_something_measures_the_doing() {
    let t = "It took three years to build the bridge.";
    assert_eq!(concept(t, 0), "build the bridge");
    let t = "It will take about five months to repair at a cost of some 150 mln dlrs.";
    assert_eq!(concept(t, 0), "repair");
    assert_eq!(concept(t, 1), "cost");
    // (a subject is what is measured: "Games take at least 18 months to create")
    let t = "Games typically take at least 18 months to create, however.";
    assert_eq!(concept(t, 0), "Games");
    // (not a span with no verb taking it: "the three years to 2030")
    let t = "Exports grew 4% a year in the three years to 2030.";
    assert_ne!(concept(t, 1), "2030");
}

#[test]
fn a_singular_count_noun_after_a_plural_number_describes_the_noun_after_it() {
    assert_eq!(
        concept("At the time, a one mln share buyback was approved.", 0),
        "buyback"
    );
    // (not a plural of its own: "two people")
    assert_eq!(concept("Three people attended the session.", 0), "people");
}

#[test]
fn an_aside_between_a_noun_and_its_of_figure_is_passed_over() {
    let t = "It declared a dividend, payable June 1, of 10 cts a share.";
    assert_eq!(concept(t, 0), "dividend");
    let t = "The company reported a net profit for the year, its first since 1980, of 12 mln dlrs.";
    assert_eq!(concept(t, 0), "net profit");
    // (an aside that says why names no noun of its own: the bank before it is no concept)
    let t = "It includes write-offs at The Colonial Bank of Mobile, due to loan losses, of 1.3 mln dlrs.";
    assert_ne!(concept(t, 0), "Mobile");
}

#[test]
fn a_span_after_a_participle_and_for_measures_the_doing() {
    assert_eq!(
        concept("He could be jailed for up to 60 days.", 0),
        "jailed"
    );
    let t = "\"She should be stripped of her medals and banned for two years,\" said Pound.";
    assert_eq!(concept(t, 0), "banned");
    // (but a verb of lasting measures its subject)
    let t = "The closures, which lasted for four days, caused massive traffic jams.";
    assert_eq!(concept(t, 0), "closures");
}

#[test]
fn a_span_back_from_now_measures_the_event_its_past_verb_names() {
    let t = "The 400-student academy was founded nine years ago and was acquired in 1982.";
    assert_eq!(concept(t, 1), "founded");
    let t = "The unseeded Argentine, who won the tournament two years ago, lost.";
    assert_eq!(concept(t, 0), "won");
    let t = "The Justice Department began investigating Grimm two years ago on allegations.";
    assert_eq!(concept(t, 0), "Department began investigating");
    // (with its subject noun; but an object's relative clause names the object, and a noun's
    // time is the noun's)
    let t = "The plan passed in 2006 and the federal law passed two years ago.";
    assert_eq!(concept(t, 0), "law passed");
    let t = "He cited a statement it released more than two weeks ago.";
    assert_ne!(concept(t, 0), "released");
    let t = "I grew up in a community still haunted by the tragedy from 19 years ago.";
    assert_ne!(concept(t, 0), "haunted");
}

#[test]
fn a_count_a_total_links_to_its_subject_measures_the_subject() {
    let t = "NASDAQ said short interest as of mid-march totaled 184.9 mln shares.";
    assert_eq!(concept(t, 0), "short interest");
    // (a count a verb acts on still counts its noun)
    assert_eq!(concept("The gunman killed 14 people.", 0), "people killed");
}

#[test]
fn a_span_spent_in_a_role_measures_the_role() {
    let t = "However, I do think, after eight years as chairman, a natural time has come.";
    assert_eq!(concept(t, 0), "chairman");
    let t = "After seven years as Senate minority leader, McConnell sees an opportunity.";
    assert_eq!(concept(t, 0), "Senate minority leader");
    // (not a clause after "as")
    let t = "The ceremony drew the highest audience in four years as viewers tuned in.";
    assert_ne!(concept(t, 0), "viewers");
}

#[test]
fn a_bounds_own_of_is_no_of_phrase_before_a_count() {
    let t = "The presidents looked on as upwards of 1.5 million people were murdered.";
    assert_eq!(concept(t, 0), "people murdered");
}

#[test]
fn a_subject_is_reached_past_a_discourse_adverb_between_commas() {
    let t = "The unfiltered index, however, fell 0.1 pct in January after rising 1.0 pct.";
    assert_eq!(concept(t, 0), "index");
    assert_eq!(concept(t, 1), "index");
    let t = "The consumer price index, in contrast, rose 0.3 pct in March.";
    assert_eq!(concept(t, 0), "consumer price index");
    // (not an aside of any other words: "The index, analysts noted, fell" is the speech aside's)
    let t = "The index, in January, fell 0.1 pct.";
    assert_ne!(concept(t, 0), "index");
}

#[test]
fn a_count_takes_the_verb_in_the_past_its_noun_did_or_underwent() {
    let t = "In Europe 87,000 DS handhelds were sold in two days.";
    assert_eq!(concept(t, 0), "DS handhelds sold");
    let t = "Officials said nearly 2,000 minors were separated from their parents.";
    assert_eq!(concept(t, 0), "minors separated");
    // (not a cue, nor an adjective)
    let t = "About 300 other creditor banks expected to sign the accord.";
    assert_eq!(concept(t, 0), "creditor banks");
    let t = "The two issues unrelated to the merger were settled.";
    assert!(!concept(t, 0).contains("unrelated"), "{}", concept(t, 0));
}

#[test]
fn a_polls_share_measures_what_its_people_say_think_or_want() {
    let t = "Just 26 percent said such an attack is not likely, the survey shows.";
    assert_eq!(concept(t, 0), "said such an attack");
    let t = "62 percent want to change laws to allow for some restrictions on abortion.";
    assert_eq!(concept(t, 0), "want to change laws");
    // (past the pronouns and verbs of the reported clause to its noun)
    let t = "18% said they would not get a landline if they moved house.";
    assert!(concept(t, 0).ends_with("landline"), "{}", concept(t, 0));
    // (a preposition after the verb leaves it alone; a reporting clause after a figure is
    // no opinion)
    let t = "Perry has 28 percent support in the state.";
    assert_eq!(concept(t, 0), "support");
    let t = "Sales rose 5 percent said the company.";
    assert_eq!(concept(t, 0), "Sales");
    // (an of-phrase's plural ends before its verb of opinion)
    let t = "It found that 85 percent of Republicans and 62 percent of Democrats believe it.";
    assert_eq!(concept(t, 1), "Democrats");
}
