# `stats`: kengetallen van een curriculum (de definities van CurricularAnalytics).

stats-title = Kengetallen van `{ $curriculum }`: { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $links ->
    [one] 1 voorkennisrelatie
   *[other] { $links } voorkennisrelaties
}.
stats-col-rank = #
stats-col-module = module
stats-col-blocking = blokkeerfactor
stats-col-delay = vertragingsfactor
stats-col-centrality = centraliteit
stats-col-complexity = complexiteit
stats-shown = De eerste { $shown } van { $total } modules, op { $metric }.
stats-totals = Totaal: blokkeerfactor { $blocking }, vertragingsfactor { $delay }, centraliteit { $centrality }, complexiteit { $complexity }.
stats-maximum = Hoogste { $metric }: { $value } ({ $modules }).
stats-more = nog { $count }
stats-overflow = meer dan 2^128
stats-longest = Langste pad: { $length ->
    [one] 1 module
   *[other] { $length } modules
}{ $many ->
    [one] : { $path }
   *[other] , { $count } van zulke paden; het eerste: { $path }
}
stats-col-routes = routes
stats-col-hours = leeruren
stats-col-fieldlab = fieldlab
stats-col-participants = deelnemers
stats-col-longer = langer
stats-col-extra-hours = extra uren
stats-col-extra-cost = extra kosten
stats-col-impossible = onmogelijk
stats-workforce = { $workers ->
    [one] 1 medewerker
   *[other] { $workers } medewerkers
}: { $planned } met een route, { $qualified } al gekwalificeerd, { $none } zonder route; samen { $hours } leren.
stats-fieldlabs = Vraag per fieldlab (deelnemers: medewerkers met een blok daar in hun route):
stats-what-if = Wat als de module verdwijnt (wie hem in de route heeft, opnieuw gepland zonder):
stats-sort-needs-workers = `--sort { $metric }` kan alleen met medewerkers
stats-sort-needs-workers-help = geef `--workers BESTAND`, of sorteer op blocking, delay, centrality of complexity
workforce-invalid-row = let op: regel { $line } niet meegeteld: { $message }
stats-html-lang = nl
stats-html-bottlenecks = Knelpuntmodules, op { $metric }
stats-html-metrics = De kengetallen van elke module
stats-html-fieldlabs = Vraag per fieldlab
stats-html-what-if = Wat het kost als een drukke module wegvalt
stats-html-same = even lang
stats-html-fieldlab-bar = { $participants ->
    [one] 1 deelnemer
   *[other] { $participants } deelnemers
}, { $hours }
stats-html-what-if-bar = { $impossible } van { $routes } routes vervallen, { $hours } extra uren
