// id: transit-corridor
// title.ru: Транзитный коридор: въезд и выезд в третью страну за несколько дней одним перевозчиком
// title.kk: Транзиттік дәліз: бір тасымалдаушымен бірнеше күн ішінде үшінші елге кіру және шығу
// title.en: Transit corridor: entry and exit to a third country within days by the same carrier
// legal: ст. 394 УК РК (незаконный выезд, перемещение); Правила № 195, п. 11 пп. 3 (лица, способствующие незаконному транзиту), п. 10 пп. 7 (маршруты, методы и средства переправки)
// param: transitDays int = domain.transitDays — days between entry and exit counted as transit
// param: homeCountry string = domain.homeCountry — the country crossed
// param: minForeigners int = 3 — foreigners moved through this way by the same carrier or vehicle
// param: minShare float = 0.2 — share of all foreigners the carrier moved across the border
// param: maxEvidence int = 30 — evidence lines kept per hit
// hit: the same carrier or vehicle brought foreigners in and took them out to a third country within a few days, repeatedly
// weight: 0.8
// why.ru: {transits} иностранцев въехали и за {days} дней выехали в третью страну этим перевозчиком (из {n})
// why.kk: {transits} шетелдік осы тасымалдаушымен кіріп, {days} күн ішінде үшінші елге шықты ({n} ішінен)
// why.en: {transits} foreigners entered and left to a third country within {days} days with this carrier (of {n})
MATCH (s)<-[:CARRIER|VEHICLE]-(x:Crossing)-[:FOREIGNER]->(f:Foreigner)
WHERE s:Party OR s:Vehicle
WITH s, collect(DISTINCT f) AS carried
WHERE size(carried) >= $minForeigners
CALL (s, carried) {
  UNWIND carried AS f
  MATCH (s)<-[:CARRIER|VEHICLE]-(entry:Crossing {direction: 'entry'})-[:FOREIGNER]->(f)
  MATCH (f)<-[:FOREIGNER]-(exit:Crossing {direction: 'exit'})
  WHERE exit.date >= entry.date AND exit.date <= entry.date + duration({days: $transitDays})
    AND exit.toCountry IS NOT NULL
    AND NOT exit.toCountry IN [$homeCountry, f.citizenship, coalesce(entry.fromCountry, '')]
    AND (EXISTS { (exit)-[:CARRIER|VEHICLE]->(s) } OR NOT EXISTS { (exit)-[:CARRIER|VEHICLE]->() })
  WITH f, collect(entry.srcFile + ':' + toString(entry.srcLine) + ' въезд; ' +
                  exit.srcFile + ':' + toString(exit.srcLine) + ' выезд в ' + exit.toCountry)[0] AS proof
  RETURN collect(f) AS transits, collect(proof) AS evidence
}
WITH s, carried, transits, evidence WHERE size(transits) >= $minForeigners
  AND toFloat(size(transits)) / size(carried) >= $minShare
WITH s, carried, transits, evidence,
     CASE WHEN s:Person THEN 'person:' + s.iin WHEN s:Organization THEN 'organization:' + s.bin
          ELSE 'vehicle:' + s.plate END AS subject
RETURN subject,
       (1 - exp(-toFloat(size(transits)) / 4)) * (0.5 + 0.5 * toFloat(size(transits)) / size(carried)) AS score,
       evidence[..$maxEvidence] AS evidence,
       [subject] + [f IN transits | 'foreigner:' + f.id] AS members,
       {transits: size(transits), n: size(carried), days: $transitDays} AS facts
