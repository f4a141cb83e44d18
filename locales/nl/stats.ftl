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
stats-col-blocking = blokkeert
stats-col-delay = vertraging
stats-col-centrality = centraliteit
stats-col-complexity = complexiteit
stats-shown = De eerste { $shown } van { $total } modules, op { $metric }.
stats-totals = Totaal: blokkeert { $blocking }, vertraging { $delay }, centraliteit { $centrality }, complexiteit { $complexity }.
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
