# The plan's summary: totals, optimality, or why there is no route.

plan-qualified = { $worker } already meets `{ $target }`: nothing to learn.
plan-total = Total: { $hours }, { $cost }, { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $weeks }.
plan-total-until = Total: { $hours }, { $cost }, { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $weeks } (ends { $end }).
plan-optimal = Route: proven optimal (minimising { $objective ->
    [cost] cost
   *[other] hours
}).
plan-near-optimal = Route: not proven optimal: within { $percent }% of optimal (the optimum is at least { $bound }; the time limit stopped the search).
plan-bound-only = Route: not proven optimal: the optimum is at least { $bound } (the time limit stopped the search early; raise `--time-limit`).
plan-not-optimal = Route: not proven optimal (the time limit stopped the search).
plan-unreachable = No route: `{ $target }` cannot be reached by { $worker }.
plan-over-budget = No route within the budget for { $worker } toward `{ $target }`.
plan-timeout = No route found in the time limit for { $worker } toward `{ $target }`.
plan-error = No plan for { $worker } toward `{ $target }`.

