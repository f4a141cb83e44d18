

## De controles van `check`: wat ze vonden, waar, en hoe het op te lossen.
check-cycle-link = `{ $module }` vraagt `{ $level }`, en dat levert `{ $grantor }`
check-hard-cycle = de modules { $modules } vragen elkaar als voorwaarde, dus geen ervan is ooit te volgen
check-hard-cycle-closes = deze voorwaarde maakt de kring rond
check-hard-cycle-part = hoort bij de kring
check-cycle = de kring: { $chain }
check-hard-cycle-help = doorbreek de kring: schrap een van deze voorwaarden, maak er een `requires_any` met een alternatief van, of laat een module buiten de kring het opleveren
check-line-coherence = station `{ $station }` op de lijn `{ $line }` vraagt `{ $level }`, maar dat levert geen eerder station en geen basismodule
check-needs = vraagt `{ $level }`
check-line-coherence-help = zet een station dat `{ $level }` oplevert vóór `{ $station }` op deze lijn, of laat een basismodule het opleveren
check-duplicate-station = de lijn `{ $line }` noemt het station `{ $station }` twee keer
check-listed-again = hier nog een keer
check-first-listed = hier de eerste keer
check-duplicate-station-help = haal de tweede `{ $station }` uit `stations`
check-stage-inversion = de module `{ $module }` (fase `{ $stage }`) vraagt `{ $level }`, maar dat leveren alleen modules in de fase `{ $earliest }`
check-stage-inversion-label = pas te halen in een latere fase dan `{ $stage }`
check-stage-inversion-help = laat een module uit een eerdere fase `{ $level }` opleveren, of zet `{ $module }` in een latere fase
check-grants-nothing-new = de module `{ $module }` levert niets op wat ze niet al als voorwaarde vraagt
check-grants-nothing-new-label = elk resultaat volgt al uit een voorwaarde
check-grants-nothing-new-help = leg het niveau dat de module oplevert boven het gevraagde, of haal de module weg
check-owner-module = de module `{ $id }`
check-owner-profile = het profiel `{ $id }`
check-implied-requirement = { $owner } vraagt `{ $level }`, maar dat volgt al uit de voorwaarde `{ $stronger }`
check-implied-requirement-label = volgt al uit een andere voorwaarde
check-implies-it = hieruit volgt het
check-remove-from = haal `{ $level }` uit `{ $key }`
check-requires-any-always = aan een groep in `requires_any` van de module `{ $module }` is altijd al voldaan door haar gewone voorwaarden
check-requires-any-always-label = volgt al uit `requires`
check-requires-any-always-help = haal deze groep uit `requires_any`
check-implied-grant = de module `{ $module }` levert `{ $level }` op, maar dat volgt al uit haar resultaat `{ $stronger }`
check-implied-grant-label = volgt al uit een ander resultaat
check-dominated = de module `{ $module }` wordt overtroffen door `{ $better }`
check-dominated-label = geen enkele route heeft deze module nodig
check-dominated-better = levert evenveel op, vraagt niet meer en kost niet meer
check-dominated-note = `{ $module }`: { $hours } uur, { $cost }; `{ $better }`: { $better_hours } uur, { $better_cost }
check-dominated-help = haal `{ $module }` weg, of maak haar anders (meer opleveren, minder vragen of minder kosten)
check-long-nanomodule = de nanomodule `{ $module }` duurt { $hours } uur
check-long-nanomodule-label = meer dan { $max } uur
check-long-nanomodule-help = verdeel haar over nanomodules van een paar uur, of geef haar de fase `training` of `line`
check-unused-skill = de vaardigheid `{ $skill }` wordt nergens gebruikt
check-unused-skill-label = geen module of profiel noemt haar
check-unused-skill-help = gebruik haar in een module of profiel, of haal de vaardigheid weg
check-level-named = niveau { $level } ({ $name })
check-level-jump = de module `{ $module }` brengt `{ $skill }` naar { $level } in { $hours } uur
check-level-jump-from-nothing = van niets naar `{ $target }` kost minstens { $hours } uur
check-level-jump-from = van `{ $start }` naar `{ $target }` kost minstens { $hours } uur
check-level-jump-hours = de uren van de module
check-level-jump-step = een stap naar { $level } kost { $hours } uur
check-level-jump-fix-hours = geef haar `hours = { $hours }` of meer
check-level-jump-fix-grant = laat haar `{ $level }` opleveren
check-level-jump-fix-require = vraag `{ $level }` als voorwaarde
check-and-more = { $names } en nog { $more }
check-unreachable-profile = het profiel `{ $profile }` is niet te bereiken: { $levels } { $count ->
    [one] is
   *[other] zijn
} niet te halen
check-unreachable-profile-label = geen enkele route komt hier
check-unreachable-also = ook niet te halen
check-unreachable-profile-help = voeg een module toe die het ontbrekende niveau oplevert, of verlaag wat het profiel vraagt
check-never-granted-level-help = geen module levert `{ $skill }` op niveau { $level } of hoger: voeg er een toe, of verlaag de voorwaarde
check-never-granted-help = voeg een module toe met `grants = ["{ $level }"]`, of haal de voorwaarde weg
check-never-granted = `{ $level }` wordt gevraagd, maar geen module levert het op
check-required-here = hier gevraagd
check-required-by = gevraagd door { $users }
check-untakeable = de module `{ $module }` is nooit te volgen
check-untakeable-label = aan haar voorwaarden is nooit allemaal te voldoen
check-untakeable-help = zorg dat de ontbrekende niveaus te halen zijn, of haal de module weg

## Twee onderdelen met één URI (`duplicate-achievement`, `duplicate-skill-uri`).
check-uri-written = `{ $item }` geeft deze URI als `{ $field }`
check-uri-derived = `{ $item }` krijgt deze URI door zijn id
check-duplicate-achievement = de modules `{ $first }` en `{ $other }` staan voor één en hetzelfde resultaat
check-duplicate-achievement-note = een credential voor `{ $uri }` rondt alleen `{ $first }` af, nooit `{ $other }`
check-duplicate-achievement-help = geef `{ $module }` als `achievement` de URI van de badge die ervoor wordt uitgereikt, of laat `achievement` weg, dan heet ze `{ $derived }`
check-duplicate-skill-uri = de vaardigheden `{ $first }` en `{ $other }` hebben één en dezelfde URI
check-duplicate-skill-uri-note = een credential met `{ $uri }` levert zowel `{ $first }` als `{ $other }` op
check-duplicate-skill-uri-help = geef `{ $skill }` als `esco` de ESCO-URI van de vaardigheid waar ze voor staat, laat `esco` weg bij `{ $skill }`, of voeg de twee samen als ze één vaardigheid zijn
