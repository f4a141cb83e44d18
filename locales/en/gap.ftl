# What a worker is missing for a target.

gap-none = none
gap-facts = now { $have } · needs { $need } · still to learn: { $still }
gap-held = now { $have }, needs { $need }: already there
gap-met = { $worker } already meets `{ $target }`.
gap-summary = { $missing } of { $levels ->
    [one] 1 skill
   *[other] { $levels } skills
} of `{ $target }` still to learn.
