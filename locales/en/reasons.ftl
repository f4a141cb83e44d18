# Why there is no route, and what would give one (render/reasons.rs, render/why.rs).
# Ids, skill-levels and amounts arrive formatted; `$count` picks a plural.

## Why a skill-level cannot be obtained: a sentence about `$level`, and
## predicates that continue it ("is granted only by …").

reason-level = `{ $level }` { $blocked }
reason-no-grantor = is granted by no module
reason-granted = is granted { $by }
reason-granted-otherwise = is granted by { $left_out }, and otherwise { $by }
reason-not-allowed = is granted only by { $modules }
reason-by-level-ups = only by { $modules }, which { $count ->
    [one] needs
   *[other] need
} it first
reason-by-one-group = { $count ->
    [one] only by
   *[other] by
} { $modules }, which { $blocked }
reason-by-groups = by { $modules }, but { $groups }
reason-more-blocked = { $more ->
    [one] and 1 more grantor is blocked too
   *[other] and { $more } more grantors are blocked too
}
reason-too-deep = needs a longer chain of modules that cannot be taken (…)
reason-group = { $modules } { $requires }
reason-requires = { $count ->
    [one] requires
    [2] both require
   *[other] all require
} { $what }
reason-one-of = one of { $levels }, none of which can be obtained
reason-one-of-first = one of { $levels }, none of which can be obtained ({ $first })
reason-nothing-missing = nothing missing (it can be taken)
reason-link = `{ $level }`, which { $blocked }
reason-cycle = `{ $level }` again (a cycle)
reason-list = { $rest } and { $last }

## Why a module cannot be used here, after its id: "`rob-veiligheid` (classroom, which is avoided)".

reason-left-out = `{ $module }` ({ $because })
reason-left-out-completed = completed already
reason-left-out-excluded = excluded
reason-left-out-avoided = { $mode }, which is avoided
reason-mode-workplace = on the job
reason-mode-classroom = classroom
reason-mode-online = online
reason-mode-blended = blended
reason-mode-fieldlab = at a fieldlab

## The other reasons.

reason-unreachable = the target cannot be reached with the modules allowed
reason-over-budget = the cheapest route costs { $cost }, over the budget of { $budget }; raise the budget by { $shortfall } or more
reason-over-budget-bound = the cheapest route costs at most { $cost }, over the budget of { $budget }; raise the budget by { $shortfall } or more
reason-no-route-in-budget = no route fits the budget of { $budget }
reason-timeout = no route within the budget was found in the time limit of { $ms } ms, and none was ruled out; raise `--time-limit` or the budget
reason-invalid-route = internal error: the planner returned an invalid route; please report this
reason-invalid-input = line { $line }: { $message }

## What fits in the budget: the first steps of the cheapest route.

reason-first-steps = within the budget, { $count ->
    [one] the first step of that route fits
   *[other] the first { $count } steps of that route fit
}: { $modules } ({ $hours }, { $cost }); { $progress }
reason-first-steps-reach = with { $count ->
    [one] it
   *[other] them
} the worker reaches { $reached }
reason-first-steps-groundwork = { $count ->
    [one] it prepares the way, but raises no skill of the target yet
   *[other] they prepare the way, but raise no skill of the target yet
}
reason-progress-part = level { $level } of `{ $target }`
reason-progress-part-named = level { $level } ({ $name }) of `{ $target }`
reason-no-first-step = not even the first step of that route fits the budget: `{ $module }` costs { $cost }

## What would give a route: the fewest modules to allow, then the least hours or euros.

reason-relaxation = allow { $modules }: then there is a route of { $hours }, { $cost }
reason-relaxation-over-budget = , over the budget of { $budget }
reason-relaxation-unproven = ; the time limit stopped the search before this was proven the smallest change
