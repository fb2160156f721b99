# French for each English msgstr of the round-trip project, as a
# translator would write it: link addresses, {{ facts }} and Markdown marks
# kept, only the words translated. Applied by msgfilter to every entry.
s/^Our Service Promises$/Nos engagements de service/
s/^What you can expect from us\.$/Ce que vous pouvez attendre de nous./
s/^Library Services$/Services de la bibliothèque/
s/^We keep these promises to every reader\. Write to \(<[^>]*>\) or read our \[lending rules\]\(([^)]*)\)\.$/Nous tenons ces engagements envers chaque lecteur. Écrivez à \1 ou lisez notre [règlement du prêt]\2./
s/^Replies$/Réponses/
s/^We reply to emails within \({{ reply\.email }}\)\.$/Nous répondons aux courriels sous \1./
s/^We answer 90% of phone calls within 20 seconds, measured each month\.$/Nous répondons à 90 % des appels en moins de 20 secondes, mesuré chaque mois./
s/^Loans$/Prêts/
s/^You can borrow up to \*\*20 items\*\* at once\.$/Vous pouvez emprunter jusqu’à **20 documents** à la fois./
