# De stappen van een route in woorden: fase, vorm, wanneer, waarom en hoe.

stage-basis = basis
stage-line = leerlijn
stage-training = opleiding
stage-fieldlab = fieldlab
stage-nanomodule = nanomodule
mode-workplace = op de werkplek
mode-classroom = klassikaal
mode-online = online
mode-blended = deels klassikaal, deels online
mode-fieldlab = in een fieldlab
step-week = wk { $week }
step-weeks = wk { $from }–{ $to }
step-dates = { $start } – { $end }
step-ref = stap { $number } ({ $name })
step-needed-for = nodig voor { $steps }
step-leads-to = leidt naar { $levels }
step-leads-to-more = { $count ->
    [one] nog één eis van het doel
   *[other] nog { $count } eisen van het doel
}
skill-at-level = { $skill }, niveau { $level } ({ $level_name })
step-provider = bij { $provider }
step-fieldlab = { $fieldlab }
step-fieldlab-at = { $fieldlab } in { $place }
step-credential = levert { $credential } op
