# The command line's help: what each command does, each option, the worked
# examples. Ids follow from the command tree (see src/cli/help.rs):
# help-<command>-about, help-<command>-examples, help-global-<option>,
# help-<command>-<option> or the shared help-<option>, and -<value> added for
# a value's words. clap puts the ":" after a heading.

## Clap's own parts.
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-global = Global options
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-help-about = Print this message or the help of the given subcommand(s)

## The program and its global options.
help-about = Plan provably cheapest learning routes through a technology-sector curriculum
help-global-curriculum = Curriculum directory or .toml file [default: the embedded Smart Industry curriculum]
help-global-lang = Language of the output and of this help [default: the config file's `lang`, else the locale, else en]
help-global-lang-en = English
help-global-lang-nl = Dutch, the advisors' language
help-global-hours-per-credit = Study hours per credit hour of a CurricularAnalytics CSV curriculum (a Dutch EC is 28) [default: 45 for a semester system, 30 for a quarter system]
help-error-hours-per-credit = give the study hours of one credit, a number above 0 and at most 1000 (a Dutch EC is 28)
help-global-color = When to colour the output (the last one given counts)
help-global-as-of = The day on which credentials must be valid (YYYY-MM-DD) [default: today, UTC]
help-global-quiet = Print nothing but the requested output (no progress, no notes)
help-global-verbose = Show more: every diagnostic instead of the first few per code

## Shared by every command that has the option.
help-format = Output format
help-worker = The worker's skills passport: a TOML file, or open-standard credentials (Open Badges 3.0, CLR 2.0, Europass; JSON, baked PNG or SVG) or a folder of them
help-skills = The worker's skills, comma-separated: `plc-programming@2,cad@basis` (a level by number or name)
help-completed = Modules the worker has done, besides the passport's `completed`; repeat or separate with commas
help-target = Target skills profile [default: the passport's target]
help-target-skills = Target skill-levels instead of a profile, comma-separated
help-minimize = What to minimise
help-budget = Hard cap on the route's cost in euro, e.g. `2500`, `2.500` or `€ 2.500,50` [default: the passport's budget]
help-hours-per-week = Learning hours per week, such as `8` or `2.5` [default: the passport's, else 8: one day in five]
help-start = Put dates on the calendar, from this day (YYYY-MM-DD); a weekend day moves to the Monday after
help-holidays = Non-learning periods (`[[holiday]]` tables with `name`, `from`, `to`), instead of the config file's; repeat for more files
help-exclude = Never plan these modules; repeat or separate with commas
help-avoid-mode = Never plan modules taught this way; repeat or separate with commas
help-time-limit = Bound on the exact search in milliseconds; past it the best route found is returned, marked not optimal
help-workers = Bulk passports, as for `batch`: a .csv or .jsonl file, or `-` for standard input
help-input-format = Format of --workers [default: from the file extension; required for `-`]
help-extra-columns = Columns (CSV) or keys (JSON Lines) of --workers that are not bulk columns: refuse the input, or skip them
help-extra-columns-error = Refuse them, so that a misspelt column is caught
help-extra-columns-ignore = Skip them (an HR export's `department`, `manager`)
help-jobs = Number of planning threads [default: all cores]

## check
help-check-about = Check a curriculum and report every problem with file:line:column and a fix
help-check-path = Curriculum to check [default: --curriculum, or the embedded one]
help-check-deny = Turn warnings into errors (exit code 1)
help-check-deny-warnings = Treat every warning as an error
help-check-allow = Silence a lint by its code; repeat or separate with commas
help-check-examples =
    Examples:
      leerroute check
      leerroute check curricula/smart-industry --deny warnings
      leerroute check my-curriculum/ --format json --allow unused-skill

## list, show
help-list-about = List the skills, modules, lines, fieldlabs or profiles of the curriculum
help-list-kind = What to list
help-list-stage = Only modules of this stage
help-show-about = Show one item by id, and where it is used
help-show-id = The id of a skill, module, line, fieldlab or profile

## plan
help-plan-about = Plan the provably cheapest route from a worker's skills to a target
help-plan-format-html = The development plan to take home: one self-contained, printable HTML page with the map
help-plan-examples =
    Examples:
      leerroute plan --worker examples/workers/anna.toml
      leerroute --lang nl plan --worker anna.toml --start 2027-01-11
      leerroute plan --skills teamwork@2 --target cobot-operator --minimize cost
      leerroute plan --worker anna.toml --avoid-mode classroom --budget 1500
      leerroute plan --worker anna.toml --format html > plan.html

    A passport (anna.toml):
    {"  [worker]"}
      id = "anna"
      name = "Anna de Vries"
      skills = ["teamwork@2", "problem-solving@2", "electrical-basics@2"]
      completed = ["basis-vca"]
      target = "cobot-operator"
      hours_per_week = 8
      budget = 3000

## gap
help-gap-about = Show what a worker is missing for a target profile
help-gap-examples =
    Examples:
      leerroute gap --worker examples/workers/anna.toml
      leerroute --lang nl gap --worker anna.toml --target cobot-operator
      leerroute gap --skills cnc-milling@3 --target cobot-operator --format json

## advise
help-advise-about = Rank the profiles by how close a worker is: the optimal route to each, side by side
help-advise-targets = The profiles to compare, comma-separated [default: every profile]

## batch
help-batch-about = Plan for a whole workforce: CSV or JSON Lines in, one plan per row out
help-batch-workers = Bulk passports: a .csv or .jsonl file, or `-` for standard input
help-batch-input-format = Input format [default: from the file extension; required for `-`]
help-batch-extra-columns = Input columns (CSV) or keys (JSON Lines) that are not bulk columns: refuse the input, or skip them
help-batch-target = Target profile for every row (it wins over a row's own `target`)
help-batch-format = Output format: one plan per line (the `plan --format json` schema) or one CSV row per worker
help-batch-out = Write to this file instead of standard output: a regular file (also behind a symlink) is replaced atomically, anything else (a FIFO, a device) written straight
help-batch-html-dir = Also write each worker's development plan (as `plan --format html`) into this directory, as `<id>.html`
help-batch-xlsx = Also write every plan into an Excel workbook: a sheet of workers, one of steps, and a summary
help-batch-first-line = Line number of the input's first line, for a block cut from a larger file: row errors then name the line in that file
help-batch-examples =
    Examples:
      leerroute batch --workers examples/workers.csv --format csv --out plans.csv
      leerroute batch --workers staff.jsonl --budget 10000 > plans.jsonl
      cat staff.csv | leerroute batch --workers - --input-format csv
      leerroute batch --workers hr-export.csv --extra-columns ignore

    Each row is a passport: a CSV header id,name,skills,completed,target,hours_per_week,budget (lists separated by ';'), or one passport object per line (JSON Lines).

## map
help-map-about = Draw the curriculum as a metro map (SVG or PNG), with a worker's route on it
help-map-line = Draw only these lines (with the modules linked to them, and the route); repeat or separate with commas
help-map-format = Picture format
help-map-format-svg = A scalable picture with its fonts inside (opens in any browser)
help-map-format-png = A bitmap, drawn with the embedded fonts
help-map-out = Write to this file instead of standard output (replaced atomically)

## passport
help-passport-about = Show the passport as leerroute reads it: each skill-level and where it came from
help-passport-worker = TOML passports, credentials (Open Badges 3.0, CLR 2.0, Europass; JSON, baked PNG or SVG) or folders of them, merged into one passport
help-passport-format-table = Tables for a person: skills and their sources, modules, credentials, notes
help-passport-format-json = The `leerroute.passport/v1` document, with every source and note as data
help-passport-format-toml = A `[worker]` TOML passport that `--worker` reads back
help-passport-format-clr = An unsigned CLR 2.0 `ClrCredential`: an Open Badges 3.0 AchievementCredential per completed module and per skill-level
help-passport-examples =
    Examples:
      leerroute passport --worker tests/fixtures/credentials/wallet-anna
      leerroute --lang nl --as-of 2027-01-04 passport --worker anna.toml badges/
      leerroute passport --worker wallet/ --format clr > anna-clr.json

    --worker takes TOML passports and credentials told apart by content: Open Badges 3.0 (JSON, JSON-LD, baked PNG or SVG, compact JWS), CLR 2.0 and Europass; a folder is read whole. Proofs are not verified.

## export
help-export-about = Export the curriculum on an open standard: an Open Badges 3.0 achievement per module
help-export-what = What to export
help-export-what-achievements = An Open Badges 3.0 `Achievement` for every module
help-export-format-ob3 = Open Badges 3.0 (JSON)
help-export-examples =
    Examples:
      leerroute export achievements > achievements.json
      leerroute --lang nl export achievements --format ob3

## stats
help-stats-about = Curriculum metrics (blocking, delay, centrality, complexity) and, with --workers, where a workforce's routes go
help-stats-path = Curriculum to measure [default: --curriculum, or the embedded one]
help-stats-format-html = A self-contained report with charts
help-stats-sort = Order the modules by this metric, highest first [default: complexity; with --workers, routes]
help-stats-sort-blocking = Blocking factor: the modules reachable from it
help-stats-sort-delay = Delay factor: the modules on the longest path through it
help-stats-sort-centrality = Centrality: the summed length of the paths through it
help-stats-sort-complexity = Structural complexity: delay plus blocking
help-stats-sort-routes = With --workers: the number of planned routes that use it
help-stats-sort-hours = With --workers: the learner-hours spent on it
help-stats-top = Show only the first N modules (totals, maxima and longest paths still cover all)
help-stats-what-if = With --workers: test what removing each of the N modules on the most routes costs, by re-planning
help-stats-target = Target profile for every worker (it wins over a row's own `target`)

## diff
help-diff-about = What changed between two versions of a curriculum and, with --workers, whose routes change
help-diff-old = The curriculum as it is: a directory, a .toml file or a CurricularAnalytics .csv file
help-diff-new = The version to compare it with
help-diff-target = { help-stats-target }

## completions
help-completions-about = Print a shell completion script
help-completions-shell = The shell to complete for
