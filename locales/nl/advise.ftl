# `leerroute advise`: de profielen op volgorde voor één medewerker, het dichtstbij eerst.

advise-title = { $worker }: { $count ->
    [one] 1 profiel
   *[other] { $count } profielen
}, het dichtstbij eerst ({ $objective ->
    [cost] laagste kosten
   *[other] minste uren
}).
advise-col-rank = #
advise-col-profile = profiel
advise-col-hours = uren
advise-col-cost = kosten
advise-col-weeks = duur
advise-col-held = in bezit
advise-modules = { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}
advise-held = { $levels } van { $of } niveaus in bezit
advise-all-optimal = Elke route is bewezen de beste.
advise-not-optimal = niet bewezen de beste route (de tijdslimiet stopte het zoeken)
advise-passport-target = doel in het paspoort
advise-qualified = voldoet al aan het profiel
advise-unreachable = geen route: niet haalbaar
advise-over-budget = geen route binnen het budget
advise-timeout = geen route gevonden binnen de tijdslimiet
advise-error = geen plan
advise-shared-title = Modules die de beste routes ({ $ranks }) gemeen hebben:
advise-shared-none = De beste routes ({ $ranks }) hebben geen module gemeen.
advise-held-note = "In bezit": de niveaus van het profiel die { $worker } nu al heeft, per skill geteld tot het niveau dat het profiel vraagt.
advise-no-profiles = het curriculum heeft geen profielen om te vergelijken
advise-no-profiles-help = voeg een `[[profile]]` toe aan het curriculum, of kies een ander met `--curriculum`
