# De samenvatting onder een plan: totalen, optimaliteit, of waarom er geen route is.

plan-qualified = { $worker } voldoet al aan `{ $target }`: er hoeft niets geleerd te worden.
plan-total = Totaal: { $hours }, { $cost }, { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $weeks }.
plan-total-until = Totaal: { $hours }, { $cost }, { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $weeks } (klaar op { $end }).
plan-optimal = Route: aantoonbaar { $objective ->
    [cost] de goedkoopste route
   *[other] de route met de minste studie-uren
}.
plan-near-optimal = Route: niet aantoonbaar de beste: hooguit { $percent }% boven het optimum (dat is minstens { $bound }; de tijdslimiet stopte het zoeken).
plan-bound-only = Route: niet aantoonbaar de beste: het optimum is minstens { $bound } (de tijdslimiet stopte het zoeken vroeg; verhoog `--time-limit`).
plan-not-optimal = Route: niet aantoonbaar de beste (de tijdslimiet stopte het zoeken).
plan-unreachable = Geen route: { $worker } kan `{ $target }` niet bereiken.
plan-over-budget = Geen route binnen het budget voor { $worker } naar `{ $target }`.
plan-timeout = Geen route gevonden binnen de tijdslimiet voor { $worker } naar `{ $target }`.
plan-error = Geen plan voor { $worker } naar `{ $target }`.

