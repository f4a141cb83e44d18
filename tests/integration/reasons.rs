//! Why there is no route, and what would give one, end to end on the shipped
//! curriculum: every grantor that may not be used is named with why, the
//! smallest relaxation and the first steps within a budget are data in the
//! plan document and words in English and Dutch, and every figure they give
//! equals what `plan` gives for that route.

use leerroute::{Mode, Origin, load_curriculum};
use serde_json::Value;

use crate::plan::{hundredths, plan_json};
use crate::support::test::{Test, assert_contains};

const CNC_OPERATOR: &str = "tests/fixtures/plan/workers/cnc-operator.toml";

/// `leerroute [--lang LANG] plan --worker FILE <extra…>`.
fn plan(lang: &str, worker: &str, extra: &[&str]) -> Test {
    Test::new()
        .args(["--lang", lang, "plan", "--worker", worker])
        .args(extra)
}

/// The reason with `code`.
fn reason<'a>(plan: &'a Value, code: &str) -> &'a Value {
    plan["reasons"]
        .as_array()
        .and_then(|reasons| reasons.iter().find(|r| r["code"] == code))
        .unwrap_or_else(|| panic!("no `{code}` reason in {plan}"))
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|id| id.as_str().expect("an id").to_string())
        .collect()
}

fn messages(plan: &Value) -> Vec<String> {
    plan["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["message"].as_str().unwrap().to_string())
        .collect()
}

/// The shipped curriculum's classroom modules.
fn classroom_modules() -> Vec<String> {
    let curriculum = load_curriculum(&Origin::Embedded).expect("the shipped curriculum");
    curriculum
        .modules
        .iter()
        .filter(|m| m.mode == Some(Mode::Classroom))
        .map(|m| m.id.clone())
        .collect()
}

/// The case an advisor met: `robot-safety@2` was said to be granted only by
/// `n-cobot-veilig`, although `rob-veiligheid` grants it too and was left out
/// as classroom. Every grantor left out is now named with why, and the
/// smallest change that gives a route is given with its route's totals.
#[test]
fn the_cnc_operator_avoiding_the_classroom_learns_what_it_would_take() {
    let json = plan_json(plan("en", CNC_OPERATOR, &["--avoid-mode", "classroom"]));
    assert_eq!(json["status"], "unreachable", "{json}");
    let safety = json["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill_level"] == "robot-safety@2")
        .expect("robot-safety@2 is explained");
    let message = safety["message"].as_str().unwrap();
    assert!(
        !message.contains("granted only by `n-cobot-veilig`"),
        "{message}"
    );
    assert_contains(
        message,
        "`robot-safety@2` is granted by `rob-veiligheid` (classroom, which is avoided), and \
         otherwise only by `n-cobot-veilig`",
    );
    assert_eq!(
        safety["why"]["left_out"],
        serde_json::json!([
            {"module": "rob-veiligheid", "because": "avoided-mode", "mode": "classroom"}
        ]),
        "{safety}"
    );
    // The smallest change: `rob-veiligheid` alone would not do (it needs
    // `risk-assessment@1`, which only classroom modules grant), `vei-rie` does.
    let relaxation = reason(&json, "relaxation");
    assert_eq!(
        relaxation["allow"],
        serde_json::json!([{"module": "vei-rie", "because": "avoided-mode", "mode": "classroom"}]),
        "{relaxation}"
    );
    assert_eq!(relaxation["within_budget"], true);
    assert_eq!(relaxation["proven"], true);
    assert_eq!(
        relaxation["message"],
        "allow `vei-rie` (classroom): then there is a route of 182 hours, €2605.00"
    );
    // The route it names is what `plan` gives with every other classroom
    // module left out.
    let others: Vec<String> = classroom_modules()
        .into_iter()
        .filter(|m| m != "vei-rie")
        .map(|m| format!("--exclude={m}"))
        .collect();
    let others: Vec<&str> = others.iter().map(String::as_str).collect();
    let allowed = plan_json(plan("en", CNC_OPERATOR, &others));
    assert_eq!(allowed["status"], "planned", "{allowed}");
    let steps: Vec<String> = allowed["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["module"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids(&relaxation["route"]), steps);
    for key in ["hours", "cost"] {
        assert_eq!(
            hundredths(&relaxation[key]),
            hundredths(&allowed["totals"][key]),
            "{key}"
        );
    }
}

/// The same plan in Dutch: the sentences are the advisor's, the keys and
/// facts the same.
#[test]
fn reasons_speak_dutch_with_the_same_facts() {
    let english = plan_json(plan("en", CNC_OPERATOR, &["--avoid-mode", "classroom"]));
    let dutch = plan_json(plan("nl", CNC_OPERATOR, &["--avoid-mode", "classroom"]));
    let without_messages = |plan: &Value| {
        let mut plan = plan.clone();
        for reason in plan["reasons"].as_array_mut().unwrap() {
            reason.as_object_mut().unwrap().remove("message");
        }
        plan
    };
    assert_eq!(without_messages(&english), without_messages(&dutch));
    insta::assert_snapshot!("reasons__cnc_operator__en", messages(&english).join("\n\n"));
    insta::assert_snapshot!("reasons__cnc_operator__nl", messages(&dutch).join("\n\n"));
    plan("nl", CNC_OPERATOR, &["--avoid-mode", "classroom"])
        .code(3)
        .stdout_contains(
            "sta `vei-rie` (klassikaal) toe: dan is er een route van 182 uur, € 2.605,00",
        )
        .stdout_contains(
            "is met `rob-veiligheid` (klassikaal) te halen, maar die valt af, en verder",
        )
        .run();
}

/// A module excluded on the command line is the change to undo, and with it
/// allowed the route is the plan without the exclusion.
#[test]
fn an_exclusion_is_the_change_to_undo() {
    let anna = "examples/workers/anna.toml";
    let json = plan_json(plan("en", anna, &["--exclude", "rob-intro"]));
    assert_eq!(json["status"], "unreachable", "{json}");
    let relaxation = reason(&json, "relaxation");
    assert_eq!(
        relaxation["allow"],
        serde_json::json!([{"module": "rob-intro", "because": "excluded"}])
    );
    assert_contains(
        relaxation["message"].as_str().unwrap(),
        "allow `rob-intro` (excluded): then there is a route of",
    );
    let free = plan_json(plan("en", anna, &[]));
    for key in ["hours", "cost"] {
        assert_eq!(
            hundredths(&relaxation[key]),
            hundredths(&free["totals"][key])
        );
    }
}

/// Over budget: the cheapest route is the one `plan --minimize cost` gives,
/// and the first steps of it that fit are named with what they achieve.
#[test]
fn over_budget_the_first_steps_that_fit_are_of_the_cheapest_route() {
    let anna = "examples/workers/anna.toml";
    let json = plan_json(plan("en", anna, &["--budget", "1500"]));
    assert_eq!(json["status"], "over-budget", "{json}");
    let cheapest = plan_json(plan("en", anna, &["--minimize", "cost"]));
    let route: Vec<String> = cheapest["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["module"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        hundredths(&reason(&json, "over-budget")["cheapest_cost"]),
        hundredths(&cheapest["totals"]["cost"])
    );
    let first = reason(&json, "first-steps");
    assert_eq!(ids(&first["route"]), route);
    let steps = ids(&first["steps"]);
    assert!(!steps.is_empty() && steps.len() < route.len(), "{first}");
    assert_eq!(steps, route[..steps.len()]);
    // Their sums, from `plan`'s own steps; the next step would not fit.
    let sum = |key: &str, count: usize| -> i64 {
        cheapest["steps"].as_array().unwrap()[..count]
            .iter()
            .map(|s| hundredths(&s[key]))
            .sum()
    };
    assert_eq!(hundredths(&first["hours"]), sum("hours", steps.len()));
    assert_eq!(hundredths(&first["cost"]), sum("cost", steps.len()));
    assert!(sum("cost", steps.len()) <= 150_000);
    assert!(sum("cost", steps.len() + 1) > 150_000);
    assert_eq!(
        first["progress"],
        serde_json::json!([
            {"skill_level": "cobot-operation@3", "from": 0, "to": 2, "reached": false},
            {"skill_level": "sensors-actuators@2", "from": 0, "to": 2, "reached": true}
        ]),
        "{first}"
    );
    insta::assert_snapshot!("reasons__anna_1500__en", messages(&json).join("\n\n"));
    let dutch = plan_json(plan("nl", anna, &["--budget", "1500"]));
    insta::assert_snapshot!("reasons__anna_1500__nl", messages(&dutch).join("\n\n"));
}

/// `batch` says the same as `plan`, row by row.
#[test]
fn batch_rows_carry_the_same_reasons() {
    let single = plan_json(plan("nl", CNC_OPERATOR, &["--avoid-mode", "classroom"]));
    let row = "id,skills,target\nkees,cnc-milling@3;workshop-safety@2;technical-drawing@2;\
               teamwork@2;problem-solving@2,cobot-operator\n";
    let run = Test::new()
        .args([
            "--lang",
            "nl",
            "batch",
            "--workers",
            "-",
            "--input-format",
            "csv",
        ])
        .args(["--avoid-mode", "classroom", "--format", "jsonl"])
        .stdin(row)
        .code(3)
        .run();
    let batch: Value = serde_json::from_str(run.stdout.trim()).expect("one plan");
    assert_eq!(batch["reasons"], single["reasons"]);
}
