//! The calendar: a step never starts before every step it needs has ended,
//! weeks in non-learning periods carry no learning hours, and a start date
//! that is no working day moves to the next one.
//!
//! The property test plans random small curricula with the library and
//! checks every step against a model of the rules of its own, day by day:
//! which days are learning days, what each week holds, what a step needs.

use std::borrow::Cow;
use std::sync::Arc;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday, date};
use leerroute::{
    Curriculum, Holiday, Options, Passport, Plan, Planner, SkillLevel, SourceMap, Status, Target,
    from_sources,
};
use proptest::prelude::*;
use serde_json::Value;

use crate::support::test::{Test, assert_contains};

const SKILLS: usize = 4;

/// Skill `s{skill}` at `level` (1..=3).
type Level = (usize, u8);

#[derive(Debug, Clone)]
struct Unit {
    /// In quarter hours.
    quarters: u32,
    weeks: Option<u32>,
    requires: Vec<Level>,
    requires_any: Vec<Vec<Level>>,
    grants: Vec<Level>,
}

#[derive(Debug, Clone)]
struct Case {
    units: Vec<Unit>,
    held: Vec<Level>,
    completed: Vec<usize>,
    target: Vec<Level>,
    hours_per_week: f64,
    start: Date,
    /// Periods as (first day, days) from 1 January 2027.
    holidays: Vec<(i64, i64)>,
}

fn level() -> impl Strategy<Value = Level> {
    (0..SKILLS, 1..=3u8)
}

fn unit() -> impl Strategy<Value = Unit> {
    (
        1..240u32,
        prop_oneof![3 => Just(None), 1 => (1..6u32).prop_map(Some)],
        prop::collection::vec(level(), 0..3),
        prop_oneof![
            3 => Just(Vec::new()),
            1 => prop::collection::vec(prop::collection::vec(level(), 2..=3), 1..=2),
        ],
        prop::collection::vec(level(), 1..3),
    )
        .prop_map(|(quarters, weeks, requires, requires_any, grants)| Unit {
            quarters,
            weeks,
            requires,
            requires_any,
            grants,
        })
}

fn case() -> impl Strategy<Value = Case> {
    prop::collection::vec(unit(), 1..9).prop_flat_map(|units| {
        let n = units.len();
        let granted: Vec<Level> = units.iter().flat_map(|u| u.grants.clone()).collect();
        (
            Just(units),
            prop::collection::vec(level(), 0..3),
            prop::collection::vec(0..n, 0..2),
            prop::collection::vec(prop::sample::select(granted), 1..4),
            prop::sample::select(vec![0.5, 3.0, 4.0, 8.0, 13.5, 40.0]),
            (0..500i64).prop_map(|days| date(2027, 1, 1) + days.days()),
            prop::collection::vec((0..700i64, 0..40i64), 0..4),
        )
            .prop_map(
                |(units, held, completed, target, hours_per_week, start, holidays)| Case {
                    units,
                    held,
                    completed,
                    target,
                    hours_per_week,
                    start,
                    holidays,
                },
            )
    })
}

fn list(levels: &[Level]) -> String {
    let items: Vec<String> = levels
        .iter()
        .map(|(s, l)| format!("\"s{s}@{l}\""))
        .collect();
    format!("[{}]", items.join(", "))
}

fn curriculum(case: &Case) -> Option<Curriculum> {
    let mut text = String::from(
        "[curriculum]\nid = \"calendar\"\nname = \"Calendar\"\nlevels = [\"a\", \"b\", \"c\"]\n",
    );
    for skill in 0..SKILLS {
        text += &format!("\n[[skill]]\nid = \"s{skill}\"\nname = \"S{skill}\"\n");
    }
    for (index, unit) in case.units.iter().enumerate() {
        let groups: Vec<String> = unit.requires_any.iter().map(|g| list(g)).collect();
        let weeks = unit
            .weeks
            .map_or(String::new(), |w| format!("weeks = {w}\n"));
        text += &format!(
            "\n[[module]]\nid = \"m{index}\"\nname = \"M{index}\"\nstage = \"line\"\n\
             hours = {}\n{weeks}requires = {}\nrequires_any = [{}]\ngrants = {}\n",
            f64::from(unit.quarters) / 4.0,
            list(&unit.requires),
            groups.join(", "),
            list(&unit.grants),
        );
    }
    let mut sources = SourceMap::default();
    sources.add("calendar.toml".into(), Cow::Owned(text));
    let curriculum = from_sources(sources, Vec::new()).ok()?;
    leerroute::structural(&leerroute::Context::new(&curriculum))
        .is_empty()
        .then_some(curriculum)
}

fn holidays(case: &Case) -> Vec<Holiday> {
    case.holidays
        .iter()
        .map(|&(from, days)| Holiday {
            name: format!("h{from}"),
            from: date(2027, 1, 1) + from.days(),
            to: date(2027, 1, 1) + (from + days).days(),
        })
        .collect()
}

fn skill_level(curriculum: &Curriculum, (skill, level): Level) -> SkillLevel {
    SkillLevel {
        skill: curriculum.find_skill(&format!("s{skill}")).unwrap(),
        level,
    }
}

fn plan_case(curriculum: &Curriculum, case: &Case) -> Plan {
    let target = Target {
        id: "t".into(),
        levels: case
            .target
            .iter()
            .map(|&l| skill_level(curriculum, l))
            .collect(),
    };
    let passport = Passport {
        id: "w".into(),
        skills: case
            .held
            .iter()
            .map(|&l| skill_level(curriculum, l))
            .collect(),
        completed: case
            .completed
            .iter()
            .map(|&i| leerroute::ModuleId(i as u32))
            .collect(),
        ..Passport::default()
    };
    let options = Options {
        hours_per_week: case.hours_per_week,
        start: Some(case.start),
        holidays: Arc::from(holidays(case)),
        time_limit: std::time::Duration::from_secs(60),
        ..Options::default()
    };
    Planner::new(curriculum, target).plan(&passport, &options)
}

/// The rules, day by day: what the calendar must agree with.
struct Model {
    start: Date,
    monday: Date,
    hours_per_week: f64,
    holidays: Vec<Holiday>,
}

impl Model {
    fn learns_on(&self, day: Date) -> bool {
        day >= self.start
            && !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
            && !self.holidays.iter().any(|h| (h.from..=h.to).contains(&day))
    }

    fn monday_of(&self, week: u32) -> Date {
        self.monday + (i64::from(week - 1) * 7).days()
    }

    fn week_of(&self, day: Date) -> u32 {
        ((day - self.monday).get_days() / 7 + 1) as u32
    }

    /// The learning hours of `week`: a fifth of the week's per working day.
    fn hours(&self, week: u32) -> f64 {
        let monday = self.monday_of(week);
        let days = (0..5)
            .filter(|&d| self.learns_on(monday + d.days()))
            .count();
        self.hours_per_week * days as f64 / 5.0
    }

    /// The first week from `week` on with learning hours.
    fn first_learning_week(&self, mut week: u32) -> u32 {
        while self.hours(week) == 0.0 {
            week += 1;
        }
        week
    }
}

fn day(text: &Option<String>) -> Date {
    text.as_deref().expect("a date").parse().expect("a date")
}

/// Every step of a planned route keeps the rules.
fn check_plan(case: &Case, curriculum: &Curriculum, plan: &Plan) -> Result<(), TestCaseError> {
    let model = Model {
        start: case.start,
        monday: case.start - (i64::from(case.start.weekday().to_monday_zero_offset())).days(),
        hours_per_week: case.hours_per_week,
        holidays: holidays(case),
    };
    let held = |level: &SkillLevel| {
        case.held
            .iter()
            .chain(case.completed.iter().flat_map(|&i| &case.units[i].grants))
            .any(|&l| skill_level(curriculum, l).skill == level.skill && l.1 >= level.level)
    };
    // Per earlier step: its module and its end.
    let mut before: Vec<(&leerroute::Module, u32, Date)> = Vec::new();
    for step in &plan.steps {
        let id = curriculum.find_module(&step.module).unwrap();
        let module = curriculum.module(id);
        let (start, end) = (day(&step.start_date), day(&step.end_date));
        prop_assert!(
            model.learns_on(start),
            "step {} starts on {start}",
            step.step
        );
        prop_assert_eq!(model.week_of(start), step.start_week);
        prop_assert_eq!(end, model.monday_of(step.end_week) + 6.days());
        prop_assert!(step.start_week <= step.end_week);
        // Each requirement is met by the start: held, or granted by an
        // earlier step that has ended; for a group, by one alternative.
        // The step may start no later than the first week with learning
        // hours after the earliest such ends (or after the step before).
        let met_by = |need: &SkillLevel| -> Option<(u32, Date)> {
            if held(need) {
                return Some((0, case.start - 1.day()));
            }
            before
                .iter()
                .filter(|(m, _, _)| {
                    m.grants
                        .iter()
                        .any(|g| g.value.skill == need.skill && g.value.level >= need.level)
                })
                .map(|&(_, week, ended)| (week, ended))
                .min()
        };
        // The step starts after the earliest way to meet each need ends.
        let mut ready = 0;
        let mut meet = |met: Option<(u32, Date)>| -> Result<(), TestCaseError> {
            let Some((week, ended)) = met else {
                return Err(TestCaseError::fail(format!(
                    "step {}: an unmet requirement",
                    step.step
                )));
            };
            prop_assert!(
                ended < start,
                "step {} starts {start}, before what it needs ends ({ended})",
                step.step
            );
            ready = ready.max(week);
            Ok(())
        };
        for need in &module.requires {
            meet(met_by(&need.value))?;
        }
        for group in &module.requires_any {
            meet(group.iter().filter_map(|r| met_by(&r.value)).min())?;
        }
        let previous_end = before.last().map_or(1, |&(_, week, _)| week);
        prop_assert!(step.start_week >= previous_end, "steps overlap");
        let latest = model.first_learning_week((ready + 1).max(previous_end + 1));
        prop_assert!(step.start_week <= latest, "step {} starts late", step.step);
        // Its weeks hold its hours, over at least its minimum of learning weeks.
        let weeks = step.start_week..=step.end_week;
        let room: f64 = weeks.clone().map(|w| model.hours(w)).sum();
        prop_assert!(
            room >= step.hours - 1e-6,
            "step {}: {room} < {}",
            step.step,
            step.hours
        );
        let learning = weeks.filter(|&w| model.hours(w) > 0.0).count() as u32;
        prop_assert!(learning >= module.weeks.unwrap_or(1));
        before.push((module, step.end_week, end));
    }
    prop_assert_eq!(
        plan.totals.weeks,
        plan.steps.last().map_or(0, |s| s.end_week)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn no_step_starts_before_what_it_needs_has_ended(case in case()) {
        let Some(curriculum) = curriculum(&case) else {
            return Err(TestCaseError::reject("not a valid curriculum"));
        };
        let plan = plan_case(&curriculum, &case);
        if plan.status == Status::Planned {
            check_plan(&case, &curriculum, &plan)?;
        }
    }
}

/// The case the property test found: a `requires_any` group whose one
/// alternative no step grants, and whose other one the step before grants,
/// in a first week of one working day (from Friday 1 January 2027). The
/// step must wait for the step before it, not take the group as held.
#[test]
fn a_group_met_by_an_earlier_step_waits_for_it() {
    let grants = |level: Level| Unit {
        quarters: 1,
        weeks: None,
        requires: Vec::new(),
        requires_any: Vec::new(),
        grants: vec![level],
    };
    let case = Case {
        units: vec![
            grants((2, 1)),
            Unit {
                quarters: 116,
                requires_any: vec![vec![(2, 1), (0, 2)]],
                ..grants((2, 2))
            },
        ],
        held: Vec::new(),
        completed: Vec::new(),
        target: vec![(2, 2)],
        hours_per_week: 0.5,
        start: date(2027, 1, 1),
        holidays: Vec::new(),
    };
    let curriculum = curriculum(&case).expect("a valid curriculum");
    let plan = plan_case(&curriculum, &case);
    assert_eq!(plan.status, Status::Planned);
    assert_eq!(
        plan.steps.iter().map(|s| s.start_week).collect::<Vec<_>>(),
        [1, 3]
    );
    check_plan(&case, &curriculum, &plan).expect("the rules hold");
}

// ---------------------------------------------------------------------------
// The command line

const ANNA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/workers/anna.toml");
const HOLIDAYS: &str = "examples/holidays-2027-midden.toml";

fn plan_json(args: &[&str]) -> Value {
    Test::new()
        .args(["plan", "--format", "json"])
        .args(args)
        .run()
        .json()
}

fn dates(plan: &Value) -> Vec<(Date, Date)> {
    plan["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            let at = |key: &str| s[key].as_str().unwrap().parse::<Date>().unwrap();
            (at("start_date"), at("end_date"))
        })
        .collect()
}

/// The maintenance technician's data route needs its steps one after the
/// other: before, a step shared the week its prerequisite ended in and so
/// started (2027-11-29) before it ended (2027-12-05).
#[test]
fn a_step_starts_after_the_step_it_needs_ends() {
    let plan = plan_json(&[
        "--worker",
        "examples/workers/maintenance-to-data.toml",
        "--start",
        "2027-01-04",
    ]);
    let steps = plan["steps"].as_array().unwrap();
    let at = |module: &str| {
        let index = steps.iter().position(|s| s["module"] == module).unwrap();
        dates(&plan)[index]
    };
    // `data-analyse` needs `data-python`.
    assert!(at("data-python").1 < at("data-analyse").0, "{plan}");
    // And no later than needed: on the Monday after it ends (a Sunday).
    assert_eq!(
        Some(at("data-analyse").0),
        at("data-python").1.tomorrow().ok(),
        "{plan}"
    );
}

#[test]
fn a_weekend_start_moves_to_monday_with_a_note() {
    let run = Test::new()
        .args(["plan", "--worker", ANNA, "--format", "json", "--start", "2027-01-03"])
        .stderr("note: Sunday 3 January 2027 is not a working day; the plan starts on Monday 4 January 2027.\n")
        .run();
    let moved = run.json();
    assert_eq!(dates(&moved)[0].0, date(2027, 1, 4));
    // The same plan as one that starts on that Monday.
    assert_eq!(
        moved,
        plan_json(&["--worker", ANNA, "--start", "2027-01-04"])
    );
    // In Dutch, and not at all with --quiet.
    Test::new()
        .args(["--lang", "nl", "plan", "--worker", ANNA, "--start", "2027-01-02"])
        .stderr_contains("let op: zaterdag 2 januari 2027 is geen werkdag; het plan begint op maandag 4 januari 2027.")
        .run();
    Test::new()
        .args(["-q", "plan", "--worker", ANNA, "--start", "2027-01-02"])
        .stderr("")
        .run();
}

#[test]
fn weeks_in_the_holidays_carry_no_learning_hours() {
    let args = ["--worker", ANNA, "--start", "2027-06-28"];
    let plain = plan_json(&args);
    let run = Test::new()
        .args(["plan", "--format", "json", "--holidays", HOLIDAYS])
        .args(args)
        .stderr("")
        .run();
    let around = run.json();
    // The summer holidays (17 July to 29 August) and the autumn week
    // (16 to 24 October) push the route seven weeks on.
    assert_eq!(
        around["totals"]["weeks"],
        plain["totals"]["weeks"].as_u64().unwrap() + 7
    );
    let summer = date(2027, 7, 17)..=date(2027, 8, 29);
    for (start, _) in dates(&around) {
        assert!(!summer.contains(&start), "{start} in the summer holidays");
    }
    // Same route, same totals but weeks.
    assert_eq!(
        around["steps"].as_array().unwrap().len(),
        plain["steps"].as_array().unwrap().len()
    );
    assert_eq!(around["totals"]["hours"], plain["totals"]["hours"]);
    // A start in the holidays moves to the first working day after them.
    Test::new()
        .args(["plan", "--worker", ANNA, "--holidays", HOLIDAYS, "--start", "2027-12-28"])
        .stderr("note: Tuesday 28 December 2027 falls in Kerstvakantie 2027, when nobody learns; the plan starts on Monday 10 January 2028.\n")
        .run();
}

#[test]
fn holidays_without_a_start_date_get_a_note() {
    let run = Test::new()
        .args([
            "plan",
            "--format",
            "json",
            "--worker",
            ANNA,
            "--holidays",
            HOLIDAYS,
        ])
        .stderr_contains("holidays only count in a plan with dates")
        .run();
    assert_eq!(run.json(), plan_json(&["--worker", ANNA]));
}

/// Periods declared in the curriculum, the config file's holidays file and
/// `--holidays` (which replaces the config file's) all apply.
#[test]
fn holidays_come_from_the_curriculum_the_config_file_and_the_flag() {
    let summer = "[[holiday]]\nname = \"Zomer\"\nfrom = 2027-07-17\nto = 2027-08-29\n";
    let weeks = |test: Test| test.run().json()["totals"]["weeks"].as_u64().unwrap();
    let base = [
        "plan",
        "--format",
        "json",
        "--worker",
        ANNA,
        "--start",
        "2027-06-28",
    ];
    let plain = weeks(Test::new().args(base));
    // In the curriculum: the shipped one with a holidays file beside it.
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("curricula/smart-industry");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&shipped)
        .unwrap()
        .flatten()
        .map(|e| {
            let name = e.file_name().into_string().unwrap();
            (name, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    files.push(("holidays.toml".into(), summer.into()));
    let in_curriculum = weeks(Test::new().curriculum(files).args(base));
    assert_eq!(in_curriculum, plain + 6);
    // In the config file, relative to it.
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("leerroute")).unwrap();
    std::fs::write(
        home.path().join("leerroute/config.toml"),
        "holidays = \"zomer.toml\"\n",
    )
    .unwrap();
    std::fs::write(home.path().join("leerroute/zomer.toml"), summer).unwrap();
    let configured = || Test::new().env("XDG_CONFIG_HOME", home.path()).args(base);
    assert_eq!(weeks(configured()), plain + 6);
    // --holidays instead of the config file's: Christmas is far off.
    let christmas = "[[holiday]]\nname = \"Kerst\"\nfrom = 2027-12-25\nto = 2028-01-09\n";
    let flag = configured()
        .tree([("kerst.toml", christmas)])
        .args(["--holidays", "kerst.toml"]);
    assert_eq!(weeks(flag), plain);
}

#[test]
fn bad_holidays_are_refused_with_their_place_and_a_fix() {
    let run = |text: &str| {
        Test::new()
            .tree([("h.toml", text)])
            .args([
                "plan",
                "--worker",
                ANNA,
                "--start",
                "2027-01-04",
                "--holidays",
                "h.toml",
            ])
            .code(1)
    };
    // TOML itself refuses a date that does not exist.
    let run_ = run("[[holiday]]\nname = \"Kerst\"\nfrom = 2027-12-32\nto = 2028-01-09\n")
        .stderr_contains_all(&[
            "invalid date",
            "h.toml:3:8",
            "help: write a day that exists, year first: YYYY-MM-DD",
        ])
        .run();
    assert!(!run_.stderr.contains("wrong-type"), "{}", run_.stderr);
    run("[[holiday]]\nname = \"Kerst\"\nfrom = \"2027-02-30\"\nto = 2028-01-09\n")
        .stderr_contains_all(&[
            "`from` of holiday `Kerst` is not a date: `2027-02-30`",
            "h.toml:3:8",
        ])
        .run();
    run("[[holiday]]\nname = \"Kerst\"\nfrom = \"25-12-2027\"\nto = 2028-01-09\n")
        .stderr_contains_all(&[
            "h.toml:3:8",
            "help: write the day year first, e.g. `from = 2027-12-25`",
        ])
        .run();
    run("[[holiday]]\nname = \"Kerst\"\nfrom = 2028-01-09\nto = 2027-12-25\n")
        .stderr_contains_all(&[
            "holiday `Kerst` ends (2027-12-25) before it starts (2028-01-09)",
            "h.toml:4:6",
            "swap them",
        ])
        .run();
    run("[[holiday]]\nname = \"Kerst\"\nfrom = 2027-12-25T08:00:00\nto = 2028-01-09\n")
        .stderr_contains_all(&["`from` of a holiday must be a date, found a date and time"])
        .run();
    run("[[holidays]]\nname = \"Kerst\"\n")
        .stderr_contains_all(&[
            "unknown top-level key `holidays`",
            "did you mean `holiday`?",
        ])
        .run();
    run("[[holiday]]\nname = \"Kerst\"\nfrom = 2027-12-25\n")
        .stderr_contains_all(&[
            "holiday is missing the required field `to`",
            "add `to = 2028-01-09`",
        ])
        .run();
    // A file that is not there: the nearest one in its folder.
    Test::new()
        .args(["plan", "--worker", ANNA, "--start", "2027-01-04", "--holidays", "examples/holidays-2027-midden.tml"])
        .code(1)
        .stderr("error: there is no holidays file `examples/holidays-2027-midden.tml`\nhelp: did you mean `examples/holidays-2027-midden.toml`?\n")
        .run();
}

/// A curriculum's `[[holiday]]` with a bad date is a load error with its place.
#[test]
fn a_curriculum_holiday_with_a_bad_date_is_an_error() {
    let run = Test::new()
        .curriculum([(
            "c.toml",
            "[curriculum]\nid = \"c\"\nname = \"C\"\nlevels = [\"a\"]\n\n[[skill]]\nid = \"s\"\nname = \"S\"\n\n\
             [[module]]\nid = \"m\"\nname = \"M\"\nstage = \"line\"\nhours = 8\ngrants = [\"s\"]\n\n\
             [[profile]]\nid = \"p\"\nname = \"P\"\nrequires = [\"s\"]\n\n\
             [[holiday]]\nname = \"Zomer\"\nfrom = 2027-07-17\nto = \"2027-06-31\"\n",
        )])
        .args(["check"])
        .code(1)
        .run();
    assert_contains(
        &run.stdout,
        "`to` of holiday `Zomer` is not a date: `2027-06-31`",
    );
    assert_contains(&run.stdout, "c.toml:25:6");
}

/// The example holidays file the README shows loads, and each of its
/// periods is where its name says.
#[test]
fn the_example_holidays_file_loads() {
    let holidays =
        leerroute::load_holidays(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(HOLIDAYS))
            .expect("the example loads");
    let names: Vec<&str> = holidays.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names.len(), 4);
    assert!(names.iter().any(|n| n.starts_with("Kerstvakantie 2027")));
    for holiday in &holidays {
        assert!(holiday.from <= holiday.to && holiday.from.year() == 2027);
        // School holidays run from a Saturday to a Sunday.
        assert_eq!(
            holiday.from.weekday(),
            Weekday::Saturday,
            "{}",
            holiday.name
        );
        assert_eq!(holiday.to.weekday(), Weekday::Sunday, "{}", holiday.name);
    }
}
