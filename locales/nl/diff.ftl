# `diff OUD NIEUW`: wat een nieuwe versie van een curriculum verandert.

diff-title = Wijzigingen van `{ $old }` naar `{ $new }`:
diff-kind = { $kind }: { $added } nieuw, { $removed } vervallen, { $changed } gewijzigd
diff-none = Geen wijzigingen.
diff-workforce = { $workers ->
    [one] 1 medewerker
   *[other] { $workers } medewerkers
}, bij { $changed } verandert de route: { $longer } langer, { $shorter } korter, { $lost } niet meer bereikbaar, { $gained } nu wel bereikbaar; { $invalid } ongeldige regels.
diff-col-worker = medewerker
diff-col-target = doel
diff-col-in = modules erbij
diff-col-out = modules eraf
diff-skills = vaardigheden
diff-modules = modules
diff-lines = leerlijnen
diff-fieldlabs = fieldlabs
diff-profiles = profielen
diff-col-hours = uren
diff-col-cost = kosten
diff-why = Waarom er in de nieuwe versie geen route voor hen is:
diff-skill = vaardigheid
diff-module = module
diff-line = leerlijn
diff-fieldlab = fieldlab
diff-profile = profiel
diff-no-route = geen route
