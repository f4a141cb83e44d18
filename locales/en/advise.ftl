# `leerroute advise`: the profiles ranked for one worker, closest first.

advise-title = { $worker }: { $count ->
    [one] 1 profile
   *[other] { $count } profiles
}, closest first ({ $objective ->
    [cost] lowest cost
   *[other] fewest hours
}).
advise-col-rank = #
advise-col-profile = profile
advise-col-hours = hours
advise-col-cost = cost
advise-col-weeks = weeks
advise-col-held = held
advise-modules = { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}
advise-held = { $levels } of { $of } levels held
advise-all-optimal = Every route is proven optimal.
advise-not-optimal = not proven optimal (the time limit stopped the search)
advise-passport-target = the passport's target
advise-qualified = already qualified
advise-unreachable = no route: cannot be reached
advise-over-budget = no route within the budget
advise-timeout = no route found in the time limit
advise-error = no plan
advise-shared-title = Modules that the best routes ({ $ranks }) share:
advise-shared-none = The best routes ({ $ranks }) share no module.
advise-held-note = "held": the levels of the profile that { $worker } already has, each skill counted up to the level the profile asks for.
advise-no-profiles = the curriculum has no profiles to compare
advise-no-profiles-help = add a `[[profile]]` to the curriculum, or choose another with `--curriculum`
