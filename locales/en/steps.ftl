# A route's steps in words: stage, mode, when, why and how.

stage-basis = basis
stage-line = learning line
stage-training = training
stage-fieldlab = fieldlab
stage-nanomodule = nanomodule
mode-workplace = on the job
mode-classroom = classroom
mode-online = online
mode-blended = blended
mode-fieldlab = at a fieldlab
step-week = week { $week }
step-weeks = weeks { $from }–{ $to }
step-dates = { $start } – { $end }
step-ref = step { $number } ({ $name })
step-needed-for = needed for { $steps }
step-leads-to = leads to { $levels }
step-leads-to-more = { $count ->
    [one] one more target requirement
   *[other] { $count } more target requirements
}
skill-at-level = { $skill }, level { $level } ({ $level_name })
step-provider = by { $provider }
step-fieldlab = at { $fieldlab }
step-fieldlab-at = at { $fieldlab } in { $place }
step-credential = leads to { $credential }
