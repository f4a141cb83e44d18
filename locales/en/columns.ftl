# Column headers of tables for people (the keys stay as they are in JSON and CSV).

column-id = id
column-name = name
column-max_level = levels
column-esco = ESCO
column-stage = stage
column-hours = hours
column-cost = cost
column-lines = lines
column-requires = requires
column-requires_any = requires one of
column-grants = grants
column-color = colour
column-stations = stations
column-location = location
column-modules = modules
plan-column-step = #
plan-column-module = module
plan-column-when = when
plan-column-hours = hours
plan-column-cost = cost
plan-column-why = why and how
gap-column-skill = skill
gap-column-have = has now
gap-column-need = needs
gap-column-missing = still to learn
