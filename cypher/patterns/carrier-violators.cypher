// id: carrier-violators
// title.ru: Перевозчик или транспорт, регулярно перевозящий иностранцев, которые затем нарушают или быстро выезжают в третью страну
// title.kk: Кейін бұзушылық жасайтын немесе үшінші елге тез кететін шетелдіктерді тұрақты тасымалдайтын тасымалдаушы немесе көлік
// title.en: Carrier or vehicle repeatedly moving foreigners who later violate or leave quickly to a third country
// legal: ст. 394 УК РК (предоставление транспортных средств); Правила № 195, п. 6 пп. 1 (маршруты, перевозчики и транспортные средства), п. 12 пп. 2 (лица, перевозящие трудовых мигрантов)
// param: minForeigners int = 4 — distinct foreigners carried by the carrier or vehicle
// param: minBad int = 3 — at least this many of them later violated or left quickly to a third country
// param: minBadRate float = 0.25 — and at least this share
// param: quickExitDays int = domain.quickExitDays — an exit within this many days of the ride counts as leaving quickly
// param: riskCountries list<string> = domain.riskCountries — citizenships whose quick transit to a third country counts (visa-free neighbours pass through on their way to Russia every day)
// param: homeCountry string = domain.homeCountry — the country whose border is watched
// param: violationArticles list<string> = domain.violationArticles — КоАП articles counted as violations
// param: maxEvidence int = 30 — evidence lines kept per hit
// hit: many of the foreigners this carrier or vehicle moved were later fined or expelled, or crossed out to a third country within days
// weight: 0.8
// why.ru: перевёз {n} иностранцев, {bad} из них затем нарушили или за несколько дней выехали в третью страну
// why.kk: {n} шетелдікті тасымалдады, олардың {bad} кейін бұзушылық жасады немесе бірнеше күнде үшінші елге кетті
// why.en: carried {n} foreigners, {bad} of whom later violated or left to a third country within days
MATCH (s)<-[:CARRIER|VEHICLE]-(e:Trip|Crossing)-[:FOREIGNER]->(f:Foreigner)
WHERE s:Person OR s:Organization OR s:Vehicle
WITH s, f, min(e.date) AS rode, collect(e)[0] AS ride
WITH s, collect({f: f, rode: rode, ride: ride}) AS rides
WHERE size(rides) >= $minForeigners
CALL (rides) {
  UNWIND rides AS x
  WITH x.f AS f, x.rode AS rode, x.ride AS ride
  OPTIONAL CALL (f, rode) {
    MATCH (f)<-[:FOREIGNER]-(v:Violation)
    WHERE v.date >= rode AND split(v.article, '-')[0] IN $violationArticles
    RETURN v.srcFile + ':' + toString(toInteger(v.srcLine)) + ' ст. ' + v.article AS violation
    ORDER BY v.date LIMIT 1
  }
  OPTIONAL CALL (f, rode) {
    MATCH (f)<-[:FOREIGNER]-(c:Crossing {direction: 'exit'})
    WHERE f.citizenship IN $riskCountries
      AND c.date >= rode AND c.date <= rode + duration({days: $quickExitDays})
      AND c.toCountry IS NOT NULL AND NOT c.toCountry IN [$homeCountry, f.citizenship]
    RETURN c.srcFile + ':' + toString(toInteger(c.srcLine)) + ' выезд в ' + c.toCountry AS exit
    ORDER BY c.date LIMIT 1
  }
  WITH f, ride, coalesce(violation, exit) AS bad
  WHERE bad IS NOT NULL
  RETURN collect(f) AS badOnes,
         collect(ride.srcFile + ':' + toString(toInteger(ride.srcLine)) + ' перевозка; ' + bad) AS evidence
}
WITH s, rides, badOnes, evidence, size(badOnes) AS bad, toFloat(size(badOnes)) / size(rides) AS rate
WHERE bad >= $minBad AND rate >= $minBadRate
WITH s, rides, badOnes, evidence, bad, rate,
     CASE WHEN s:Person THEN 'person:' + s.iin WHEN s:Organization THEN 'organization:' + s.bin
          ELSE 'vehicle:' + s.plate END AS subject
CALL (rides) {
  UNWIND rides AS x
  WITH x.ride AS ride
  OPTIONAL MATCH (ride)-[:DRIVER|VEHICLE|CARRIER]->(other)
  RETURN collect(DISTINCT CASE WHEN other:Person THEN 'person:' + other.iin
    WHEN other:Organization THEN 'organization:' + other.bin
    WHEN other:Vehicle THEN 'vehicle:' + other.plate END) AS crew
}
RETURN subject,
       (1 - exp(-toFloat(bad) / 4)) * (0.5 + 0.5 * rate) AS score,
       evidence[..$maxEvidence] AS evidence,
       [subject] + crew + [f IN badOnes | 'foreigner:' + f.id] AS members,
       {n: size(rides), bad: bad} AS facts
