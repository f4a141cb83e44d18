# De metrokaart (`leerroute map`): titel, fasebanden en legenda.

map-title = { $curriculum }: de metrokaart
map-title-version = { $curriculum } { $version }: de metrokaart
map-subtitle-route = Leerroute van { $worker } naar { $target }
map-subtitle-no-route = { $worker } naar { $target }: geen route (zie `leerroute plan`)
map-band-basis = Basiskennis
map-band-lines = Metroleerlijnen
map-band-training = Reguliere opleidingen en fieldlabs
map-band-nanomodules = Nanomodules
map-legend-lines = Leerlijnen
map-legend-stages = Fasen
map-legend-markers = Wat de tekens betekenen
map-marker-station = Station op één leerlijn
map-marker-transfer = Overstap: een station op meer leerlijnen
map-marker-basis = Basismodule
map-marker-other-line = Station van een leerlijn die hier niet getekend is
map-marker-training = Reguliere opleiding
map-marker-nanomodule = Nanomodule
map-marker-fieldlab = Fieldlab: een praktijkplek, met de plaats
map-marker-step = Stap van de leerroute, op volgorde
map-marker-completed = Al afgerond
map-marker-held = Skills al in bezit
map-marker-faded = Niet op de leerroute
map-unlabelled = Ook op de kaart (geen ruimte voor de naam bij het station)
