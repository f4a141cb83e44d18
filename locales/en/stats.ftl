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
stats-col-routes = routes
stats-col-hours = learner hours
stats-col-fieldlab = fieldlab
stats-col-participants = participants
stats-col-longer = longer
stats-col-extra-hours = extra hours
stats-col-extra-cost = extra cost
stats-col-impossible = impossible
stats-workforce = { $workers ->
    [one] 1 worker
   *[other] { $workers } workers
}: { $planned } planned, { $qualified } already qualified, { $none } without a route; { $hours } of learning in all.
stats-fieldlabs = Fieldlab demand (participants: workers whose route takes a block there):
stats-what-if = What if the module disappears (the workers whose route takes it, planned again without it):
stats-sort-needs-workers = `--sort { $metric }` needs a workforce
stats-sort-needs-workers-help = pass `--workers FILE`, or sort by blocking, delay, centrality or complexity
workforce-invalid-row = note: line { $line } left out: { $message }
stats-html-lang = en
stats-html-bottlenecks = Bottleneck modules, by { $metric }
stats-html-metrics = Every module's metrics
stats-html-fieldlabs = Fieldlab demand
stats-html-what-if = What losing a busy module costs
stats-html-same = same hours
stats-html-fieldlab-bar = { $participants ->
    [one] 1 participant
   *[other] { $participants } participants
}, { $hours }
stats-html-what-if-bar = { $impossible } of { $routes } routes lost, { $hours } extra hours
