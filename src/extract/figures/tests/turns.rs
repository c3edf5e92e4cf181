//! The way a level went, read past what else is said of it: an estimate's "about" before a
//! level written with its change after it ("about 53 mln dlrs, up from 27 mln"), and "go up
//! to" as a rise to the level, not a bound; a market's words for its moves ("0.70 better at 56.50
//! cents", "0.75 to 0.50 cent stronger"); a session's closing level past a phrase of time; amounts
//! of changes listed either way ("fell 50 and 40 basis points") and set against each other;
//! "within about" an upper bound; a wire's "cts share"; a change noun between a verb and the
//! level it reaches ("reduced this gain to 1.5 mln dlrs"); a sum after the participle of the
//! noun a change acts on ("to lower the price demanded by $2").

use super::{extract, one};
use crate::model::Change;

#[test]
fn an_estimate_written_with_its_change_went_that_way() {
    let t =
        "Its backlog as of tomorrow, the end of its fiscal year, will be about 53 mln dlrs, up \
             from 27 mln dlrs a year before.";
    let f = extract(t);
    assert_eq!((f[0].value, f[0].change), (Some(53e6), Change::Up), "{f:?}");
    assert_eq!(f[1].change, Change::Exact);
    let f = extract("Output was about 5 mln tonnes, down 3 pct.");
    assert_eq!(f[0].change, Change::Down);
    // with nothing after it, an estimate stays one
    assert_eq!(
        extract("Output was about 5 mln tonnes.")[0].change,
        Change::Approx
    );
}

#[test]
fn going_up_to_a_level_is_a_rise() {
    for text in [
        "Let the rates go up to 39 percent.",
        "The minimum wage goes up to $15 an hour next year.",
        "His popularity rating went up to 64 pct.",
    ] {
        assert_eq!(extract(text)[0].change, Change::Up, "{text}");
    }
    // a plain "up to" is a bound
    assert_eq!(
        extract("It could cost up to 39 percent.")[0].change,
        Change::Less
    );
}

#[test]
fn a_markets_words_for_its_moves() {
    let t = "The market settled 0.75 to 0.50 cent stronger, with spot May ended 0.70 better at \
             56.50 cents a lb.";
    let f = extract(t);
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!(
        (f[0].low, f[0].high, f[0].change),
        (Some(0.5), Some(0.75), Change::Up)
    );
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("cent"), Change::Up)
    );
    assert_eq!(
        (f[2].unit.as_deref(), f[2].change),
        (Some("cent per pound"), Change::Up)
    );
    assert_eq!(
        extract("Sugar closed 0.20 cent weaker.")[0].change,
        Change::Down
    );
    // "worse" says nothing of the way ("a deficit $37 billion worse")
    let f = extract("That is $37 billion worse than last year's figure.");
    assert_eq!(f[0].change, Change::Exact);
}

#[test]
fn a_closing_level_past_a_phrase_of_time() {
    let f = extract("The Nikkei gained 7.6% during the year to close at 11,488.76 points.");
    assert_eq!(
        (f[1].value, f[1].change),
        (Some(11488.76), Change::Up),
        "{f:?}"
    );
    // a clause of its own is no closing phrase
    let f = extract("The Nikkei gained 7.6%, while the Dax went on to close at 5,000 points.");
    assert_eq!(f[1].change, Change::Exact, "{f:?}");
}

#[test]
fn amounts_of_changes_listed_share_their_unit_either_way() {
    let f = extract("The issues fell an unprecedented 50 and 40 basis points, respectively.");
    assert_eq!(
        (f[0].unit.as_deref(), f[0].change),
        (Some("basis point"), Change::Down)
    );
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("basis point"), Change::Down)
    );
    let f = extract("They limit their exports to 21,000 and 7,000 tonnes respectively.");
    assert_eq!(f[0].unit.as_deref(), Some("metric ton"));
    // alternatives still run upwards
    let f = extract("It killed 435 or 100 people.");
    assert_eq!(f[0].unit, None);
}

#[test]
fn as_late_as_bounds_a_span_from_above() {
    let f =
        extract("Disclosure may be made as late as ten days after exceeding the five pct limit.");
    assert_eq!(
        (f[0].value, f[0].change),
        (Some(10.0), Change::Less),
        "{f:?}"
    );
}

#[test]
fn the_extreme_a_change_reaches_goes_its_way() {
    let f = extract("Prices could rise to as much as 9.00 dlrs.");
    assert_eq!(f[0].change, Change::Up);
    let f = extract("Attendance could grow to as many as 500 people.");
    assert_eq!(f[0].change, Change::Up);
    // without a verb of change it stays a bound
    assert_eq!(
        extract("It could cost as much as 9 dlrs.")[0].change,
        Change::More
    );
    let f = extract("The move could drive the metal to as much as 9.00 dlrs.");
    assert_eq!(f[0].change, Change::More);
}

#[test]
fn changes_set_against_each_other_share_the_currency() {
    let f = extract("The Fed said that M-2 fell 1.6 billion dlrs, while M-3 rose three billion.");
    assert_eq!(
        (f[1].unit.as_deref(), f[1].change),
        (Some("dollar"), Change::Up),
        "{f:?}"
    );
}

#[test]
fn within_an_estimate_and_a_wire_share() {
    let f = extract("It can trace to within about 15 metres the movements.");
    assert_eq!(f[0].change, Change::Less);
    let f = extract("Earnings were 114,000 dlrs or four cts share for the same quarter.");
    assert_eq!(f[1].unit.as_deref(), Some("cent per share"));
    // a par value hyphened to the share is no rate
    let f = extract("Earnings per 20-crown share 20.45 crowns vs 23.79");
    assert_eq!(f[0].unit.as_deref(), Some("crown"));
}

#[test]
fn a_change_noun_a_verb_changes_goes_the_verbs_way() {
    for (text, change) in [
        (
            "Income tax expense reduced this gain to about 1,500,000 dlrs.",
            Change::Down,
        ),
        ("Taxes cut the gain to 1.5 mln dlrs.", Change::Down),
        ("Costs raised its loss to 9 mln dlrs.", Change::Up),
        // with no verb before it, the noun's own way
        ("It saw the rise to 5 pct.", Change::Up),
    ] {
        assert_eq!(one(text).change, change, "{text}");
    }
}

#[test]
fn a_stocks_level_after_its_move_in_points_went_that_way() {
    for (text, change) in [
        ("Cannon's stock is up 1-3/8 points at 10-1/8.", Change::Up),
        ("Its stock was down 1/8 point at 28-1/8.", Change::Down),
        ("Emery's stock closed up 1/2 at 12-5/8.", Change::Up),
    ] {
        let f = extract(text);
        assert_eq!((f.len(), f[1].change), (2, change), "{text}");
    }
    // (the level takes the move's currency: "was down 2.50 dlrs at 190")
    let f = extract("The Whites price was down 2.50 dlrs at 190.");
    assert_eq!(
        (f[1].change, f[1].unit.as_deref()),
        (Change::Down, Some("dollar"))
    );
    // (not a particle's count: "set up 3 stalls at 10 sites")
    assert_eq!(
        extract("He set up 3 stalls at 10 sites.")[1].change,
        Change::Exact
    );
}

#[test]
fn an_amount_taken_off_is_a_cut() {
    for text in [
        "Use the promo code to get 25% off VIP membership!",
        "It would knock 125m euros off its operating profits.",
    ] {
        assert_eq!(one(text).change, Change::Down, "{text}");
    }
    // (not the idiom "off the table", nor a name's number: "FASB 87")
    let f = one("You've got to take the $600 a week off the table.");
    assert_eq!(f.change, Change::Exact);
    assert!(extract("the adoption of FASB 87 and Statement 96").is_empty());
}

#[test]
fn an_object_moved_up_to_a_level_from_an_earlier_one_is_a_rise() {
    let f = extract(
        "The Bank revised its estimate of the shortage up to 450 mln stg from the earlier \
         forecast of 400 mln.",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].from, f[0].value), (Some(4e8), Some(4.5e8)));
    assert_eq!(f[0].change, Change::Up);
    // (but "by up to" is a bound on the move)
    let f = extract("It cut costs by up to two billion dlrs from the 30 billion level.");
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn a_level_reached_past_on_the_news_goes_the_changes_way() {
    let f = extract(
        "Shares in Bombardier lost 65 Canadian cents or 25% on the news to 1.90 Canadian \
         dollars before rallying to 2.20 Canadian dollars.",
    );
    let changes: Vec<_> = f.iter().map(|f| f.change).collect();
    assert_eq!(
        changes,
        [Change::Down, Change::Down, Change::Down, Change::Up]
    );
    assert_eq!(f[2].concept.as_deref(), Some("Shares"));
    // (a rally of people is no rise)
    let f = extract("Thousands attended a rally of 5,000 people.");
    assert!(f.iter().all(|f| f.change != Change::Up), "{f:#?}");
}

#[test]
fn a_net_of_and_a_share_restated_as_its_amount_keep_the_change() {
    let f = extract("Republicans lost a net of six seats.");
    assert_eq!(f[0].change, Change::Down);
    let f = extract("The M3 rose by 15.7 pct or 185.78 billion rupees in the period.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    // (two shares offered as alternatives are not restatements)
    let f = extract("Sales were 5 pct or 10 dlrs.");
    assert!(f.iter().all(|f| f.change == Change::Exact));
}

#[test]
fn a_fraction_of_one_point_or_percent_is_in_that_unit() {
    let f = one("It grew by one-half of one percentage point.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(0.5), Some("percentage point"))
    );
    let f = one("It represents less than 1/10 of one pct of sales.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.1), Some("percent")));
}

#[test]
fn a_change_past_an_adverb_and_its_adjective_or_restated_between_dashes() {
    let f = extract("Retail sales fell a seasonally adjusted 13.2 pct in the quarter.");
    assert_eq!(f[0].change, Change::Down);
    let f = extract("On the news, Oracle shares rose 15 cents - 1.1% - on Nasdaq.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
}

#[test]
fn quadrupled_is_a_rise() {
    assert_eq!(one("Profits quadrupled to $48 billion.").change, Change::Up);
}

#[test]
fn a_level_a_change_heads_toward_goes_its_way() {
    assert_eq!(
        one("The index will rise toward 13,000 this year.").change,
        Change::Up
    );
    // (not a count after a plural noun: "advances toward four teenage girls")
    let f = one("He made sexual advances toward four teenage girls.");
    assert_eq!(f.change, Change::Exact);
    assert_eq!(
        one("The bank signed a 40 billion Euroyen loan.")
            .unit
            .as_deref(),
        Some("yen")
    );
}

#[test]
fn a_level_written_as_a_fraction_or_on_its_day_goes_the_change_after_it() {
    let f = extract("Genrad stock closed at 12-1/2, up 1-1/4.");
    assert_eq!((f[0].change, f[1].change), (Change::Up, Change::Up));
    let f = extract("The shares closed at 270.25p on Friday, down 3.75p on the day.");
    assert_eq!((f[0].change, f[1].change), (Change::Down, Change::Down));
}

#[test]
fn what_is_talked_about_is_no_estimate() {
    assert_eq!(one("We're talking about one day.").change, Change::Exact);
    assert_eq!(one("It cost about 5 dlrs.").change, Change::Approx);
}

#[test]
fn a_sum_after_the_participle_of_a_changed_noun_is_the_change() {
    let f = one("The side agreed to lower the price demanded by $2 per 1,000 cubic metres.");
    assert_eq!(f.change, Change::Down);
    // (an agent after a participle changes nothing)
    let f = one("The decline was accentuated by two plant shutdowns.");
    assert_eq!(f.change, Change::Exact);
}

#[test]
fn a_markets_losses_of_a_price_are_a_fall() {
    let f = one("Raw sugar futures sustained losses of 1.40 to 2.00 dlrs a tonne.");
    assert_eq!(f.change, Change::Down);
    // (a company's losses, and a loss a share, are levels)
    assert_eq!(
        one("It had losses of 1.40 dlrs a share.").change,
        Change::Exact
    );
    assert_eq!(
        one("It posted a net loss of 5 cents.").change,
        Change::Exact
    );
}
