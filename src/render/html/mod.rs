//! The development plan (ontwikkelplan) a worker takes home: one
//! self-contained HTML file, with its styles and fonts inside and no
//! request to anywhere, that prints on A4. It holds who and what the plan
//! is for and what it assumes, what is missing, the route on the metro map,
//! a timeline, every step's what, why, how and when, the totals, and the
//! agreements the worker and the manager sign. Without a route it says why.
//!
//! [`Sheet`] is everything the document shows; [`Content`] is what it says
//! in words (shared with the Markdown plan, which has the same content
//! without the pictures).

use std::fmt::Write;

mod markdown;
pub use markdown::markdown;

use super::map::{self, Fonts, Headings, Marks, Selection};
use super::markup::{escape, with_code};
use super::plan::summary;
use super::step;
use crate::graph::ModuleGraph;
use crate::model::{Curriculum, LineId, ModuleId, Passport};
use crate::model::{Date, parse_date};
use crate::plan::options::{Objective, Options};
use crate::plan::route::{Plan, Status, Step};
use crate::words::{Words, say};

/// Everything a development plan shows.
pub struct Sheet<'a> {
    pub curriculum: &'a Curriculum,
    pub graph: &'a ModuleGraph,
    pub plan: &'a Plan,
    pub passport: &'a Passport,
    pub options: &'a Options,
    pub target_name: &'a str,
    /// The day the document is made.
    pub today: Date,
}

/// One step in words.
pub struct StepText {
    pub number: usize,
    pub name: String,
    pub id: String,
    pub what: Option<String>,
    pub why: String,
    pub how: String,
    pub when: String,
    pub load: String,
    /// The colour of the line the route map draws it on (else its first
    /// line), if it is a station.
    pub color: Option<String>,
    pub start_week: u32,
    pub end_week: u32,
}

/// What a development plan says, in words: the same for HTML and Markdown.
pub struct Content {
    pub title: String,
    pub facts: Vec<(String, String)>,
    pub assumptions: Vec<String>,
    /// Per missing skill: its name, the level now, the level needed.
    pub missing: Vec<[String; 3]>,
    pub steps: Vec<StepText>,
    /// The summary: totals and optimality, or why there is no route.
    pub summary: Vec<String>,
    pub agreements: Vec<String>,
    pub support: Vec<String>,
    pub review: String,
    pub footer: String,
}

fn weeks_text(words: &Words, from: u32, to: u32) -> String {
    if from == to {
        say!(words, "html-week", week = from)
    } else {
        say!(words, "html-weeks", from = from, to = to)
    }
}

fn date_of(text: &Option<String>) -> Option<Date> {
    text.as_deref().and_then(parse_date)
}

impl Content {
    pub fn new(words: &Words, sheet: &Sheet<'_>) -> Content {
        let (curriculum, plan) = (sheet.curriculum, sheet.plan);
        let worker = plan.name.as_str();
        let facts = vec![
            (say!(words, "html-worker"), worker.to_string()),
            (say!(words, "html-target"), sheet.target_name.to_string()),
            (say!(words, "html-date"), words.date(sheet.today)),
        ];
        // A step is coloured as the map draws it: on a line the route travels.
        let (_, route) = Marks::of_plan(curriculum, plan, sheet.passport);
        let travelled = Selection::route(curriculum, &route, &sheet.passport.completed).lines;
        let steps: Vec<StepText> = plan
            .steps
            .iter()
            .map(|step| step_text(words, sheet, step, &travelled))
            .collect();
        let mut summary: Vec<String> = summary(words, curriculum, plan)
            .lines()
            .map(str::to_string)
            .collect();
        // The terminal's headline names ids to copy; a document names people
        // and profiles.
        if let (Some(first), Some(named)) = (
            summary.first_mut(),
            headline(words, plan.status, worker, sheet.target_name),
        ) {
            *first = named;
        }
        let first = plan.steps.first();
        let last = plan.steps.last();
        let (start, end) = (
            first.and_then(|s| date_of(&s.start_date)),
            last.and_then(|s| date_of(&s.end_date)),
        );
        let hours_week = words.hours(sheet.options.hours_per_week);
        let mut agreements = vec![say!(words, "html-agree-intro", worker = worker)];
        if plan.status == Status::Planned {
            agreements.push(say!(
                words,
                "html-agree-what",
                modules = plan.totals.modules,
                hours = words.hours(plan.totals.hours),
                target = sheet.target_name
            ));
            agreements.push(say!(words, "html-agree-why", target = sheet.target_name));
            agreements.push(say!(words, "html-agree-how", hours = hours_week.as_str()));
            agreements.push(match (start, end) {
                (Some(from), Some(to)) => say!(
                    words,
                    "html-agree-when",
                    from = words.date(from),
                    to = words.date(to)
                ),
                _ => say!(
                    words,
                    "html-agree-when-weeks",
                    weeks = words.weeks(plan.totals.weeks)
                ),
            });
        }
        let support = vec![
            say!(words, "html-support-time"),
            match sheet.options.budget {
                Some(budget) => say!(
                    words,
                    "html-support-cost-budget",
                    budget = words.money(budget)
                ),
                None => say!(words, "html-support-cost"),
            },
            say!(words, "html-support-coach"),
            say!(words, "html-support-other"),
        ];
        // Halfway: when the step that runs in the route's middle week starts.
        let middle = plan.totals.weeks.div_ceil(2).max(1);
        let halfway = plan
            .steps
            .iter()
            .find(|step| step.end_week >= middle)
            .and_then(|step| date_of(&step.start_date));
        let review = match (halfway, plan.status) {
            (Some(day), Status::Planned) => say!(words, "html-review-date", date = words.date(day)),
            _ => say!(words, "html-review-blank"),
        };
        Content {
            title: say!(words, "html-title", worker = worker),
            facts,
            assumptions: assumptions(words, curriculum, sheet.options),
            missing: plan
                .gap
                .iter()
                .map(|gap| {
                    let skill = curriculum.find_skill(&gap.skill);
                    let name =
                        skill.map_or(gap.skill.clone(), |s| curriculum.skill(s).name.clone());
                    let level = |level: u8| {
                        if level == 0 {
                            say!(words, "html-level-none")
                        } else {
                            say!(
                                words,
                                "html-level",
                                level = level.to_string(),
                                name = curriculum.level_name(level)
                            )
                        }
                    };
                    [name, level(gap.have), level(gap.need)]
                })
                .collect(),
            steps,
            summary,
            agreements,
            support,
            review,
            footer: say!(
                words,
                "html-footer",
                curriculum = match &curriculum.meta.version {
                    Some(version) => format!("{} {version}", curriculum.meta.name),
                    None => curriculum.meta.name.clone(),
                }
            ),
        }
    }
}

fn assumptions(words: &Words, curriculum: &Curriculum, options: &Options) -> Vec<String> {
    let mut out = vec![
        say!(
            words,
            "html-assume-hours",
            hours = words.hours(options.hours_per_week)
        ),
        match options.budget {
            Some(budget) => say!(words, "html-assume-budget", budget = words.money(budget)),
            None => say!(words, "html-assume-no-budget"),
        },
        match options.start {
            Some(start) => say!(words, "html-assume-start", date = words.date(start)),
            None => say!(words, "html-assume-no-start"),
        },
        say!(
            words,
            "html-assume-objective",
            objective = match options.objective {
                Objective::Hours => "hours",
                Objective::Cost => "cost",
            }
        ),
    ];
    if !options.exclude.is_empty() {
        let names: Vec<&str> = options
            .exclude
            .iter()
            .map(|&m| curriculum.module(m).name.as_str())
            .collect();
        out.push(say!(
            words,
            "html-assume-exclude",
            modules = names.join(", ")
        ));
    }
    if !options.avoid_modes.is_empty() {
        let modes: Vec<String> = options
            .avoid_modes
            .iter()
            .map(|&m| step::mode(words, m))
            .collect();
        out.push(say!(words, "html-assume-avoid", modes = modes.join(", ")));
    }
    out
}

fn step_text(words: &Words, sheet: &Sheet<'_>, step: &Step, travelled: &[LineId]) -> StepText {
    let curriculum = sheet.curriculum;
    let module = curriculum.find_module(&step.module);
    let spec = module.map(|m| curriculum.module(m));
    // The stage first, then mode, provider, fieldlab and credential.
    let how: Vec<String> = spec
        .map(|spec| step::stage(words, spec.stage))
        .into_iter()
        .chain(step::how(words, curriculum, step))
        .collect();
    let weeks = weeks_text(words, step.start_week, step.end_week);
    let when = match (date_of(&step.start_date), date_of(&step.end_date)) {
        (Some(from), Some(to)) => format!(
            "{weeks}: {}",
            say!(
                words,
                "html-when-dates",
                from = words.date(from),
                to = words.date(to)
            )
        ),
        _ => weeks,
    };
    StepText {
        number: step.step,
        name: step.name.to_string(),
        id: step.module.to_string(),
        what: spec.and_then(|s| s.description.clone()),
        why: step::why(words, curriculum, sheet.plan, step)
            .map(|why| sentence(&why))
            .unwrap_or_default(),
        how: how.join(" · "),
        when,
        load: say!(
            words,
            "html-load",
            hours = words.hours(step.hours),
            cost = words.money(step.cost)
        ),
        color: module
            .and_then(|m| {
                let lines = curriculum.lines_of(m);
                let drawn = lines.iter().find(|line| travelled.contains(line));
                drawn.or(lines.first()).copied()
            })
            .map(|line| map::line_color(curriculum, line)),
        start_week: step.start_week,
        end_week: step.end_week,
    }
}

/// The document's first line when there is nothing to plan or no route,
/// with the worker's and the profile's names; `None` for a route.
fn headline(words: &Words, status: Status, worker: &str, target: &str) -> Option<String> {
    let (w, t) = (worker, target);
    Some(match status {
        Status::Planned => return None,
        Status::Qualified => say!(words, "html-headline-qualified", worker = w, target = t),
        Status::Unreachable => say!(words, "html-headline-unreachable", worker = w, target = t),
        Status::OverBudget => say!(words, "html-headline-over-budget", worker = w, target = t),
        Status::Timeout => say!(words, "html-headline-timeout", worker = w, target = t),
        Status::Error => say!(words, "html-headline-error", worker = w, target = t),
    })
}

/// A phrase as a sentence: capital first, full stop last.
fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// The route on the metro map: the lines it travels and its modules, with
/// the worker's completed modules.
fn route_map(words: &Words, sheet: &Sheet<'_>) -> String {
    let (curriculum, plan) = (sheet.curriculum, sheet.plan);
    let (marks, route): (Marks, Vec<ModuleId>) = Marks::of_plan(curriculum, plan, sheet.passport);
    let selection = Selection::route(curriculum, &route, &sheet.passport.completed);
    let title = map::title(words, curriculum);
    let subtitle = map::route_subtitle(words, plan, sheet.target_name);
    let headings = Headings {
        title: &title,
        subtitle: Some(&subtitle),
        route: Some(marks.legend(&selection)),
        compact: true,
    };
    let layout = map::layout(curriculum, sheet.graph, &selection, words, &headings);
    map::svg(curriculum, &layout, Some(&marks), Fonts::FromPage)
}

/// `plan --format html`: the whole document.
pub fn html(words: &Words, sheet: &Sheet<'_>) -> String {
    let content = Content::new(words, sheet);
    let plan = sheet.plan;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
        say!(words, "html-lang"),
        escape(&content.title),
        map::font_faces(),
        include_str!("style.css")
    );
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<dl class=\"facts\">\n",
        escape(&say!(words, "html-heading"))
    );
    for (term, value) in &content.facts {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(value));
    }
    out.push_str("</dl>\n</header>\n");

    if plan.status.is_success() {
        let _ = writeln!(
            out,
            "<div class=\"status\">{}</div>",
            content
                .summary
                .iter()
                .map(|line| format!("<p>{}</p>", with_code(line)))
                .collect::<String>()
        );
    } else {
        // The headline, then why, and what it would take where a reason says.
        section(&mut out, words, "html-no-route-heading");
        let (headline, reasons) = match content.summary.split_first() {
            Some((headline, reasons)) => (headline.as_str(), reasons),
            None => ("", &[][..]),
        };
        let _ = writeln!(
            out,
            "<div class=\"status none\"><p>{}</p></div>",
            with_code(headline)
        );
        if !reasons.is_empty() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>",
                escape(&say!(words, "html-no-route-why"))
            );
            list(&mut out, "plain", reasons);
        }
    }

    section(&mut out, words, "html-section-assumptions");
    list(&mut out, "plain", &content.assumptions);

    section(&mut out, words, "html-section-missing");
    if content.missing.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&say!(words, "html-nothing-missing"))
        );
    } else {
        let _ = write!(
            out,
            "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
            escape(&say!(words, "html-col-skill")),
            escape(&say!(words, "html-col-now")),
            escape(&say!(words, "html-col-needed"))
        );
        for [skill, have, need] in &content.missing {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(skill),
                escape(have),
                escape(need)
            );
        }
        out.push_str("</table>\n");
    }

    if !plan.steps.is_empty() {
        // Page 1 ends with the timeline; the map has a landscape page of
        // its own; the steps and the totals follow.
        timeline(&mut out, words, &content, plan.totals.weeks);
        out.push_str("<section class=\"map\">\n");
        section(&mut out, words, "html-section-map");
        out.push_str(&route_map(words, sheet));
        let _ = writeln!(
            out,
            "\n<p class=\"note\">{}</p>\n</section>",
            escape(&say!(words, "html-map-note"))
        );
        section(&mut out, words, "html-section-steps");
        for step in &content.steps {
            step_block(&mut out, words, step);
        }
        section(&mut out, words, "html-section-totals");
        list(&mut out, "plain", &content.summary);
    }

    out.push_str("<section class=\"agreements\">\n");
    section(&mut out, words, "html-section-agreements");
    list(&mut out, "plain", &content.agreements);
    let _ = writeln!(out, "<h3>{}</h3>", escape(&say!(words, "html-support")));
    list(&mut out, "support", &content.support);
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<p>{}</p>",
        escape(&say!(words, "html-review")),
        escape(&content.review)
    );
    out.push_str("<div class=\"signatures\">\n");
    for who in ["html-sign-worker", "html-sign-manager"] {
        let _ = writeln!(
            out,
            "<div><h3>{}</h3><p></p><span>{}</span><p></p><span>{}</span><p></p><span>{}</span></div>",
            escape(&words.get(who)),
            escape(&say!(words, "html-sign-name")),
            escape(&say!(words, "html-date")),
            escape(&say!(words, "html-sign-signature"))
        );
    }
    out.push_str("</div>\n</section>\n");
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        escape(&content.footer)
    );
    out
}

fn section(out: &mut String, words: &Words, id: &str) {
    let _ = writeln!(out, "<h2>{}</h2>", escape(&words.get(id)));
}

fn list(out: &mut String, class: &str, items: &[String]) {
    let _ = writeln!(out, "<ul class=\"{class}\">");
    for item in items {
        let _ = writeln!(
            out,
            "<li>{}</li>",
            with_code(item.trim_start_matches("  - "))
        );
    }
    out.push_str("</ul>\n");
}

/// The steps as bars over the weeks, like a Gantt chart.
fn timeline(out: &mut String, words: &Words, content: &Content, weeks: u32) {
    let weeks = weeks.max(1);
    out.push_str("<section class=\"timeline\">\n");
    section(out, words, "html-section-timeline");
    let _ = write!(
        out,
        "<table class=\"gantt\">\n<tr><th></th><th>{}</th><th>{}</th></tr>\n",
        escape(&say!(words, "html-col-module")),
        escape(&say!(words, "html-col-when"))
    );
    let width = 100.0 / f64::from(weeks);
    for step in &content.steps {
        let left = f64::from(step.start_week.saturating_sub(1)) * width;
        let span = f64::from(step.end_week - step.start_week + 1) * width;
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}<br><span class=\"note\">{}</span></td><td class=\"bar\"><div class=\"lane\" style=\"--w:{width:.3}%\"><span style=\"left:{left:.3}%;width:{span:.3}%;background:{}\"></span></div></td></tr>",
            step.number,
            escape(&step.name),
            escape(&step.when),
            step.color.as_deref().unwrap_or("#4a5560")
        );
    }
    let _ = writeln!(
        out,
        "<tr><td></td><td></td><td><div class=\"axis\"><span>{}</span><span>{}</span></div></td></tr>\n</table>\n</section>",
        escape(&say!(words, "html-week", week = 1)),
        escape(&say!(words, "html-week", week = weeks))
    );
}

fn step_block(out: &mut String, words: &Words, step: &StepText) {
    let swatch = step
        .color
        .as_deref()
        .map(|c| format!("<span class=\"swatch\" style=\"background:{c}\"></span>"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<div class=\"step\"><h3><span class=\"num\">{}</span>{}{}</h3><dl>",
        step.number,
        swatch,
        escape(&step.name)
    );
    let what = match &step.what {
        Some(what) => format!("{} ({})", escape(what), escape(&step.id)),
        None => escape(&step.id),
    };
    let rows = [
        ("html-what", what),
        ("html-why", escape(&step.why)),
        ("html-how", escape(&step.how)),
        (
            "html-when",
            format!("{}; {}", escape(&step.when), escape(&step.load)),
        ),
    ];
    for (term, value) in rows {
        let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", escape(&words.get(term)));
    }
    out.push_str("</dl></div>\n");
}
