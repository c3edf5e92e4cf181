//! Figure extraction tests: every figure of the seed articles, and the number forms of news.

mod amounts;
mod baselines;
mod by_amounts;
mod changes;
mod comparisons;
mod counts;
mod crowds;
mod estimates;
mod hyphens;
mod levels;
mod lists;
mod measures;
mod names;
mod ones;
mod particles;
mod ranges;
mod robust;
mod sequences;
mod shares;
mod signs;
mod slips;
mod tables;
mod turns;
mod units;

use super::extract;
use crate::model::{Change, Figure};

fn one(text: &str) -> Figure {
    let figures = extract(text);
    assert_eq!(figures.len(), 1, "{text}: {figures:#?}");
    figures.into_iter().next().unwrap()
}

#[test]
fn seed_000_soybeans() {
    let text = "He said Beijing is weighing lifting its soybean purchases to 20 million tons for the current season and has committed to buying 25 million tons next season.";
    let f = extract(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].text, "20 million tons");
    assert_eq!(f[0].value, Some(2e7));
    assert_eq!(f[0].unit.as_deref(), Some("metric ton"));
    assert_eq!(f[0].dimension.as_deref(), Some("mass"));
    assert_eq!(f[0].change, Change::Up);
    assert_eq!(f[0].concept.as_deref(), Some("soybean purchases"));
    assert_eq!(f[0].period.as_deref(), Some("current season"));
    assert_eq!(f[0].hedge.as_deref(), Some("weighing"));
    assert_eq!(f[1].value, Some(2.5e7));
    assert_eq!(f[1].change, Change::Exact);
    assert_eq!(f[1].concept.as_deref(), Some("soybean purchases"));
    assert_eq!(f[1].period.as_deref(), Some("next season"));
    assert_eq!(f[1].hedge.as_deref(), Some("committed"));
}

#[test]
fn seed_003_soybeans() {
    let text = "One significant outcome highlighted was China’s commitment to markedly increase its imports of US soybeans, rising from 12 million tons to 20 million tons this season, with projections to reach 25 million tons in the following season.";
    let f = extract(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].text, "from 12 million tons to 20 million tons");
    assert_eq!((f[0].from, f[0].value), (Some(1.2e7), Some(2e7)));
    assert_eq!(f[0].change, Change::Up);
    assert_eq!(f[0].period.as_deref(), Some("this season"));
    assert_eq!(f[0].hedge.as_deref(), Some("commitment"));
    assert_eq!(f[1].value, Some(2.5e7));
    assert_eq!(f[1].period.as_deref(), Some("following season"));
    assert_eq!(f[1].hedge.as_deref(), Some("projections"));
    assert_eq!(f[0].concept, f[1].concept);
    assert!(
        f[0].concept
            .as_deref()
            .is_some_and(|c| c.contains("soybeans")),
        "{f:#?}"
    );
}

#[test]
fn seed_003_arms_package() {
    let text = "This dialogue followed the US”s approval of an $11 billion arms package for Taiwan in December 2025, which aimed to strengthen Taiwan”s defense capabilities.";
    let f = one(text);
    assert_eq!(f.text, "$11 billion");
    assert_eq!(f.value, Some(1.1e10));
    assert_eq!(f.unit.as_deref(), Some("dollar"));
    assert_eq!(f.currency.as_deref(), Some("USD"));
    assert_eq!(f.concept.as_deref(), Some("arms package"));
    assert_eq!(f.period.as_deref(), Some("in December 2025"));
}

#[test]
fn dates_and_years_are_not_figures() {
    assert!(
        extract("The call took place on February 4, 2026, and on Wednesday, February 4.")
            .is_empty()
    );
    assert!(extract("In 1979 the 21st session met at 11pm.").is_empty());
    assert!(extract("over the next three years of my Presidency")
        .iter()
        .all(|f| f.unit.as_deref() == Some("year")));
}

#[test]
fn number_forms() {
    assert_eq!(one("sales of 5.93 mln bags").value, Some(5.93e6));
    assert_eq!(one("a $1.5m grant").value, Some(1.5e6));
    assert_eq!(one("It cost £2,000").currency.as_deref(), Some("GBP"));
    assert_eq!(one("A$160 million deal").currency.as_deref(), Some("AUD"));
    assert_eq!(one("12 to 20 million tons").low, Some(1.2e7));
    let r = one("between $160 million and $171 million");
    assert_eq!((r.low, r.high), (Some(1.6e8), Some(1.71e8)));
    assert_eq!(one("an 8- to 16-meter telescope").high, Some(16.0));
    assert_eq!(one("it killed 14 people").unit.as_deref(), Some("people"));
    assert_eq!(
        one("a car with 3 cylinders").unit.as_deref(),
        Some("cylinder")
    );
    assert_eq!(one("unemployment rose to 5.2%").change, Change::Up);
    assert_eq!(one("more than 40 protesters").change, Change::More);
    assert_eq!(one("about twelve miles").value, Some(12.0));
    assert_eq!(one("temperatures of −273.15 °C").value, Some(-273.15));
    assert_eq!(one("the door is 2 1/2 in.").unit.as_deref(), Some("inch"));
    let h = one("he is 5 ft 2 in");
    assert_eq!(h.unit.as_deref(), Some("foot"));
    assert!((h.value.unwrap_or(0.0) - (5.0 + 2.0 / 12.0)).abs() < 1e-9);
    let m = one("It cost 1.8M dollars.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(1.8e6), Some("dollar")));
    let hw = one("It took three and a half years.");
    assert_eq!((hw.value, hw.unit.as_deref()), (Some(3.5), Some("year")));
    assert_eq!(
        one("only for $15.4/hour").unit.as_deref(),
        Some("dollar per hour")
    );
    assert_eq!(one("The Dow fell 190 points on Oct. 13").value, Some(190.0));
    let q = one("a quarter million people marched");
    assert_eq!((q.value, q.unit.as_deref()), (Some(2.5e5), Some("people")));
    let h = one("more than half of Americans");
    assert_eq!((h.value, h.change), (Some(0.5), Change::More));
    assert!(extract("the first half of the year").is_empty());
    let r = one("above 1000 and below 1500");
    assert_eq!((r.low, r.high), (Some(1000.0), Some(1500.0)));
    assert_eq!(one("ages 18 and below").change, Change::Less);
    assert_eq!(one("20 through 100").high, Some(100.0));
    // scores and tallies are not ranges; footnote markers are not figures
    assert!(extract("a narrow 5-4 Supreme Court decision").is_empty());
    assert!(extract("The committee voted 11-10 along party lines").is_empty());
    assert_eq!(
        one("receiving 236 votes.[82] On October").value,
        Some(236.0)
    );
    assert_eq!(one("ages 18-24").high, Some(24.0));
    // a change without a verb goes the way its values do (the definition of `from`)
    let r = one("sales advanced to 28,476 from 15,175.");
    assert_eq!(
        (r.from, r.value, r.change),
        (Some(15175.0), Some(28476.0), Change::Up)
    );
    let u = one("unemployment fell to 4.1 pct from 4.3 pct");
    assert_eq!((u.from, u.change), (Some(4.3), Change::Down));
    // (a two-way quote in whole numbers before its unit is a range, no fraction)
    let f = extract("down two stg a tonne, quoted around 805/807 stg");
    assert_eq!(f[0].value, Some(2.0));
    assert_eq!((f[1].low, f[1].high), (Some(805.0), Some(807.0)));
    // a capital C or F glued to a number is a temperature where the sentence speaks of one
    assert_eq!(
        one("limit warming to 1.5C above pre-industrial levels")
            .unit
            .as_deref(),
        Some("degree Celsius")
    );
    assert!(extract("The 13F filing was late").is_empty());
    assert!(extract("shares rose 11c to 17c").is_empty());
    assert_eq!(one("more than 800,000 F-Series pickups").unit, None);
    let c = one("the rate went from 20 to 10 percent");
    assert_eq!(
        (c.from, c.value, c.change),
        (Some(20.0), Some(10.0), Change::Down)
    );
    // without a verb of change, "from … to" spans a range
    let r = one("temperatures ranged from -18 to -34 degrees Celsius");
    assert_eq!(
        (r.low, r.high, r.from, r.change),
        (Some(-34.0), Some(-18.0), None, Change::Exact)
    );
}

#[test]
fn notations_and_tokenized_text() {
    assert_eq!(one("a speed of 3×10^8 m/s").value, Some(3e8));
    assert_eq!(one("a factor of 2.48×10−5").value, Some(2.48e-5));
    let t = one("It weighs 2,000.45±0.01 pounds");
    assert_eq!(
        (t.low, t.high, t.unit.as_deref()),
        (Some(2000.44), Some(2000.46), Some("pound"))
    );
    let r = one("one in five adults");
    assert_eq!((r.value, r.unit.as_deref()), (Some(0.2), None));
    let m = one("losses in excess of 30 MUSD");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.change),
        (Some(3e7), Some("dollar"), Change::More)
    );
    assert_eq!(one("revenues of MAUD 60").value, Some(6e7));
    let p = one("sales rose 6 . 2 % to");
    assert_eq!((p.value, p.change), (Some(6.2), Change::Up));
    assert_eq!(one("10 , 000 monkeys").value, Some(10_000.0));
    assert_eq!(one("prices fell 1 / 4 point").value, Some(0.25));
    let c = one("a charge of c $ 300 million");
    assert_eq!((c.value, c.currency.as_deref()), (Some(3e8), Some("CAD")));
    // dates and addresses in tokenized text are not figures
    assert!(extract("to be paid nov . 6 to holders").is_empty());
    assert!(extract("Jane Doe, 123 Random Street, Cloud City, PA 23456").is_empty());
    assert_eq!(
        one("scores between negative ten and fifteen").low,
        Some(-10.0)
    );
    assert_eq!(one("The annual revenue is ($-99.99).").value, Some(-99.99));
    let h = one("The number is above one quarter and below a half.");
    assert_eq!((h.low, h.high), (Some(0.25), Some(0.5)));
    let b = one("higher or equal than one hundred, lower or equal than three hundred");
    assert_eq!((b.low, b.high), (Some(100.0), Some(300.0)));
    // "raised $5 million" collects money; a preposition's object is not changed
    assert_eq!(one("The campaign raised $5 million.").change, Change::Exact);
    assert_eq!(one("The firm raised prices by 5%.").change, Change::Up);
    assert_eq!(
        one("he made advances toward four girls").change,
        Change::Exact
    );
    let l = extract("Sales rose 5% to $10 million.");
    assert_eq!((l[0].change, l[1].change), (Change::Up, Change::Up));
    let two = extract("His score is 200 or greater than 190");
    assert_eq!(
        (two[0].change, two[1].change),
        (Change::Exact, Change::More)
    );
}

#[test]
fn news_and_wire_forms() {
    // "to X from Y" after a change: the level and its earlier value, not a range
    let e = extract("exports rose 18 pct to 3.5 billion dlrs from 2.9 billion dlrs in 1985/86.");
    assert_eq!(
        (e[1].value, e[1].from, e[1].low, e[1].change),
        (Some(3.5e9), Some(2.9e9), None, Change::Up)
    );
    // a revision set off by a comma, and a change over dated or counted ends
    let r = one("it had revised down the jobs gains in December 2004, from 157,000 to 133,000.");
    assert_eq!((r.from, r.change), (Some(157_000.0), Change::Down));
    let s = one("the market will swell from 81,000 units in 2003 to 106,000 in 2007.");
    assert_eq!(
        (s.from, s.value, s.unit.as_deref(), s.change),
        (Some(81_000.0), Some(106_000.0), Some("unit"), Change::Up)
    );
    let p = one("smoking fell in the U.S. from 42 percent in 1965 to 13 percent in 2018.");
    assert_eq!((p.from, p.change), (Some(42.0), Change::Down));
    // a time phrase between the level and its earlier value; the level's period is its own
    let t = one("the gauge dipped to 14.4 percent in November from 14.6 percent in October");
    assert_eq!(
        (t.value, t.from, t.change, t.period.as_deref()),
        (Some(14.4), Some(14.6), Change::Down, Some("in November"))
    );
    let r = one("reserves rose to 3.95 billion at end-January from 3.03 billion");
    assert_eq!(r.from, Some(3.03e9));
    // a count's concept is what it counts (with the verb that acted on it), unless an of-phrase
    // makes it the measure of a noun
    assert_eq!(
        one("a quake killed more than 8,000 people")
            .concept
            .as_deref(),
        Some("people killed")
    );
    assert_eq!(
        one("Gatherings of 10 people or less").concept.as_deref(),
        Some("Gatherings")
    );
    // "X, down from Y": the level is marked; the earlier value stays a figure of its own
    let d = extract("on turnover of 627.8 mln, down from 662.6 mln.");
    assert_eq!((d[0].change, d[1].change), (Change::Down, Change::Exact));
    // a measured first end and a bare second one are no range; "to X from Y" is a change
    let c = extract("The cost of living index fell 0.14 pct to 434.49 in January 1986.");
    assert_eq!((c.len(), c[0].value), (2, Some(0.14)), "{c:#?}");
    let s =
        one("a sharp rise in the goods trade surplus to 126.1 billion francs from 20.4 billion");
    assert_eq!((s.from, s.change), (Some(2.04e10), Change::Up));
    assert_eq!(one("between 5% and 7").high, Some(7.0));
    // wire-service forms: positional comparatives, oil rates, -men plurals, quotes before dates
    let b = extract("rose 0.8 pct to stand 8.6 pct below their level in January 1986");
    assert_eq!(b[1].change, Change::Down, "{b:#?}");
    for text in [
        "It was 5 degrees below zero.",
        "The zone is 1,450 feet below the surface.",
        // (a length above or below a thing is its place)
        "The roadway is being laid 2-1/2 feet above the sidewalk tables.",
    ] {
        assert_eq!(extract(text)[0].change, Change::Exact, "{text}");
    }
    // (but above or below a baseline, a change)
    for (text, change) in [
        ("Rainfall was 2 inches above normal.", Change::Up),
        (
            "It was found 375 ft below the 2,600 foot level.",
            Change::Down,
        ),
    ] {
        assert_eq!(extract(text)[0].change, change, "{text}");
    }
    assert_eq!(
        one("a ceiling of 15.8 mln bpd").unit.as_deref(),
        Some("barrel per day")
    );
    assert_eq!(
        one("Brazil's 40,000 seamen").unit.as_deref(),
        Some("seaman")
    );
    assert_eq!(extract("to 1.5870 dlrs and 1.5400 February 23").len(), 2);
    assert!(extract("May 31  Shr loss 13 cts")
        .iter()
        .all(|f| f.hedge.is_none()));
    // comparatives after a measured figure
    assert_eq!(
        one("they were 36% higher than a year ago").change,
        Change::Up
    );
    assert_eq!(
        one("it cost $23 million less than planned").change,
        Change::Down
    );
    // particles and nouns that only look like changes
    assert_eq!(one("Consumption makes up 70% of GDP").change, Change::Exact);
    assert_eq!(one("Shr loss seven cts vs profit").change, Change::Exact);
    assert_eq!(
        one("the modification brings the contract to 12.6 mln dlrs").change,
        Change::Exact
    );
    assert_eq!(
        one("the deficit can be trimmed by $4.6 trillion").change,
        Change::Down
    );
    // market fractions, list units and the ECU
    assert_eq!(one("an 8-5/8 pct coupon").value, Some(8.625));
    let l = extract("bills in 30, 91 and 180-day maturities");
    assert!(l.iter().all(|f| f.unit.as_deref() == Some("day")), "{l:#?}");
    let a = extract("children aged 6, 4 and 3 months");
    assert_eq!(a[0].unit.as_deref(), Some("year"), "{a:#?}");
    assert_eq!(a[1].unit, None, "{a:#?}");
    // a year-like number counting a unit or round number of things; a year after "in"
    assert_eq!(one("They sent 2000 troops.").unit.as_deref(), Some("troop"));
    assert_eq!(one("prices rose by 2000 dollars").period, None);
    assert!(extract("the patriots in 1776 and the 1988 sales").is_empty());
    let r = one("one in every three immigrants");
    assert!((r.value.unwrap_or(0.0) - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(one("an increase of 0.1 year").change, Change::Up);
    assert_eq!(
        one("John Smith, aged 54, said").unit.as_deref(),
        Some("year")
    );
    // counted nouns behind modifiers; the head of a compound; verbs are not counted
    let e = one("convince 37 Republican electors to abstain");
    assert_eq!(
        (e.unit.as_deref(), e.concept.as_deref()),
        (Some("elector"), Some("Republican electors"))
    );
    assert_eq!(
        one("12 white police officers").unit.as_deref(),
        Some("officer")
    );
    assert_eq!(
        one("two conservative news sites").unit.as_deref(),
        Some("site")
    );
    assert_eq!(one("two upcoming caucuses").unit.as_deref(), Some("caucus"));
    assert_eq!(
        one("33 Senate Democrats voted to advance it")
            .unit
            .as_deref(),
        Some("Democrat")
    );
    assert!(extract("Hide Caption 3 of 19 Photos")
        .iter()
        .all(|f| f.unit.is_none()));
    let k = extract("only 36 percent of K-12 revenue comes from the state");
    assert!(
        k.iter().all(|f| f.unit.as_deref() != Some("come")),
        "{k:#?}"
    );
    assert_eq!(one("they opened 3 cafés").unit.as_deref(), Some("café"));
    assert_eq!(
        one("destroyed 70,000 houses").unit.as_deref(),
        Some("house")
    );
    assert_eq!(one("two sets of rules").unit.as_deref(), Some("set"));
    assert_eq!(one("it has 5 uses").unit.as_deref(), Some("use"));
    assert_eq!(
        one("a hundred local election officials days before")
            .unit
            .as_deref(),
        Some("official")
    );
    assert_eq!(
        one("a 330 Ecus a tonne tax").currency.as_deref(),
        Some("XEU")
    );
    let b = one("users share between one and 100 gigabytes of files");
    assert_eq!((b.low, b.high), (Some(1.0), Some(100.0)));
    // scores, second days of a month, names and glued codes are no figures
    assert!(
        extract("Haas beat Mirnyi 6-7 (2-7) 7-6 (7-3) 6-2 and Saulnier won 6-3 3-6 6-3.")
            .is_empty()
    );
    assert_eq!(extract("choice 2-4 1100-1350 lbs").len(), 1);
    assert!(extract("they bought shares on May 28 and 29").is_empty());
    assert_eq!(
        one("he was sentenced in April 2016 to 10 years").value,
        Some(10.0)
    );
    assert!(
        extract("France lost in the Six Nations, and the Gang of Eight Bill failed").is_empty()
    );
    assert_eq!(one("it spent EIGHT TRILLION DOLLARS").value, Some(8e12));
    assert!(extract("I preferred NHL 2K5.").is_empty());
    // a table's wide gap ends a figure; a year is a period only when written as one
    assert_eq!(one("Avg shrs 5,200,000  Year").unit, None);
    assert_eq!(
        one("to acquire the firm for 1.62 billion dlrs").period,
        None
    );
    // capitalised words are names or months, not hedges
    assert_eq!(
        one("funds for Planned Parenthood paid 49 clinics").hedge,
        None
    );
    assert_eq!(one("bought on May 28 at 20.00 dlrs").hedge, None);
    assert_eq!(one("after 17 mln francs from plane sales").hedge, None);
}

#[test]
fn arbitrary_input_never_panics_and_offsets_are_valid() {
    // a deterministic pseudo-random mix of the characters figures are made of
    let alphabet = "0123456789 ,.-–/$€£¥%½x×eE^:+−()\"”’'abc mln bn million tons of to from between and A$ US$\n";
    for text in crate::testing::random_texts(alphabet, 0x2545F4914F6CDD1D, 300, 97) {
        for f in extract(&text) {
            assert!(f.start <= f.end && f.end <= text.len(), "{text:?}: {f:?}");
            assert_eq!(&text[f.start..f.end], f.text, "{text:?}");
        }
    }
}

#[test]
fn long_single_line_input_is_handled() {
    // 1 MB on one line, no sentence breaks: must finish (linear time) with every figure found
    let text = "rose to 5 tons and ".repeat(50_000);
    assert_eq!(extract(&text).len(), 50_000);
    // figures with no concept of their own, in several dimensions: each must not look back
    // over all the figures before it (that made 10 MB of them take minutes)
    let text = "; 12 km; 5 kg; 3 %".repeat(40_000);
    let figures = extract(&text);
    assert_eq!(figures.len(), 120_000);
    assert!(figures.iter().all(|f| f.concept.is_none()));
}

#[test]
fn ages_hyphenated_scales_and_table_cells() {
    // an age set off by commas after a name
    let a = one("Officer Andrew Dossi, 30, was shot in the left arm.");
    assert_eq!((a.value, a.unit.as_deref()), (Some(30.0), Some("year")));
    assert_eq!(
        one("On Monday, 12 people died.").unit.as_deref(),
        Some("people")
    );
    assert_eq!(one("In Bahrain, 12 died.").unit, None);
    // a scale word joined by hyphens
    let s = one("it received a 517-mln-dlr construction contract");
    assert_eq!((s.value, s.unit.as_deref()), (Some(5.17e8), Some("dollar")));
    // a table cell ends at the next one: "12 mths" is no cents, "Avg shrs" no counted noun
    let t = extract("Revs 7,671,000 dlrs vs 4,775,000 dlrs 12 mths Shr one dlr");
    assert_eq!(t[1].value, Some(4_775_000.0));
    assert_eq!(
        (t[2].value, t[2].unit.as_deref()),
        (Some(12.0), Some("month"))
    );
    let c = extract("Sales 69.3 mln vs 32.0 mln Avg shrs 11,833,883 vs 9,059,692 Nine mths");
    assert_eq!(c[1].unit, None);
    assert_eq!(c[3].unit, None, "{c:#?}");
    // a fraction is no day of the month ("may" is the verb), and the earlier value is kept
    let f = one("rate increases to 7-3/4 pct from 7-1/2 may prompt banks to follow suit");
    assert_eq!((f.from, f.change), (Some(7.5), Change::Up));
    // a change noun, and a comparative that does not override "from X to Y"
    let r = one("a reduction of interest rates from 2.5 to 1.125 pct above libor");
    assert_eq!(
        (r.from, r.value, r.change),
        (Some(2.5), Some(1.125), Change::Down)
    );
    // times and character references are no quantities
    assert!(extract("on the air every weekday from 6-9 a.m.").is_empty());
    assert!(extract("a nearby internet caf&#233; with e-mail").is_empty());
}

#[test]
fn million_m_changes_and_their_levels() {
    // a glued "m" before a plural noun or a unit is million; before "hurdles" a distance
    let m = one("The IMF has about 113.5m ounces of gold.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(1.135e8), Some("ounce")));
    assert_eq!(one("the show drew 8m viewers").value, Some(8e6));
    assert_eq!(
        one("he won the 400m hurdles").unit.as_deref(),
        Some("metre")
    );
    // a bare "m" near a broadcast's audience is million; a jump's is a height
    let a = extract("The show peaked on Monday at 11.9m and 49.2% of the audience.");
    assert_eq!((a[0].value, a[0].unit.as_deref()), (Some(1.19e7), None));
    let h = one("She cleared 4.88m at the Norwich Union Grand Prix.");
    assert_eq!(h.unit.as_deref(), Some("metre"));
    // a relay's "4x100m": a distance, its legs no figure of their own
    for text in ["the 4x100m boys won", "a 4x400m relay team"] {
        let r = one(text);
        assert_eq!(
            (r.unit.as_deref(), r.value.map(|v| v < 1e3)),
            (Some("metre"), Some(true))
        );
    }
    // "edged up 0.1% to 4.7%": the change and the level it reached, not a range
    let e = extract("unemployment levels edged up 0.1% to 4.7%, slightly higher than forecast");
    assert_eq!((e[0].value, e[0].change), (Some(0.1), Change::Up));
    assert_eq!(
        (e[1].value, e[1].low, e[1].change),
        (Some(4.7), None, Change::Up)
    );
    assert_eq!(e[1].concept, e[0].concept);
    // a period between the ends of "from X to Y"
    let p = one("its share will drop from 52% this season to 34%");
    assert_eq!(
        (p.from, p.value, p.change),
        (Some(52.0), Some(34.0), Change::Down)
    );
    // "mln crowns" is money whose country is not said
    let c = one("against a 181 mln crown surplus in January");
    assert_eq!(
        (c.unit.as_deref(), c.dimension.as_deref()),
        (Some("crown"), Some("currency"))
    );
    // a year before the singular "year" is a date
    assert_eq!(
        one("had 1986 year end assets of 733 mln dlrs").value,
        Some(7.33e8)
    );
    // and one after "the year", however written
    assert!(extract("It will not join before the year 2,000, officials said.").is_empty());
}

#[test]
fn rates_written_with_an_article() {
    let b = one("crude oil prices past $50 a barrel on Tuesday");
    assert_eq!(b.unit.as_deref(), Some("dollar per barrel"));
    let d = one("demand of 84 million barrels a day");
    assert_eq!(d.unit.as_deref(), Some("barrel per day"));
    // "a year earlier" is a time, not a rate
    assert_eq!(
        one("profit rose to $5 a year earlier").unit.as_deref(),
        Some("dollar")
    );
}

#[test]
fn ages_listed_bounded_and_ranged() {
    let a = extract("Malia and Sasha Obama, aged 16 and 13 respectively, should try");
    assert!(
        a.iter().all(|f| f.unit.as_deref() == Some("year")),
        "{a:#?}"
    );
    let o = one("anyone 21 or older can legally purchase it");
    assert_eq!((o.unit.as_deref(), o.change), (Some("year"), Change::More));
    let r = one("someone between the ages of 12 and 16");
    assert_eq!(
        (r.low, r.high, r.unit.as_deref()),
        (Some(12.0), Some(16.0), Some("year"))
    );
    // money in a noun names what it is for; "in total" does not
    let m = one("Schumer negotiated $25 billion in wall money");
    assert_eq!(m.concept.as_deref(), Some("wall money"));
    assert_ne!(
        one("it paid $3 million in total").concept.as_deref(),
        Some("total")
    );
}

#[test]
fn fractions_after_an_article() {
    assert_eq!(one("a third of voters").value, Some(1.0 / 3.0));
    let c = one("The company cut a quarter of its workforce.");
    assert_eq!((c.value, c.change), (Some(0.25), Change::Down));
    assert_eq!(
        one("Deaths spiked by a third in 2017.").value,
        Some(1.0 / 3.0)
    );
    // ordinals stay ordinals
    assert!(extract("a third term in the third quarter").is_empty());
}
