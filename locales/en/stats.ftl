# `stats`: curriculum metrics (CurricularAnalytics' definitions).

stats-title = Curriculum metrics of `{ $curriculum }`: { $modules ->
    [one] 1 module
   *[other] { $modules } modules
}, { $links ->
    [one] 1 prerequisite link
   *[other] { $links } prerequisite links
}.
stats-col-rank = #
stats-col-module = module
stats-col-blocking = blocking
stats-col-delay = delay
stats-col-centrality = centrality
stats-col-complexity = complexity
stats-shown = The first { $shown } of { $total } modules, by { $metric }.
stats-totals = Totals: blocking { $blocking }, delay { $delay }, centrality { $centrality }, complexity { $complexity }.
stats-maximum = Highest { $metric }: { $value } ({ $modules }).
stats-more = { $count } more
stats-overflow = more than 2^128
stats-longest = Longest path: { $length ->
    [one] 1 module
   *[other] { $length } modules
}{ $many ->
    [one] : { $path }
   *[other] , { $count } such paths; the first: { $path }
}
