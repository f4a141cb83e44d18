# Wat een medewerker nog mist voor een doel.

gap-none = geen
gap-facts = nu { $have } · nodig { $need } · nog te leren: { $still }
gap-held = nu { $have }, nodig { $need }: dat is er al
gap-met = { $worker } voldoet al aan `{ $target }`.
gap-summary = Nog { $missing } van de { $levels } vaardigheden van `{ $target }` te leren.
