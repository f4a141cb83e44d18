

## The lints of `check`: what they found, where, and the fix.
check-cycle-link = `{ $module }` requires `{ $level }`, which `{ $grantor }` grants
check-hard-cycle = modules { $modules } require each other, so none of them can ever be taken
check-hard-cycle-closes = this requirement closes the cycle
check-hard-cycle-part = part of the cycle
check-cycle = the cycle: { $chain }
check-hard-cycle-help = break the cycle: drop one of these requirements, turn it into a `requires_any` with an alternative, or let a module outside the cycle grant it
check-line-coherence = station `{ $station }` on line `{ $line }` needs `{ $level }`, which no earlier station and no basis module grants
check-needs = needs `{ $level }`
check-line-coherence-help = put a station that grants `{ $level }` before `{ $station }` on this line, or let a basis module grant it
check-duplicate-station = line `{ $line }` lists station `{ $station }` twice
check-listed-again = listed again here
check-first-listed = first listed here
check-duplicate-station-help = remove the second `{ $station }` from `stations`
check-stage-inversion = { $stage } module `{ $module }` needs `{ $level }`, which only { $earliest } modules grant
check-stage-inversion-label = granted only at a later stage than { $stage }
check-stage-inversion-help = let an earlier-stage module grant `{ $level }`, or move `{ $module }` to a later stage
check-grants-nothing-new = module `{ $module }` grants nothing beyond what it requires
check-grants-nothing-new-label = every grant is already implied by a requirement
check-grants-nothing-new-help = raise the granted level above the required one, or remove the module
check-owner-module = module `{ $id }`
check-owner-profile = profile `{ $id }`
check-implied-requirement = { $owner } requires `{ $level }`, which its requirement `{ $stronger }` already implies
check-implied-requirement-label = implied by another requirement
check-implies-it = this one implies it
check-remove-from = remove `{ $level }` from `{ $key }`
check-requires-any-always = a `requires_any` group of module `{ $module }` is always met by its plain requirements
check-requires-any-always-label = already implied by `requires`
check-requires-any-always-help = remove this `requires_any` group
check-implied-grant = module `{ $module }` grants `{ $level }`, which its grant `{ $stronger }` already implies
check-implied-grant-label = implied by another grant
check-dominated = module `{ $module }` is dominated by `{ $better }`
check-dominated-label = no route ever needs this module
check-dominated-better = grants as much, requires no more, costs no more
check-dominated-note = `{ $module }`: { $hours } h, { $cost }; `{ $better }`: { $better_hours } h, { $better_cost }
check-dominated-help = remove `{ $module }`, or make it differ (grant more, require less, or cost less)
check-long-nanomodule = nanomodule `{ $module }` takes { $hours } hours
check-long-nanomodule-label = more than { $max } hours
check-long-nanomodule-help = split it into nanomodules of a few hours, or give it stage `training` or `line`
check-unused-skill = skill `{ $skill }` is not used
check-unused-skill-label = no module or profile mentions it
check-unused-skill-help = grant or require it in a module or profile, or remove the skill
check-level-named = level { $level } ({ $name })
check-level-jump = module `{ $module }` raises `{ $skill }` to { $level } in { $hours } hours
check-level-jump-from-nothing = from nothing to `{ $target }` takes at least { $hours } hours
check-level-jump-from = from `{ $start }` to `{ $target }` takes at least { $hours } hours
check-level-jump-hours = the module's hours
check-level-jump-step = a step up to { $level } takes { $hours } hours
check-level-jump-fix-hours = give it `hours = { $hours }` or more
check-level-jump-fix-grant = grant `{ $level }`
check-level-jump-fix-require = require `{ $level }`
check-and-more = { $names } and { $more } more
check-unreachable-profile = profile `{ $profile }` cannot be reached: { $levels } cannot be obtained
check-unreachable-profile-label = no route leads here
check-unreachable-also = cannot be obtained either
check-unreachable-profile-help = add a module that grants the missing skill-level, or lower the profile's requirement
check-never-granted-level-help = no module grants `{ $skill }` at level { $level } or above: add one, or lower the requirement
check-never-granted-help = add a module with `grants = ["{ $level }"]`, or remove the requirement
check-never-granted = `{ $level }` is required but no module grants it
check-required-here = required here
check-required-by = required by { $users }
check-untakeable = module `{ $module }` can never be taken
check-untakeable-label = its requirements can never all be met
check-untakeable-help = make the missing skill-levels obtainable, or remove the module

## Two items that one URI names (`duplicate-achievement`, `duplicate-skill-uri`).
check-uri-written = `{ $item }` names it as its `{ $field }`
check-uri-derived = `{ $item }` is named by it after its id
check-duplicate-achievement = modules `{ $first }` and `{ $other }` stand for one achievement
check-duplicate-achievement-note = a credential for `{ $uri }` completes `{ $first }` only, never `{ $other }`
check-duplicate-achievement-help = give `{ $module }` the URI of the badge issued for it as `achievement`, or leave `achievement` out so that it is named `{ $derived }`
check-duplicate-skill-uri = skills `{ $first }` and `{ $other }` are named by one URI
check-duplicate-skill-uri-note = a credential aligned to `{ $uri }` gives both `{ $first }` and `{ $other }`
check-duplicate-skill-uri-help = give `{ $skill }` the ESCO URI of the skill it stands for as `esco`, leave `esco` out of `{ $skill }`, or merge the two skills when they are one
