# Het ontwikkelplan dat een medewerker mee naar huis neemt (`plan --format html`, `batch --html-dir`).

html-lang = nl
html-title = Ontwikkelplan van { $worker }
html-heading = Ontwikkelplan
html-worker = Medewerker
html-target = Doelprofiel
html-date = Datum
html-section-assumptions = Uitgangspunten
html-assume-hours = Leertijd: { $hours } per week
html-assume-budget = Budget: hooguit { $budget }
html-assume-no-budget = Budget: geen grens
html-assume-start = Start: { $date }
html-assume-no-start = Start: nog niet vastgelegd, daarom telt het plan in weken
html-assume-objective = Gepland op { $objective ->
    [cost] de laagste kosten
   *[other] de minste studie-uren
}
html-assume-exclude = Bewust weggelaten: { $modules }
html-assume-avoid = Niet op deze manier: { $modes }
html-section-missing = Wat er nog ontbreekt voor het profiel
html-col-skill = Vaardigheid
html-col-now = Nu
html-col-needed = Nodig
html-level-none = nog niet
html-level = { $level } ({ $name })
html-nothing-missing = Niets: de medewerker voldoet al aan het profiel.
html-section-map = De leerroute op de metrokaart
html-map-note = De genummerde stations zijn de stappen, op volgorde; een vinkje staat bij wat de medewerker al gedaan heeft of al kan.
html-section-timeline = Planning
html-col-step = Stap
html-col-module = Module
html-col-when = Wanneer
html-section-steps = De stappen: wat, waarom, hoe en wanneer
html-step = Stap { $step }: { $name }
html-what = Wat
html-why = Waarom
html-how = Hoe
html-when = Wanneer
html-week = week { $week }
html-weeks = week { $from } tot en met { $to }
html-when-dates = { $from } tot en met { $to }
html-load = { $hours }, { $cost }
html-section-totals = Alles bij elkaar
html-section-agreements = Afspraken
html-agree-intro = { $worker } en de leidinggevende spreken dit ontwikkelplan samen af.
html-agree-what = Wat: { $modules ->
    [one] één module
   *[other] { $modules } modules
}, samen { $hours }, op weg naar het profiel { $target }.
html-agree-why = Waarom: om aan het profiel { $target } te voldoen; bij elke stap hierboven staat waar die voor nodig is.
html-agree-how = Hoe: { $hours } leren per week, op de werkplek, in een klas, online en in fieldlabs, zoals bij elke stap staat.
html-agree-when = Wanneer: van { $from } tot en met { $to }.
html-agree-when-weeks = Wanneer: { $weeks }, vanaf de afgesproken startdatum.
html-support = Wat de leidinggevende doet
html-support-time = Leertijd onder werktijd: ______ uur per week
html-support-cost-budget = De werkgever betaalt de kosten van de stappen, tot { $budget }
html-support-cost = De werkgever betaalt de kosten van de stappen: ja / nee / tot € ______
html-support-coach = Coach of leermeester op het werk: ______________________
html-support-other = Andere afspraken: ______________________
html-review = Voortgangsgesprek
html-review-date = We bespreken de voortgang samen op { $date }.
html-review-blank = We bespreken de voortgang samen op: ______________
html-sign-worker = Medewerker
html-sign-manager = Leidinggevende
html-sign-name = Naam
html-sign-signature = Handtekening
html-no-route-heading = Nog geen leerroute
html-no-route-why = Waarom niet
html-footer = Gemaakt met leerroute uit het curriculum { $curriculum }.

## De eerste regel van het plan als er niets te plannen is of geen route: met namen, geen ids.
html-headline-qualified = { $worker } voldoet al aan het profiel { $target }: er hoeft niets geleerd te worden.
html-headline-unreachable = Er is nog geen route voor { $worker } naar het profiel { $target }.
html-headline-over-budget = Er is geen route voor { $worker } naar het profiel { $target } die binnen het budget past.
html-headline-timeout = Binnen de tijdslimiet is geen route voor { $worker } naar het profiel { $target } gevonden.
html-headline-error = Bij het plannen van een route voor { $worker } naar het profiel { $target } ging iets mis.
