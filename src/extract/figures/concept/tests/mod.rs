//! Tests of concept reading on news sentences.

use super::super::extract;

mod clauses;
mod verbs;

/// The concept of the `k`-th figure of `text`.
fn concept(text: &str, k: usize) -> String {
    let figures = extract(text);
    let f = figures
        .get(k)
        .unwrap_or_else(|| panic!("{text}: {figures:#?}"));
    f.concept.clone().unwrap_or_default()
}

#[test]
fn subjects_are_followed_through_their_prepositional_phrases() {
    let t = "Treasury balances at the Federal Reserve rose on March 23 to 3.332 billion dlrs.";
    assert_eq!(concept(t, 0), "Treasury balances");
    let t = "The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday.";
    assert_eq!(concept(t, 0), "ISEQ index of leading shares");
    assert_eq!(concept(t, 1), "ISEQ index of leading shares");
    let t = "prime rate increases by Citibank and Chase Manhattan Bank to 7-3/4 pct";
    assert_eq!(concept(t, 0), "prime rate");
    // no verb between: the phrase before the figure is its own ("receipts of 2,000 head")
    // ("head" of cattle measures, as "points" do)
    let t = "prices are expected steady to strong on estimated receipts of 2,000 head";
    assert_eq!(concept(t, 0), "receipts");
    assert_eq!(
        concept("a depth of 200 meters indicates a deposit", 0),
        "depth"
    );
}

#[test]
fn verbs_adverbs_and_figure_words_are_no_concepts() {
    assert_eq!(
        concept("net income was seen reaching 637 mln francs", 0),
        "net income"
    );
    assert_eq!(
        concept("prices would remain at about 15-18 dlrs a barrel", 0),
        "prices"
    );
    let t = "1986/87 cotton output would be a record 213,506 tonnes";
    assert_eq!(concept(t, 0), "cotton output");
    let t = "The plan would increase the minimum wage to $15 everywhere by 2024.";
    assert_eq!(concept(t, 0), "minimum wage");
}

#[test]
fn phrases_after_the_figure() {
    assert_eq!(
        concept(
            "Rosneft will control 16% of Russia's total crude oil output.",
            0
        ),
        "Russia's total crude oil output"
    );
    let t = "a seven-page complaint, filed on 13 December";
    assert_eq!(concept(t, 0), "complaint");
    assert_eq!(
        concept("Inter Milan's 22-year-old Brazilian star", 0),
        "Brazilian star"
    );
    let t = "the £1.35bn ($2.5bn) offer for the LSE is too high";
    assert_eq!(
        (concept(t, 0), concept(t, 1)),
        ("offer".into(), "offer".into())
    );
    assert_eq!(
        concept(
            "more than two-thirds (68%) of the electorate was liberal",
            0
        ),
        "electorate"
    );
    let t = "people will pay £85 for a passport and ID card together";
    assert_eq!(concept(t, 0), "passport");
    assert_eq!(
        concept("they spend $17 per child per year on textbooks", 0),
        "textbooks"
    );
    assert_eq!(concept("in any of the nine other cities", 0), "cities");
    assert_eq!(
        concept("accused by seven women of misconduct", 0),
        "women of misconduct"
    );
}

#[test]
fn a_level_reached_shares_its_change_s_concept() {
    let t = "sales were up 5.3 pct to 780 mln dlrs from 741 mln dlrs a year earlier";
    assert_eq!(concept(t, 1), concept(t, 0));
    assert_eq!(concept(t, 0), "sales");
}

#[test]
fn names_abbreviations_and_relative_clauses() {
    assert_eq!(
        concept("Japan bought 5,000 tonnes Canadian rapeseed overnight.", 0),
        "Canadian rapeseed bought"
    );
    assert_eq!(
        concept("The USSR has purchased 2,825,600 tonnes of U.S. corn.", 0),
        "U.S. corn purchased"
    );
    assert_eq!(
        concept("by disposing of a total of 1.04 mln tonnes this year", 0),
        ""
    );
    assert_eq!(
        concept("Workers who are 58 and older would not be affected.", 0),
        "Workers"
    );
    assert_eq!(
        concept(
            "6.4 percent of the estimated 20 million adult noncitizens voted",
            0
        ),
        "adult noncitizens"
    );
    assert_eq!(
        concept(
            "the sixth replenishment, which came to 15.7 billion dlrs",
            0
        ),
        "sixth replenishment"
    );
}

#[test]
fn figures_close_after_another_share_its_concept() {
    let t = "carloadings totaled 26,108 cars in the week, down 2.2 pct from the previous week";
    assert_eq!(concept(t, 1), concept(t, 0));
    let j = "About 1,100 jobs will go in banking while 1,200 and 550 will go in IT";
    assert_eq!(
        (concept(j, 1), concept(j, 2)),
        (concept(j, 0), concept(j, 0))
    );
    // nouns that look like verbs, and weekdays
    assert_eq!(
        concept("expects to report a loss of 33 mln dlrs", 0),
        "loss"
    );
    assert_eq!(
        concept(
            "a AAA rating to 150 mln dlrs of 7-1/4 pct guaranteed subordinated bonds",
            1
        ),
        "guaranteed subordinated bonds"
    );
    assert_eq!(
        concept(
            "The annual average monthly rise in retail prices was 2.7 pct in 1986",
            0
        ),
        "average monthly rise"
    );
    assert_ne!(
        concept("it fell to around $159.30 by Friday night", 0),
        "Friday"
    );
}

#[test]
fn a_bare_count_of_a_counting_verb_is_measured_by_the_verb() {
    let t = "the man authorities say killed 26 and injured 20 in the shooting";
    assert_eq!(concept(t, 0), "killed");
    assert_eq!(concept(t, 1), "injured");
    assert_eq!(
        concept("attacks that killed at least 31 in Brussels", 0),
        "killed"
    );
    assert_eq!(
        concept("TARGET: 38 killed and 39 wounded in a shooting", 1),
        "wounded"
    );
    // a noun after the count is what it counts; a conjunction or "to" ends the search
    assert_eq!(concept("the blast killed 14 people", 0), "people killed");
    let t = "40,171 people are infected while 187,518 are under observation";
    assert_ne!(concept(t, 1), "infected");
    let t = "taking the number of people employed to 38.9 million";
    assert_eq!(concept(t, 0), "number of people");
}

#[test]
fn a_change_noun_takes_what_it_changes() {
    let t = "a 9.6 pct increase in fresh government investment expenditure";
    assert_eq!(
        concept(t, 0),
        "increase in fresh government investment expenditure"
    );
    assert_eq!(
        concept("a 2.6 pct rise in retail sales", 0),
        "rise in retail sales"
    );
    // not a time: "a 1.99-point reduction in the prior period", "a 41.9% plunge in Q2"
    assert_eq!(
        concept("a 1.99-point reduction in the prior period", 0),
        "reduction"
    );
    assert_eq!(concept("a 41.9% plunge in Q2 output", 0), "plunge");
}

#[test]
fn a_noun_before_of_is_the_figures_own() {
    // even a word that can be a verb or a hedge: "cost", "estimate", "gains"
    assert_eq!(concept("at a cost of 75 cents per barrel", 0), "cost");
    let t = "forecast at 627,000 ha against a previous estimate of 621,000";
    assert_eq!(concept(t, 0), "");
    assert_eq!(concept(t, 1), "previous estimate");
    assert_eq!(
        concept("results include extraordinary gains of 1,593,000 dlrs", 0),
        "extraordinary gains"
    );
    // a capital after an opening quote starts the sentence, not a name
    assert_eq!(
        concept("he said. \"But growth of 0.1% is still too weak\"", 0),
        "growth"
    );
}

#[test]
fn wire_tables_and_periods() {
    // a row label is what the row measures, and a wide gap parts the cells
    let t = "Shr 31 cts vs 24 cts  Net 5,449,000 vs 4,083,000  Sales 60.3 mln vs 51.9 mln";
    assert_eq!(concept(t, 0), "Shr");
    assert_eq!(concept(t, 2), "Net");
    assert_eq!(concept(t, 3), "Net");
    assert_eq!(concept(t, 4), "Sales");
    assert_eq!(concept("Year  Net 55.3 mln vs NA", 0), "Net");
    // "the first week" is a time, not what is measured
    let t = "total OPEC production in the first week of October could be above 18.5 mln bpd";
    assert_eq!(concept(t, 0), "total OPEC production");
    // past a rate's "per share": the noun the figure modifies
    let t = "the company declared a 37-3/8 cts per share common stock dividend";
    assert_eq!(concept(t, 0), "common stock dividend");
}

#[test]
fn quoted_nouns_are_counted() {
    let t = "protection for 700,000 “Dreamers” after Trump";
    assert_eq!(concept(t, 0), "Dreamers");
    let t = "to protect hundreds of thousands of “Dreamers” from deportation";
    assert_eq!(concept(t, 0), "Dreamers");
    let f = extract("data on about 3.5 mln \"deadbeats\" who are behind");
    assert_eq!(f[0].unit.as_deref(), Some("deadbeat"));
}

#[test]
fn objects_of_change_verbs_events_after_durations_and_tickers() {
    // after a change verb and "by", the verb's object (not the noun just before "by")
    let t = "the Air Force increased the number of full-tuition scholarships available at \
             historically black colleges and universities by roughly 60%";
    assert_eq!(
        concept(t, 0),
        "number of full-tuition scholarships available"
    );
    let t = "the proposal would have increased the gross debt of the United States by $13 trillion";
    assert_eq!(concept(t, 0), "gross debt of the United States");
    // the nearest change word decides: "cutting back on production to help boost productivity"
    let t = "start cutting back on production to help boost productivity by five pct yearly";
    assert_eq!(concept(t, 0), "productivity");
    // a time measured from an event named by a noun
    let t = "More than 40 years after its release, the album is still a classic";
    assert_eq!(concept(t, 0), "release");
    assert_ne!(
        concept("two years after being turfed out of office", 0),
        "being"
    );
    // "Delta <DAL> rose 1/2": a ticker is passed over
    assert_eq!(concept("Delta <DAL> rose 1/2 to 56-7/8", 0), "Delta");
    // capitalised peoples by their ending
    let f = extract("The ADB fears that 1 million Indonesians could join them");
    assert_eq!(f[0].unit.as_deref(), Some("Indonesian"));
}

#[test]
fn provisional_and_revised_describe_the_figure() {
    let t = "The aggregate showed annualized growth of a provisional 7.5 pct in February";
    assert_eq!(concept(t, 0), "growth");
}

#[test]
fn a_wide_gap_starts_the_next_table_cell() {
    let t = "Sales 6.52 billion vs 6.53 billion  Other income 454.9 mln vs 160.2 mln";
    assert_eq!(concept(t, 1), "Sales");
    assert_eq!(concept(t, 2), "Other income");
    // the rules after the noun still apply: "terrorists killed 21  Photos: ..."
    assert_eq!(
        concept("museum where terrorists killed 21  Photos: attack", 0),
        "killed"
    );
}

#[test]
fn an_age_in_apposition_is_the_persons() {
    let t = "Pelosi, 76, who represents San Francisco, and Senator Chuck Schumer of New York, 66, \
             who has held various posts";
    assert_eq!(concept(t, 0), "Pelosi");
    assert_eq!(concept(t, 1), "Senator Chuck Schumer");
    assert_eq!(concept("John Smith from Ohio, 45, said", 0), "John Smith");
}

#[test]
fn a_number_that_names_an_index_and_a_gerund_subject() {
    for (text, want) in [
        ("The S&P 500 fell 3% on Tuesday.", "S&P 500"),
        ("The FTSE 100 rose 1.2%.", "FTSE 100"),
        (
            "52% of S&P 500 index companies have reported",
            "S&P 500 index companies",
        ),
        ("AT&T fell 2%.", "AT&T"),
        ("R&D spending rose 37%", "R&D spending"),
        ("mortgage lending rose 544 mln stg", "mortgage lending"),
    ] {
        assert_eq!(concept(text, 0), want, "{text}");
    }
    // a table's number after a wide gap names nothing: "Ttl-F  6,361.3"
    assert!(!concept("rose under Chapter  11 of 280,505 dlrs", 0).contains("11"));
    assert_eq!(concept("under Chapter 11 of 280,505 dlrs", 0), "Chapter 11");
}

#[test]
fn nouns_by_form_baselines_levels_and_quoted_names() {
    // a change word that can only be a noun is what is measured
    assert_eq!(
        concept(
            "The pace of economic expansion has kept growth above 9% for a year.",
            0
        ),
        "growth"
    );
    // a sentence-opening change noun is the subject; its baseline shares it
    let text = "Growth slowed to 0.3% in the quarter, down from 6.3% in the first quarter of 2004.";
    assert_eq!(
        (concept(text, 0), concept(text, 1)),
        ("Growth".into(), "Growth".into())
    );
    // after a determiner an -ing word is a noun
    assert_eq!(
        concept("The bank set the shilling at 20.7449 to the SDR.", 0),
        "shilling"
    );
    // a level reached after the change's own phrase shares its concept
    let text = "It reported a seven pct cut in steel output over the whole of the year to 3.74 mln tonnes.";
    assert_eq!(concept(text, 1), concept(text, 0));
    // a quoted name right after the figure
    assert_eq!(
        concept(
            "just $2 shy of the Act's $6,350 \"Out of Pocket Maximum\" for a plan",
            1
        ),
        "Out of Pocket Maximum"
    );
    // a counted noun behind three modifiers
    assert_eq!(
        concept(
            "leaders of 20 other diverse religious organizations signed",
            0
        ),
        "diverse religious organizations signed"
    );
}

#[test]
fn hyphenated_modifiers_worth_speakers_and_contractions() {
    assert_eq!(
        concept(
            "the agency said the 22 top-secret messages will not be released",
            0
        ),
        "top-secret messages"
    );
    assert_eq!(
        concept(
            "by up to two billion francs worth of new ordinary shares",
            0
        ),
        "ordinary shares"
    );
    // the speaker of the figure's clause is not what it measures
    assert!(!concept(
        "A media source said about $400,000 has been placed so far.",
        0
    )
    .contains("source"));
    // a pronoun with its verb and an adverb of place are no concepts
    assert_ne!(
        concept("you’ve conceded that you’re not 100 percent against it", 0),
        "you’re"
    );
    assert_eq!(
        concept("the caravan was hundreds of miles away", 0),
        "caravan"
    );
}

#[test]
fn worth_durations_from_events_and_counts_of_measured_things() {
    assert_eq!(
        concept("The Tories plan tax cuts worth £4bn.", 0),
        "tax cuts"
    );
    assert_eq!(
        concept("he’s claiming it’s worth over $50 million", 0),
        "worth"
    );
    assert_eq!(
        concept("20 days following the commencement of a tender offer", 0),
        "commencement of a tender offer"
    );
    // an of-phrase past another figure's unit
    assert_eq!(
        concept("purchase 0.17 of its 25 cts preferred for 22 dlrs", 0),
        "purchase preferred"
    );
    assert_eq!(
        concept(
            "reached about 91 pct of the 1.95 billion dlrs in new loans",
            0
        ),
        "loans"
    );
    // a bare count right before a measured figure counts what it measures
    assert_eq!(
        concept(
            "The business comprised three 6,000 tonne cargoes for June.",
            0
        ),
        "cargoes"
    );
}

#[test]
fn a_span_of_time_spent_somewhere() {
    assert_eq!(
        concept("He was sentenced to three years in prison.", 0),
        "prison"
    );
    assert_eq!(concept("He spent 10 years in office.", 0), "office");
    // not a time after "in"
    assert_ne!(concept("It fell for two weeks in January.", 0), "January");
    // a participle's aside between commas is passed over
    assert_eq!(
        concept(
            "The family adventure, starring Nicolas Cage, took $33.1m.",
            0
        ),
        "family adventure"
    );
    // and so is an apposition
    assert_eq!(
        concept("Exports, the main driver of growth, rose 5 pct.", 0),
        "Exports"
    );
    // a place after a past verb is no head: the verb's subject is
    assert_eq!(
        concept(
            "Crude prices have rebounded in Asia, rising to $42.30 a barrel.",
            0
        ),
        "Crude prices"
    );
    // past a hyphen chain's adverb to the change noun
    assert_eq!(
        concept(
            "seniors would face a 23 percent across-the-board cut in benefits.",
            0
        ),
        "cut in benefits"
    );
}

#[test]
fn a_share_of_the_economy_measures_what_comes_before() {
    let t = "Tourism accounts for about 6% of the country's annual gross domestic product.";
    assert_eq!(concept(t, 0), "Tourism");
    assert_eq!(concept("The deficit reached 4.9 pct of GDP.", 0), "deficit");
}

#[test]
fn an_of_phrase_past_two_conversions() {
    let t = "EuroDisney will sell 253m euros (£175m; $328m) of new shares.";
    for k in 0..3 {
        assert!(concept(t, k).ends_with("shares"), "{k}: {}", concept(t, k));
    }
}

#[test]
fn a_share_measures_the_group_the_sentence_opens_with() {
    let t = "Of the 21 films in competition for the Golden Bear, more than half are from Europe.";
    assert_eq!(concept(t, 1), "films");
    let t = "\"Of the nearly 5,000 active counterintelligence cases under way across the \
             country, almost half are related to China.\"";
    assert_eq!(concept(t, 1), "active counterintelligence cases");
    // (not a participle, nor a share after another comma)
    let t = "Of the one mln being offered in the U.S., 227,500 will be sold by the company.";
    assert_ne!(concept(t, 1), "being");
    let t = "Of the 300 people surveyed, in March, 45 percent said they would vote.";
    assert_ne!(concept(t, 1), "people");
}
