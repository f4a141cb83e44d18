//! `advise` for people (a ranking that reads at 80 columns, ids never
//! broken, prose wrapped to the layout's width) and for scripts (the `leerroute.advise/v1` JSON document, CSV).

use anstyle::Style;
use serde::Serialize;
use textwrap::core::display_width;

use super::batch::csv_record;
use super::layout::Layout;
use super::reasons::{self, ReasonJson};
use super::spreadsheet::text_cell;
use super::style::{self, paint};
use crate::model::{Curriculum, Passport, ProfileId};
use crate::plan::advice::{Advice, Fit};
use crate::plan::reason::Reason;
use crate::plan::route::{Status, Totals};
use crate::words::{Words, say};

/// The schema of the JSON document.
pub const SCHEMA: &str = "leerroute.advise/v1";

/// The columns of `--format csv`, one row per profile in rank order.
pub const CSV_COLUMNS: [&str; 15] = [
    "rank",
    "profile",
    "name",
    "status",
    "optimal",
    "hours",
    "cost",
    "weeks",
    "modules",
    "held_levels",
    "target_levels",
    "held_skills",
    "target_skills",
    "route",
    "reasons",
];

/// Spaces between columns.
const GUTTER: &str = "  ";

fn profile_id(curriculum: &Curriculum, profile: ProfileId) -> &str {
    &curriculum.profiles[profile.index()].id
}

fn profile_name(curriculum: &Curriculum, profile: ProfileId) -> &str {
    &curriculum.profiles[profile.index()].name
}

/// Whether the fit has a route (possibly an empty one: already qualified).
fn has_route(fit: &Fit) -> bool {
    fit.plan.status.is_success()
}

fn pad_left(text: &str, width: usize) -> String {
    format!(
        "{}{text}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

fn pad_right(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

/// The cells of a ranking row: rank, profile id, then hours, cost, weeks
/// and the held share, or the status in words when there is no route.
struct Row<'a> {
    rank: String,
    id: &'a str,
    figures: Result<[String; 4], String>,
}

fn rows<'a>(words: &Words, curriculum: &'a Curriculum, advice: &Advice) -> Vec<Row<'a>> {
    advice
        .fits
        .iter()
        .enumerate()
        .map(|(index, fit)| {
            let totals = &fit.plan.totals;
            Row {
                rank: (index + 1).to_string(),
                id: profile_id(curriculum, fit.profile),
                figures: if has_route(fit) {
                    Ok([
                        words.hours(totals.hours),
                        words.money(totals.cost),
                        words.weeks(totals.weeks),
                        format!("{}%", fit.held.percent()),
                    ])
                } else {
                    Err(status_words(words, fit.plan.status))
                },
            }
        })
        .collect()
}

/// Why a profile has no figures, in words.
fn status_words(words: &Words, status: Status) -> String {
    match status {
        Status::Unreachable => say!(words, "advise-unreachable"),
        Status::OverBudget => say!(words, "advise-over-budget"),
        Status::Timeout => say!(words, "advise-timeout"),
        // A planned or qualified fit shows its figures instead.
        Status::Error | Status::Planned | Status::Qualified => say!(words, "advise-error"),
    }
}

/// The line under a profile's figures: its name, the route's size, how much
/// is held, a route not proven optimal, and whether it is the passport's
/// own target.
fn details(
    words: &Words,
    curriculum: &Curriculum,
    fit: &Fit,
    passport_target: Option<&str>,
) -> String {
    let mut parts = vec![profile_name(curriculum, fit.profile).to_string()];
    if fit.plan.status == Status::Planned {
        parts.push(say!(
            words,
            "advise-modules",
            modules = fit.plan.totals.modules
        ));
    }
    parts.push(say!(
        words,
        "advise-held",
        levels = fit.held.levels,
        of = fit.held.of_levels
    ));
    match fit.plan.status {
        Status::Planned if !fit.plan.optimal => parts.push(say!(words, "advise-not-optimal")),
        Status::Qualified => parts.push(say!(words, "advise-qualified")),
        _ => {}
    }
    if passport_target == Some(profile_id(curriculum, fit.profile)) {
        parts.push(say!(words, "advise-passport-target"));
    }
    parts.join(" · ")
}

/// The widths of the ranking's columns: rank, profile id, then hours,
/// cost, weeks and the held share.
struct Columns {
    rank: usize,
    id: usize,
    figures: [usize; 4],
}

impl Columns {
    /// Wide enough for the header and every row.
    fn fit(header: &[String; 6], rows: &[Row]) -> Columns {
        let widest = |n: usize, cell: &dyn Fn(&Row) -> Option<usize>| {
            rows.iter()
                .filter_map(cell)
                .chain([display_width(&header[n])])
                .max()
                .unwrap_or(0)
        };
        Columns {
            rank: widest(0, &|row| Some(display_width(&row.rank))),
            id: widest(1, &|row| Some(display_width(row.id))),
            figures: std::array::from_fn(|n| {
                widest(n + 2, &|row| {
                    row.figures
                        .as_ref()
                        .ok()
                        .map(|figures| display_width(&figures[n]))
                })
            }),
        }
    }

    /// The width of a full row.
    fn total(&self) -> usize {
        self.rank
            + GUTTER.len()
            + self.id
            + self.figures.iter().map(|w| GUTTER.len() + w).sum::<usize>()
    }

    /// A row's start: the rank and the id, padded to the id column when
    /// `padded`, and painted in `color` if given.
    fn lead(&self, rank: &str, id: &str, padded: bool, color: Option<Style>) -> String {
        let id = if padded {
            pad_right(id, self.id)
        } else {
            id.to_string()
        };
        let id = color.map_or_else(|| id.clone(), |id_style| paint(true, id_style, &id));
        format!("{}{GUTTER}{id}", pad_left(rank, self.rank))
    }

    /// A row: the rank and id, then as many figures as `rest` has.
    fn line(&self, rank: &str, id: &str, rest: &[String], color: Option<Style>) -> String {
        let mut text = self.lead(rank, id, !rest.is_empty(), color);
        for (cell, &width) in rest.iter().zip(&self.figures) {
            text.push_str(GUTTER);
            text.push_str(&pad_left(cell, width));
        }
        text.trim_end().to_string() + "\n"
    }
}

/// `advise` as a ranking for people, wrapped to the layout's width.
pub fn table(
    words: &Words,
    layout: Layout,
    curriculum: &Curriculum,
    advice: &Advice,
    passport: &Passport,
) -> String {
    let worker = passport.name.as_str();
    let mut out = layout.wrap(
        &say!(
            words,
            "advise-title",
            worker = worker,
            count = advice.fits.len(),
            objective = advice.objective.as_str()
        ),
        "",
        "",
    );
    out.push('\n');
    let header = [
        say!(words, "advise-col-rank"),
        say!(words, "advise-col-profile"),
        say!(words, "advise-col-hours"),
        say!(words, "advise-col-cost"),
        say!(words, "advise-col-weeks"),
        say!(words, "advise-col-held"),
    ];
    let rows = rows(words, curriculum, advice);
    let columns = Columns::fit(&header, &rows);
    // Too narrow for the columns: each profile's figures go on a line of
    // their own, under its id.
    let compact = layout.width.is_some_and(|width| columns.total() > width);
    if !compact {
        let line = columns.line(&header[0], &header[1], &header[2..], None);
        out.push_str(&paint(layout.color, style::HEADER, line.trim_end()));
        out.push('\n');
    }
    let id_style = layout.color.then_some(style::STEP);
    let indent = " ".repeat(columns.rank + GUTTER.len());
    let bad = |status: &str| paint(layout.color, style::BAD, status);
    for (row, fit) in rows.iter().zip(&advice.fits) {
        match (&row.figures, compact) {
            (Ok(figures), false) => {
                out.push_str(&columns.line(&row.rank, row.id, figures, id_style))
            }
            (Ok(figures), true) => {
                out.push_str(&columns.line(&row.rank, row.id, &[], id_style));
                out.push_str(&layout.wrap(&figures[..3].join(" · "), &indent, &indent));
            }
            (Err(status), false) => {
                let start = columns.lead(&row.rank, row.id, true, id_style) + GUTTER;
                let rest = " ".repeat(display_width(&start));
                out.push_str(&layout.wrap(&bad(status), &start, &rest));
            }
            (Err(status), true) => {
                out.push_str(&columns.line(&row.rank, row.id, &[], id_style));
                out.push_str(&layout.wrap(&bad(status), &indent, &indent));
            }
        }
        out.push_str(&layout.wrap(
            &details(words, curriculum, fit, passport.target.as_deref()),
            &indent,
            &indent,
        ));
        // One reason: what it would take (what to allow), else the first
        // (the cheapest route's cost, what blocks); `plan --target` and the
        // JSON have them all.
        let reasons = &fit.plan.reasons;
        let headline = reasons
            .iter()
            .find(|reason| matches!(reason, Reason::Relaxation(_)))
            .or(reasons.first());
        if let Some(reason) = headline {
            out.push_str(&layout.wrap(
                &reasons::message(words, curriculum, reason),
                &format!("{indent}- "),
                &format!("{indent}  "),
            ));
        }
    }
    out.push_str(&shared_section(words, layout, curriculum, advice));
    out.push('\n');
    let planned = advice
        .fits
        .iter()
        .filter(|f| f.plan.status == Status::Planned);
    let proven = if planned.clone().all(|fit| fit.plan.optimal) {
        say!(words, "advise-all-optimal") + " "
    } else {
        String::new()
    };
    out.push_str(&layout.wrap(
        &(proven + &say!(words, "advise-held-note", worker = worker)),
        "",
        "",
    ));
    out
}

/// The rank of each profile, as the ranking shows it.
fn rank_of(advice: &Advice, profile: ProfileId) -> usize {
    advice
        .fits
        .iter()
        .position(|fit| fit.profile == profile)
        .map_or(0, |index| index + 1)
}

fn ranks(advice: &Advice, profiles: &[ProfileId], separator: &str) -> String {
    profiles
        .iter()
        .map(|&profile| rank_of(advice, profile).to_string())
        .collect::<Vec<_>>()
        .join(separator)
}

/// The modules the best routes share, each with the ranks of the routes
/// that take it; nothing when fewer than two routes were compared.
fn shared_section(
    words: &Words,
    layout: Layout,
    curriculum: &Curriculum,
    advice: &Advice,
) -> String {
    if advice.best.len() < 2 {
        return String::new();
    }
    let compared = ranks(advice, &advice.best, ", ");
    let mut out = String::from("\n");
    if advice.shared.is_empty() {
        out.push_str(&layout.wrap(&say!(words, "advise-shared-none", ranks = compared), "", ""));
        return out;
    }
    out.push_str(&layout.wrap(
        &say!(words, "advise-shared-title", ranks = compared),
        "",
        "",
    ));
    let taken_by: Vec<String> = advice
        .shared
        .iter()
        .map(|shared| ranks(advice, &shared.profiles, " "))
        .collect();
    let ranks_width = taken_by.iter().map(|r| display_width(r)).max().unwrap_or(0);
    let id_width = advice
        .shared
        .iter()
        .map(|shared| display_width(&shared.module))
        .max()
        .unwrap_or(0);
    for (shared, taken) in advice.shared.iter().zip(&taken_by) {
        let name = curriculum
            .find_module(&shared.module)
            .map_or("", |module| curriculum.module(module).name.as_str());
        let first = format!(
            "{GUTTER}{}{GUTTER}{}{GUTTER}",
            pad_right(taken, ranks_width),
            pad_right(&shared.module, id_width)
        );
        let rest = " ".repeat(display_width(&first));
        out.push_str(&layout.wrap(name, &first, &rest));
    }
    out
}

/// The `leerroute.advise/v1` document.
#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    worker: &'a str,
    name: &'a str,
    minimize: &'static str,
    profiles: Vec<ProfileJson<'a>>,
    best: Vec<&'a str>,
    shared: Vec<SharedJson<'a>>,
}

/// One profile: its plan's outcome and totals exactly as `plan` writes
/// them, how much is held, the route's modules and why there is none.
#[derive(Serialize)]
struct ProfileJson<'a> {
    rank: usize,
    profile: &'a str,
    name: &'a str,
    status: Status,
    optimal: bool,
    lower_bound: Option<f64>,
    totals: &'a Totals,
    held_levels: u32,
    target_levels: u32,
    held_skills: usize,
    target_skills: usize,
    route: Vec<&'a str>,
    reasons: Vec<ReasonJson>,
}

#[derive(Serialize)]
struct SharedJson<'a> {
    module: &'a str,
    name: &'a str,
    profiles: Vec<&'a str>,
}

/// `advise --format json`, pretty-printed.
pub fn json(
    words: &Words,
    curriculum: &Curriculum,
    advice: &Advice,
    passport: &Passport,
) -> String {
    let document = Document {
        schema: SCHEMA,
        worker: &passport.id,
        name: &passport.name,
        minimize: advice.objective.as_str(),
        profiles: advice
            .fits
            .iter()
            .enumerate()
            .map(|(index, fit)| ProfileJson {
                rank: index + 1,
                profile: profile_id(curriculum, fit.profile),
                name: profile_name(curriculum, fit.profile),
                status: fit.plan.status,
                optimal: fit.plan.optimal,
                lower_bound: fit.plan.lower_bound,
                totals: &fit.plan.totals,
                held_levels: fit.held.levels,
                target_levels: fit.held.of_levels,
                held_skills: fit.held.skills,
                target_skills: fit.held.of_skills,
                route: fit.plan.steps.iter().map(|s| s.module.as_str()).collect(),
                reasons: fit
                    .plan
                    .reasons
                    .iter()
                    .map(|reason| reasons::json(words, curriculum, reason))
                    .collect(),
            })
            .collect(),
        best: advice
            .best
            .iter()
            .map(|&profile| profile_id(curriculum, profile))
            .collect(),
        shared: advice
            .shared
            .iter()
            .map(|shared| SharedJson {
                module: &shared.module,
                name: curriculum
                    .find_module(&shared.module)
                    .map_or("", |module| curriculum.module(module).name.as_str()),
                profiles: shared
                    .profiles
                    .iter()
                    .map(|&profile| profile_id(curriculum, profile))
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

/// `advise --format csv`: one row per profile in rank order. Without a
/// route, hours, cost, weeks and modules are empty (as in `batch`), so that
/// they never skew a column's average; a qualified worker's 0 is true.
pub fn csv(words: &Words, curriculum: &Curriculum, advice: &Advice) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS)?;
    for (index, fit) in advice.fits.iter().enumerate() {
        // The cells `batch` writes for the same plan, by the same rules.
        let [_, _, status, optimal, hours, cost, weeks, route, reasons] =
            csv_record(words, curriculum, &fit.plan);
        let modules = if has_route(fit) {
            fit.plan.totals.modules.to_string()
        } else {
            String::new()
        };
        writer.write_record([
            (index + 1).to_string(),
            text_cell(profile_id(curriculum, fit.profile)),
            text_cell(profile_name(curriculum, fit.profile)),
            status,
            optimal,
            hours,
            cost,
            weeks,
            modules,
            fit.held.levels.to_string(),
            fit.held.of_levels.to_string(),
            fit.held.skills.to_string(),
            fit.held.of_skills.to_string(),
            route,
            reasons,
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}
