# The metro map (`leerroute map`): title, stage bands and legend.

map-title = { $curriculum }: the metro map
map-title-version = { $curriculum } { $version }: the metro map
map-subtitle-route = Route of { $worker } to { $target }
map-subtitle-no-route = { $worker } to { $target }: no route (see `leerroute plan`)
map-band-basis = Basis knowledge
map-band-lines = Metro learning lines
map-band-training = Regular training and fieldlabs
map-band-nanomodules = Nanomodules
map-legend-lines = Lines
map-legend-stages = Stages
map-legend-markers = What the markers mean
map-marker-station = Station on one line
map-marker-transfer = Transfer: a station on several lines
map-marker-basis = Basis module
map-marker-other-line = Station of a line not drawn here
map-marker-training = Regular training
map-marker-nanomodule = Nanomodule
map-marker-fieldlab = Fieldlab: a place, with its location
map-marker-step = Step of the route, in order
map-marker-completed = Completed already
map-marker-held = Skills already held
map-marker-faded = Not on the route
map-unlabelled = Also on the map (no room for the name by the station)
