# The development plan a worker takes home (`plan --format html`, `batch --html-dir`).

html-lang = en
html-title = Development plan of { $worker }
html-heading = Development plan
html-worker = Worker
html-target = Target profile
html-date = Date
html-section-assumptions = What the plan assumes
html-assume-hours = Learning time: { $hours } a week
html-assume-budget = Budget: at most { $budget }
html-assume-no-budget = Budget: no limit
html-assume-start = Start: { $date }
html-assume-no-start = Start: not fixed yet, so the plan counts in weeks
html-assume-objective = Planned for { $objective ->
    [cost] the lowest cost
   *[other] the fewest study hours
}
html-assume-exclude = Left out on purpose: { $modules }
html-assume-avoid = Not taught this way: { $modes }
html-section-missing = What is missing for the profile
html-col-skill = Skill
html-col-now = Now
html-col-needed = Needed
html-level-none = not yet
html-level = { $level } ({ $name })
html-nothing-missing = Nothing: the worker already meets the profile.
html-section-map = The route on the metro map
html-map-note = The numbered stations are the steps, in order; a tick marks what the worker has done or already knows.
html-section-timeline = Timeline
html-col-step = Step
html-col-module = Module
html-col-when = When
html-section-steps = The steps: what, why, how and when
html-step = Step { $step }: { $name }
html-what = What
html-why = Why
html-how = How
html-when = When
html-week = week { $week }
html-weeks = weeks { $from } to { $to }
html-when-dates = { $from } to { $to }
html-load = { $hours }, { $cost }
html-section-totals = In all
html-section-agreements = Agreements
html-agree-intro = { $worker } and the manager agree on this development plan.
html-agree-what = What: { $modules ->
    [one] one module
   *[other] { $modules } modules
}, { $hours } in all, toward the profile { $target }.
html-agree-why = Why: to meet the profile { $target }; the steps above say what each one is for.
html-agree-how = How: { $hours } of learning a week, on the job, in class, online and at fieldlabs as each step says.
html-agree-when = When: { $from } to { $to }.
html-agree-when-weeks = When: { $weeks }, from the agreed start.
html-support = Support from the manager
html-support-time = Learning time in working hours: ______ hours a week
html-support-cost-budget = The employer pays the costs of the steps, up to { $budget }
html-support-cost = The employer pays the costs of the steps: yes / no / up to € ______
html-support-coach = Coach or mentor at work: ______________________
html-support-other = Other agreements: ______________________
html-review = Review
html-review-date = We look at progress together on { $date }.
html-review-blank = We look at progress together on: ______________
html-sign-worker = Worker
html-sign-manager = Manager
html-sign-name = Name
html-sign-signature = Signature
html-no-route-heading = No route yet
html-no-route-why = Why
html-footer = Made with leerroute from the curriculum { $curriculum }.

## The document's first line when there is nothing to plan or no route: with names, not ids.
html-headline-qualified = { $worker } already meets the profile { $target }: there is nothing to learn.
html-headline-unreachable = There is no route yet for { $worker } to the profile { $target }.
html-headline-over-budget = There is no route for { $worker } to the profile { $target } within the budget.
html-headline-timeout = No route for { $worker } to the profile { $target } was found within the time limit.
html-headline-error = Planning a route for { $worker } to the profile { $target } went wrong.
