# Waarom er geen route is, en wat er wel een zou geven (render/reasons.rs, render/why.rs).
# Ids, vaardigheidsniveaus en bedragen komen kant-en-klaar binnen; `$count` kiest enkelvoud of meervoud.

## Waarom een vaardigheidsniveau niet te halen is: een zin over `$level`, en
## de stukken die hem voortzetten ("is alleen met … te halen").

reason-level = `{ $level }` { $blocked }
reason-no-grantor = is met geen enkele module te halen
reason-granted = is { $by }
reason-granted-otherwise = is met { $left_out } te halen, maar { $count ->
    [one] die valt
   *[other] die vallen
} af, en verder { $by }
reason-not-allowed = is alleen met { $modules } te halen, maar { $count ->
    [one] die valt
   *[other] die vallen
} af
reason-by-level-ups = alleen met { $modules } te halen, en { $count ->
    [one] die vraagt
   *[other] die vragen
} het zelf al
reason-by-one-group = { $count ->
    [one] alleen met { $modules } te halen
   *[other] met { $modules } te halen
}, en die { $blocked }
reason-by-groups = met { $modules } te halen, maar { $groups }
reason-more-blocked = { $more ->
    [one] en nog 1 module die het geeft zit ook vast
   *[other] en nog { $more } modules die het geven zitten ook vast
}
reason-too-deep = vraagt een langere keten van modules die niet te volgen zijn (…)
reason-group = { $modules } { $requires }
reason-requires = { $count ->
    [one] vraagt
    [2] vragen allebei
   *[other] vragen allemaal
} { $what }
reason-one-of = een van { $levels }, en daarvan is er geen te halen
reason-one-of-first = een van { $levels }, en daarvan is er geen te halen ({ $first })
reason-nothing-missing = niets wat ontbreekt (de module kan gevolgd worden)
reason-link = `{ $level }`, en dat { $blocked }
reason-cycle = weer `{ $level }` (een kringloop)
reason-list = { $rest } en { $last }

## Waarom een module hier niet kan, na haar id: "`rob-veiligheid` (klassikaal)"; de zin zegt zelf dat ze afvalt.

reason-left-out = `{ $module }` ({ $because })
reason-left-out-completed = al afgerond
reason-left-out-excluded = uitgesloten
reason-left-out-avoided = { $mode }
reason-mode-workplace = op de werkplek
reason-mode-classroom = klassikaal
reason-mode-online = online
reason-mode-blended = blended
reason-mode-fieldlab = in een fieldlab

## De andere redenen.

reason-unreachable = het doel is met de toegestane modules niet te bereiken
reason-over-budget = de goedkoopste route kost { $cost }, meer dan het budget van { $budget }; verhoog het budget met minstens { $shortfall }
reason-over-budget-bound = de goedkoopste route kost hooguit { $cost }, meer dan het budget van { $budget }; verhoog het budget met minstens { $shortfall }
reason-no-route-in-budget = geen enkele route past binnen het budget van { $budget }
reason-timeout = binnen de tijdslimiet van { $ms } ms is geen route binnen het budget gevonden, en ook niet uitgesloten dat die er is; verhoog `--time-limit` of het budget
reason-invalid-route = interne fout: de planner gaf een ongeldige route terug; meld dit alstublieft
reason-invalid-input = regel { $line }: { $message }

## Wat binnen het budget past: de eerste stappen van de goedkoopste route.

reason-first-steps = binnen het budget { $count ->
    [one] past de eerste stap van die route
   *[other] passen de eerste { $count } stappen van die route
}: { $modules } ({ $hours }, { $cost }); { $progress }
reason-first-steps-reach = daarmee haalt de medewerker { $reached }
reason-first-steps-groundwork = { $count ->
    [one] die stap legt de basis, maar brengt nog geen vaardigheid van het doel omhoog
   *[other] die stappen leggen de basis, maar brengen nog geen vaardigheid van het doel omhoog
}
reason-progress-part = niveau { $level } van `{ $target }`
reason-progress-part-named = niveau { $level } ({ $name }) van `{ $target }`
reason-no-first-step = zelfs de eerste stap van die route past niet in het budget: `{ $module }` kost { $cost }

## Wat wel een route geeft: zo min mogelijk modules toestaan, dan zo min mogelijk uren of euro's.

reason-relaxation = sta { $modules } toe: dan is er een route van { $hours }, { $cost }
reason-relaxation-over-budget = , meer dan het budget van { $budget }
reason-relaxation-unproven = ; de tijdslimiet stopte het zoeken voordat bewezen was dat dit de kleinste aanpassing is
