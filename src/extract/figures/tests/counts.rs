//! Counts written in words that stand without their usual noun: "one" before a company's
//! share ("one Breakwater share for two Novamin shares"), "only one" before its verb ("of the
//! nine, only one had"), a time span of one and a half ("the last decade and a half"), "one
//! or two" of a plural noun, "half the" after "that", and a dated prefix before a counted
//! noun ("160,000 post-9/11 veterans"); "a couple" before a plural noun, a bare number
//! repeating a span after the same preposition ("for 19 years … for three"), and "in" between
//! an amount and a span, which makes no proportion; "one party over another", which counts
//! nothing, nor "one plane … and the other"; and numbers in names (a domain, "on Five."),
//! a wire table's amount after "vs", "that half of" after a verb; modifiers listed with commas;
//! "one diplomat said", an unnamed speaker; "the past quarter-century", a span; "two
//! ex-senior executives", a prefixed modifier; "millions in taxpayer funds", money; "this is
//! one headache that", "one" for "a"; "tenfold", a multiple in one word; "and by four pct",
//! a change's amount said again; "gentlemen" and a double space after a number word ("nine
//! retail stores"); "one tragedy rolled into another", one of a series; "wounded hundreds",
//! a counting verb's bare object; "over-75s", an age group; "a bit of", an idiom; a hyphened
//! compound modifying the plural after it ("with-profits investors"); a company named by digits
//! ("3M"); a smaller count set off after another ("four officers were shot — two critically");
//! the speaker's age ("I'm only 27"); a one-letter prefix ("two e-mail messages"); a thousands
//! point before things counted ("136.069 units"); money less or more of a thing ("£200m less debt");
//! a named owner's part ("two of President Trump's key men"), "only one" before its noun; a
//! singular noun in -s modifying the plural ("50 gas wells"); a hyphened modifier opened by
//! a word that modifies nothing alone ("three over-the-counter stocks"), or by the ordinal
//! "second" ("three second-half goals": no unit of time).

use super::{extract, one};
use crate::model::Change;

#[test]
fn one_counts_a_companys_share() {
    let f = extract("a swap of one Breakwater share for two Novamin common shares.");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        got,
        vec![(Some(1.0), Some("share")), (Some(2.0), Some("share"))]
    );
    // (not a name's number, nor a capitalised word before a noun that is no unit)
    assert!(extract("One Direction band played.").is_empty());
    assert!(extract("He sold one Boeing plane to them.").is_empty());
}

#[test]
fn only_one_before_its_verb_counts() {
    let f = extract("Of the nine issues, only one had a maturity.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].value, Some(1.0));
    // (a lone "one" without "only" still stands for "a")
    assert_eq!(extract("Of the nine issues, one had a maturity.").len(), 1);
}

#[test]
fn the_last_decade_and_a_half_is_one_and_a_half_decades() {
    let f = one("Deaths rose over the last decade and a half.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.5), Some("decade")));
    let f = one("in the next hour and a half");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.5), Some("hour")));
    // (no half: no figure)
    assert!(extract("the last decade was hard").is_empty());
}

#[test]
fn one_or_two_of_a_plural_noun_is_a_range() {
    let f = one("rather than one or two matches in the Champions League in February.");
    assert_eq!((f.low, f.high), (Some(1.0), Some(2.0)));
    assert_eq!(f.unit.as_deref(), Some("match"));
    // (not before a verb: "one or two is fine" has no range)
    assert!(extract("one or two is fine")
        .iter()
        .all(|f| f.low.is_none()));
}

#[test]
fn half_the_after_a_conjunction_and_a_dated_prefix_before_the_noun() {
    let f = one("He said that half the American people view themselves as victims.");
    assert_eq!(f.value, Some(0.5));
    // (the demonstrative stays a part: "that half of the year")
    assert!(extract("that half of the year was bad").is_empty());
    let f = one("Nearly 160,000 post-9/11 veterans remain unemployed.");
    assert_eq!(f.unit.as_deref(), Some("veteran"));
    assert_eq!(f.concept.as_deref(), Some("post-9/11 veterans"));
}

#[test]
fn a_bounded_one_ending_its_clause_and_a_name_joined_by_an_ampersand() {
    let f = one("It is important for every school to have at least one, but he said no.");
    assert_eq!((f.value, f.change), (Some(1.0), crate::model::Change::More));
    // (a lone "one" ending its clause without a bound stands for "a")
    assert!(extract("He wanted one, but he said no.").is_empty());
    let f = one("when 20,000 AT&T workers went on strike");
    assert_eq!(f.unit.as_deref(), Some("worker"));
}

#[test]
fn one_before_a_spaced_dash_and_an_amount_past_a_degree() {
    let f = one("The information points to at least one American -- the former Sony employee.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.0), Some("American")));
    // (a glued hyphen makes a compound: no count)
    assert!(extract("It is a one-party state.").is_empty());
    let f = one("Scotland saw the smallest increase of just 112%.");
    assert_eq!(f.change, crate::model::Change::Up);
}

#[test]
fn one_kind_of_share_one_or_two_of_them_and_a_wire_name_before_the_noun() {
    let f = extract("Shareholders may purchase one common share for two dlrs.");
    assert_eq!(f[0].unit.as_deref(), Some("share"), "{f:?}");
    let f = one("there are one or two that are not quite so safe");
    assert_eq!((f.low, f.high), (Some(1.0), Some(2.0)));
    let f = one("It sold 2,830,390 <Kerr Addison Mines Ltd> shares to a group.");
    assert_eq!(f.unit.as_deref(), Some("share"));
}

#[test]
fn a_couple_before_a_plural_noun_is_about_two() {
    let f = one("There are a couple issues like peace and war.");
    assert_eq!(
        (f.value, f.unit.as_deref(), f.change),
        (Some(2.0), Some("issue"), Change::Approx)
    );
    // (not a caption's couple and its verb)
    assert!(extract("A couple celebrates at San Diego.").is_empty());
    assert!(extract("A couple runs from the fire.").is_empty());
}

#[test]
fn a_bare_number_after_the_same_preposition_repeats_the_span() {
    let f = extract("He has been on the court for 19 years and its chief judge for three.");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit.as_deref())).collect();
    assert_eq!(
        got,
        vec![(Some(19.0), Some("year")), (Some(3.0), Some("year"))]
    );
    // (another preposition, or more after the number: no span)
    let f = extract("He has been on the court for 19 years and met 3.");
    assert_eq!(f[1].unit, None);
    let f = extract("It rose for 19 years and fell for three straight months.");
    assert_eq!(f[1].unit.as_deref(), Some("month"));
}

#[test]
fn a_number_in_a_span_of_time_is_no_proportion() {
    // "one in five adults" is a part of a whole; "264.0 mln in nine mths" is not
    let f = extract("a gain of 264.0 mln in nine mths 1987");
    assert_eq!((f[0].value, f[0].unit.as_deref()), (Some(264e6), None));
    assert_eq!(one("one in five adults said").value, Some(0.2));
}

#[test]
fn one_of_a_pair_against_another_is_no_count() {
    assert!(extract("boundaries are redrawn to favor one party over another.").is_empty());
    assert!(extract("moving money from one account to another").is_empty());
    // (a count still reads: "if one party refuses")
    assert_eq!(extract("if one party refuses, the deal fails").len(), 1);
}

#[test]
fn one_of_a_pair_with_the_other_and_names_that_are_no_figures() {
    let t = "One plane landed at a base in California and the other in Texas.";
    assert!(extract(t).is_empty());
    // ("the other way" is no pair)
    assert_eq!(
        extract("it can flip by one vote and go the other way").len(),
        1
    );
    // a domain, a channel written as a word, and "that" as a conjunction before "half of"
    assert!(extract("the co-founder of 350.org, told me.").is_empty());
    assert!(extract("a series which also runs on Five.").is_empty());
    assert_eq!(
        one("the figures mean that half of those phones use GPRS.").value,
        Some(0.5)
    );
    assert!(extract("he scored in that half of the pitch").is_empty());
}

#[test]
fn a_wire_tables_bare_amount_after_vs_is_in_millions_too() {
    let f = extract("Total turnover 183.8 mln vs 348.0");
    assert_eq!(f[1].value, Some(348e6));
}

#[test]
fn a_list_of_modifiers_before_the_counted_noun() {
    let f = one("The auction will feature 45 contemporary, impressionist and modern paintings.");
    assert_eq!(f.unit.as_deref(), Some("painting"));
    let f = one("more than two dozen local, state and federal agencies joined");
    assert_eq!((f.value, f.unit.as_deref()), (Some(24.0), Some("agency")));
    // (a comma that opens a clause ends the modifiers)
    let f = extract("won the 1,500m gold, won vital votes and more");
    assert_eq!(f[0].unit.as_deref(), Some("metre"));
}

#[test]
fn one_unnamed_speaker_is_no_count() {
    assert!(extract("One diplomat said the call showed ministers were determined.").is_empty());
    assert!(extract("one source told Reuters the deal was off").is_empty());
    for text in [
        "Trump would sign it, one person close to the talks said.",
        "the request, said one official briefed on the matter.",
        "One person familiar with the testimony said that.",
        "\"He is not credible anymore,\" said one arbitrager.",
        "the deal was off, according to one banker.",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:#?}", extract(text));
    }
    // (a count of speakers stays: "two diplomats said"; and a bounded one: "at least one bank
    // says")
    assert_eq!(extract("two diplomats said the call was made").len(), 1);
    assert_eq!(
        one("at least one bank says a rise is possible").change,
        Change::More
    );
}

#[test]
fn a_span_named_by_its_share_after_past_or_last() {
    let f = one("as tricky as any by his predecessors in the past quarter-century.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.25), Some("century")));
    assert_eq!(
        one("over the last half-century, prices rose").value,
        Some(0.5)
    );
    // (a quarter of a year is a period, no span: "in the past quarter")
    assert!(extract("profits fell in the past quarter").is_empty());
}

#[test]
fn a_prefixed_modifier_and_millions_in_money() {
    let f = one("It brought charges against two ex-senior executives of Columbia.");
    assert_eq!(f.unit.as_deref(), Some("executive"));
    // (or a date naming an event: "the 19 Sept. 11 hijackers", no day of September)
    let f = one("such as the 19 Sept. 11 hijackers who came");
    assert_eq!((f.value, f.unit.as_deref()), (Some(19.0), Some("hijacker")));
    assert!(extract("It opens on 19 Sept. 1987.").is_empty());
    // (or a rating's capitals: "two A-rated eurobond issues")
    let f = one("It is reviewing two A-rated eurobond issues.");
    assert_eq!(f.unit.as_deref(), Some("issue"));
    let f = one("Millions in taxpayer funds were blown on junk science.");
    assert_eq!((f.low, f.high), (Some(1e6), Some(1e7)));
    assert_eq!(one("They spent billions in damages.").low, Some(1e9));
    // not millions in a place or a time
    assert!(extract("Millions in China were affected.").is_empty());
    assert!(extract("He earned millions in the 1990s.").is_empty());
}

#[test]
fn one_for_a_a_multiple_in_one_word_and_by_said_again() {
    assert!(extract("But this is one headache that will linger for the campaign.").is_empty());
    assert_eq!(one("There was one student who refused.").value, Some(1.0));
    let f = one("Sales of songs shot up more than tenfold in 2004.");
    assert_eq!((f.value, f.change), (Some(10.0), Change::More));
    assert_eq!(one("Bilateral trade rose threefold.").change, Change::Up);
    assert!(extract("The manifold was broken.").is_empty());
    let f = extract(
        "Insolvencies fell by 3.6 pct in the building industry and by four pct in \
         manufacturing but rose by 1.8 pct in services.",
    );
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(changes, [Change::Down, Change::Down, Change::Up]);
}

#[test]
fn men_plurals_and_a_double_space_after_a_number_word() {
    let f = one("He came back with the 3 wonderful gentlemen that everyone likes.");
    assert_eq!(f.unit.as_deref(), Some("gentleman"));
    assert_eq!(f.concept.as_deref(), Some("wonderful gentlemen"));
    let f = one("two former deliverymen hired a lawyer");
    assert_eq!(f.unit.as_deref(), Some("deliveryman"));
    let f = one("Kroger Co said it agreed to buy nine  retail food stores.");
    assert_eq!(f.unit.as_deref(), Some("store"));
    // a table's wide gap after a scale still ends the figure
    let f = one("Net       15.2 mln    Finance charges");
    assert_eq!(f.unit, None, "{f:?}");
    assert!(extract("One result was deflation.").is_empty());
    assert!(extract("One country that ignored this advice was Taiwan.").is_empty());
    assert!(extract("He was trying to be cute by half by flipping a script.").is_empty());
    assert_eq!(one("They cut it by half.").value, Some(0.5));
}

#[test]
fn one_of_a_series_counts_nothing() {
    for text in [
        "as one tragedy rolled into another following police shootings",
        "hoping that one thing leads to another",
    ] {
        assert!(extract(text).is_empty(), "{text}: {:#?}", extract(text));
    }
    // (a count before a verb still counts: "one man died")
    assert_eq!(one("One man also died of a heart attack.").value, Some(1.0));
}

#[test]
fn a_bare_scale_word_after_a_counting_verb_counts() {
    let f = extract("a night that took at least 130 lives and wounded hundreds.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].low, f[1].high), (Some(100.0), Some(1000.0)));
    assert_eq!(f[1].change, Change::Approx);
    // (not after a verb that counts nothing: "now we have hundreds")
    assert!(extract("In the past, we had hundreds.").is_empty());
}

#[test]
fn an_age_group_is_an_age_bound_and_a_bit_of_is_no_count() {
    let f = extract("free up funds for basic state pensions for over-75s, putting");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].text, "over-75s");
    assert_eq!(
        (f[0].unit.as_deref(), f[0].change),
        (Some("year"), Change::More)
    );
    let f = extract("unsuitable for under-13s.");
    assert_eq!(f[0].change, Change::Less);
    // (a team's capitalised name, and decades, are no ages)
    assert!(extract("the England Under-21s won").is_empty());
    assert!(extract("in the 1990s").is_empty());
    assert!(extract("the album doesn't have one bit of country twang").is_empty());
    assert!(extract("it is perhaps a bit of an exaggeration").is_empty());
    assert_eq!(extract("on one bit of silicon instead of two").len(), 2);
}

#[test]
fn a_unit_s_possessive_and_a_parallel_clause_s_verb() {
    let f = extract("giving one day's notice to bosses");
    assert_eq!(
        (f[0].value, f[0].unit.as_deref()),
        (Some(1.0), Some("day")),
        "{f:?}"
    );
    // (the article before one counts nothing: "a day's high")
    let f = extract("just under a day's high of 426.50 dlrs.");
    assert_eq!(f.len(), 1, "{f:?}");
    let f = extract("reserves about equal to one month's imports.");
    assert_eq!(f[0].change, Change::Approx);
    let f = extract("Amicus has 1.2 million members and the TGWU has 800,000.");
    assert_eq!(f[1].unit.as_deref(), Some("member"), "{f:?}");
}

#[test]
fn another_count_a_money_gain_and_a_trade_noun_s_amount() {
    let f = extract("it has 93 open hotels nationwide and another 55 in construction.");
    assert_eq!(f[1].unit.as_deref(), Some("hotel"), "{f:?}");
    // (a gain of an accounting size is money made, no move)
    let f = extract("holding the stock for it at a 647,812 dlr gain and later paid");
    assert_eq!(f[0].change, Change::Exact, "{f:?}");
    let f = extract("Exports were 6.38 billion markka and imports 5.74 billion.");
    assert_eq!(f[1].unit, f[0].unit, "{f:?}");
}

#[test]
fn a_noun_in_ly_modifies_and_a_move_heads_towards_a_level() {
    let f = extract("one of only two working family farmers in the Senate");
    assert_eq!(f[0].unit.as_deref(), Some("farmer"), "{f:?}");
    let f = extract("selling pushed the dollar back down towards 149 yen");
    assert_eq!(f[0].change, Change::Down, "{f:?}");
}

#[test]
fn a_part_after_including_counts_what_the_whole_counts() {
    let f = extract("Since December, 10 companies have registered, including two which have AT&T.");
    assert_eq!(f[1].unit.as_deref(), Some("company"), "{f:?}");
    let f = one("Marks & Spencer has cut prices in London and the regions by an average of 24%.");
    assert_eq!(f.change, Change::Down);
}

#[test]
fn only_one_of_a_counted_group_an_age_after_a_person_and_a_named_grand() {
    let f = extract("As it turned out, Clinton won just one of those six battlegrounds.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0].unit.as_deref(), Some("battleground"));
    assert!(extract("That is just one of the costs.").is_empty());
    let f = extract("Their oldest son, 18, heads to boot camp next February.");
    assert_eq!(f[0].unit.as_deref(), Some("year"), "{f:?}");
    // (a capitalised scale word before a name is part of it)
    let f = extract("she has not gone further in her last five Grand Slam appearances.");
    assert_eq!(f[0].value, Some(5.0), "{f:?}");
    assert_eq!(one("He raised 5 Million Dollars for it.").value, Some(5e6));
    // (an estimate carries to its amount per share: "about 9.8 mln dlrs or 45 cts a share")
    let f = extract("it reported net of about 9.8 mln dlrs or 45 cts a share.");
    assert_eq!(f[1].change, Change::Approx, "{f:?}");
    assert!(extract("despite Shrek 2's greater box office success.").is_empty());
}

#[test]
fn parts_after_a_count_s_colon_a_tally_before_vote_and_a_chart_position() {
    let f = extract("Magnolia operates nine cafes: four are licensed, four are joint ventures.");
    assert!(f.iter().all(|f| f.unit.as_deref() == Some("cafe")), "{f:?}");
    assert!(extract("Farm bill fails to pass House following 198-213 vote.").is_empty());
    assert!(extract("Estelle came in at 39, Joss Stone was 40th.").is_empty());
    assert_eq!(one("Sales came in at 39 mln dlrs.").value, Some(39e6));
}

#[test]
fn half_a_dozen_is_six_and_tranches_are_counted() {
    let f = one("Shore mentioned half a dozen other potential buyers for Gillette");
    assert_eq!((f.value, f.unit.as_deref()), (Some(6.0), Some("buyer")));
    let f = one("The issue will be of two fixed rate tranches.");
    assert_eq!(f.unit.as_deref(), Some("tranche"));
}

#[test]
fn ages_after_just_and_of_children_and_busses() {
    let f = extract("afraid for her sons, who are 11 and 13.");
    assert!(f.iter().all(|f| f.unit.as_deref() == Some("year")), "{f:?}");
    assert_eq!(
        one("a scholarship when she was just 15.").unit.as_deref(),
        Some("year")
    );
    assert_eq!(one("it will supply 94 busses").unit.as_deref(), Some("bus"));
}

#[test]
fn a_hyphened_compound_before_a_plural_modifies_it() {
    for (text, noun) in [
        (
            "It lowered payouts for up to 50,000 with-profits investors.",
            "investor",
        ),
        ("It has 50,000 sales-tax payers.", "payer"),
        ("It has 21 co-sponsors.", "co-sponsor"),
        (
            "The issue is divided into two pools--one bearing 8 pct.",
            "pool",
        ),
    ] {
        let f = extract(text);
        assert_eq!(f[0].unit.as_deref(), Some(noun), "{text}: {f:?}");
    }
}

#[test]
fn a_company_named_by_digits_is_no_figure() {
    assert!(extract("Sales of the 3M products will have an impact.").is_empty());
    assert!(extract("Ford, Chrysler, 3M and Boeing responded.").is_empty());
    assert_eq!(one("It built 3M homes.").value, Some(3e6));
    assert_eq!(one("It raised $3M in funding.").value, Some(3e6));
}

#[test]
fn a_smaller_count_set_off_after_a_count_counts_the_same() {
    for text in [
        "Four officers were shot — two critically injured — and a fifth hurt.",
        "Four officers were shot, two critically.",
        "It sold jets to four airlines, two of them in the United States.",
    ] {
        let f = extract(text);
        assert_eq!(f[1].unit, f[0].unit, "{text}: {f:?}");
    }
    // a part said where, with no word of whom, stays bare ("20 in May")
    assert_eq!(extract("It sold 40 cars, 20 in May.")[1].unit, None);
}

#[test]
fn the_speakers_age_and_a_one_letter_prefix() {
    for text in [
        "I'm only 27 and don't remember the series.",
        "She is 27 and lives in Paris.",
        "He’s only 51, which makes him quite youthful.",
        "They would not back him if they found out he was over 70.",
    ] {
        assert_eq!(one(text).unit.as_deref(), Some("year"), "{text}");
    }
    assert_eq!(
        one("I'm 100 percent sure.").unit.as_deref(),
        Some("percent")
    );
    assert_eq!(
        one("He sent two e-mail messages.").unit.as_deref(),
        Some("message")
    );
    assert_eq!(
        one("He bought two x-ray machines.").unit.as_deref(),
        Some("machine")
    );
}

#[test]
fn a_thousands_point_before_things_counted() {
    let f = extract("Sales rose by 17.8% to 136.069 units.");
    assert_eq!(f[1].value, Some(136_069.0));
    assert_eq!(
        one("More than 400.000 comments were detected.").value,
        Some(400_000.0)
    );
    // a share's fraction, money and a measure keep their decimals
    assert_eq!(
        one("It issued 3.435 class A common shares.").value,
        Some(3.435)
    );
    let f = extract("It was translated at one dlr to 1.485 new Israeli shekels.");
    assert_eq!(f[1].value, Some(1.485));
    assert_eq!(one("It weighs 1.250 kg.").value, Some(1.25));
}

#[test]
fn money_less_or_more_of_a_thing_is_a_change() {
    let f = one("I can't see any difference other than £200m less debt.");
    assert_eq!(f.change, Change::Down);
    assert_eq!(one("They want $5bn more spending.").change, Change::Up);
    assert_eq!(one("It costs $5 more a month.").change, Change::Exact);
}

#[test]
fn a_named_owners_part_only_one_and_stocks_held_somewhere() {
    let f = one("It set off tensions between two of President Trump's key men.");
    assert_eq!(f.unit.as_deref(), Some("man"));
    // behind a title's lower-case words too, but not a verb's object
    let f = one("They subpoenaed two of former National Security Adviser Michael Flynn's firms.");
    assert_eq!(f.unit.as_deref(), Some("firm"));
    assert_eq!(one("Two of them joined Trump's team.").unit, None);
    let f = one("The request is that only one private company should enter.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.0), Some("company")));
    let f = one("Distillate fuel stocks held in primary storage fell by 7.35 mln barrels.");
    assert_eq!(f.concept.as_deref(), Some("Distillate fuel stocks"));
}

#[test]
fn a_singular_noun_in_s_modifies_the_plural_after_it() {
    let f = one("It agreed to let Langasco drill 50 oil and natural gas wells on its land.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(50.0), Some("well")));
    let f = extract("It bought 12 gas stations and 3 bus lines.");
    let units: Vec<_> = f.iter().map(|f| f.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("station"), Some("line")]);
}

#[test]
fn a_hyphened_modifier_may_open_with_a_word_that_modifies_nothing_alone() {
    let f = one("He plotted to manipulate the price of three over-the-counter stocks.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(3.0), Some("stock")));
    let f = one("The bank took 10 after-tax charges.");
    assert_eq!(f.unit.as_deref(), Some("charge"));
    // (alone it still ends the count: "sold 5 over 10 years")
    let f = extract("It sold 5 over 10 years.");
    assert_eq!(f[0].unit, None);
}

#[test]
fn second_hyphened_to_a_word_is_an_ordinal_not_a_time() {
    let f = one("The Reds scored three second-half goals in a comeback.");
    assert_eq!(
        (f.text.as_str(), f.unit.as_deref()),
        ("three", Some("goal"))
    );
    assert_eq!(
        one("He sold two second-hand cars.").unit.as_deref(),
        Some("car")
    );
    assert_eq!(
        one("It ran a 30-second spot.").unit.as_deref(),
        Some("second")
    );
    assert_eq!(one("It lasted 30 seconds.").unit.as_deref(), Some("second"));
}

#[test]
fn a_bare_count_opening_a_clause_like_the_counts_counts_the_same() {
    let f = extract(
        "Up to 300 people were feared dead and more than 15,000 were left homeless by the quake.",
    );
    assert_eq!(f[1].unit.as_deref(), Some("people"), "{f:#?}");
    let f = extract("Seventeen people were killed and 22 are missing after a dam collapsed.");
    assert_eq!(f[1].unit.as_deref(), Some("people"), "{f:#?}");
    // (nor a year opening its own clause)
    let f = extract("Some 300 people were hired and 1987 was a record year.");
    assert!(
        f.iter()
            .all(|f| f.value != Some(1987.0) || f.unit.is_none()),
        "{f:#?}"
    );
}

#[test]
fn the_whole_a_counts_share_is_of_counts_the_same() {
    let f = extract(
        "more than 58,000 such migrants have been arrested in the area, about 42% of the more \
         than 136,000 nationwide.",
    );
    assert_eq!(f[2].unit.as_deref(), Some("migrant"), "{f:#?}");
    let f = extract("2,088,461 Grant common shares, about 87 pct of the 2.4 mln outstanding.");
    assert_eq!(f[2].unit.as_deref(), Some("share"), "{f:#?}");
    // (not a whole smaller than the count)
    let f = extract("58,000 migrants, about 42% of the 1,360 in the area");
    assert_eq!(f[2].unit, None, "{f:#?}");
}

#[test]
fn a_toll_s_participle_alone_counts_the_same_thing() {
    let f = extract("Eight people were killed and some 30 injured in a blast.");
    assert_eq!(
        (f[1].value, f[1].unit.as_deref()),
        (Some(30.0), Some("people")),
        "{f:?}"
    );
    // a vote's tally in words counts nothing
    assert!(extract("ICC voted four to one last summer to reject the merger.").is_empty());
}
