# Kolomkoppen van tabellen voor mensen (in JSON en CSV blijven de sleutels zoals ze zijn).

column-id = id
column-name = naam
column-max_level = niveaus
column-esco = ESCO
column-stage = fase
column-hours = uren
column-cost = kosten
column-lines = lijnen
column-requires = vereist
column-requires_any = vereist een van
column-grants = levert op
column-color = kleur
column-stations = stations
column-location = plaats
column-modules = modules
plan-column-step = #
plan-column-module = module
plan-column-when = wanneer
plan-column-hours = uren
plan-column-cost = kosten
plan-column-why = waarom en hoe
gap-column-skill = vaardigheid
gap-column-have = heeft nu
gap-column-need = nodig
gap-column-missing = nog te leren
