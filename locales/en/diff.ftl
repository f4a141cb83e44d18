# `diff OLD NEW`: what a new version of a curriculum changes.

diff-title = Changes from `{ $old }` to `{ $new }`:
diff-kind = { $kind }: { $added } added, { $removed } removed, { $changed } changed
diff-none = No changes.
diff-workforce = { $workers ->
    [one] 1 worker
   *[other] { $workers } workers
}, { $changed ->
    [one] 1 route changes
   *[other] { $changed } routes change
}: { $longer } longer, { $shorter } shorter, { $lost } no longer reachable, { $gained } newly reachable; { $invalid } invalid rows.
diff-col-worker = worker
diff-col-target = target
diff-col-in = modules in
diff-col-out = modules out
diff-skills = skills
diff-modules = modules
diff-lines = lines
diff-fieldlabs = fieldlabs
diff-profiles = profiles
diff-col-hours = hours
diff-col-cost = cost
diff-why = Why the new version has no route for them:
diff-skill = skill
diff-module = module
diff-line = line
diff-fieldlab = fieldlab
diff-profile = profile
diff-no-route = no route
