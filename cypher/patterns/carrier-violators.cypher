// id: carrier-violators
// title.ru: Перевозчик или транспорт, регулярно перевозящий иностранцев, которые затем нарушают или быстро выезжают в третью страну
// title.kk: Кейін бұзушылық жасайтын немесе үшінші елге тез кететін шетелдіктерді тұрақты тасымалдайтын тасымалдаушы немесе көлік
// title.en: Carrier or vehicle repeatedly moving foreigners who later violate or leave quickly to a third country
// legal: ст. 394 УК РК (предоставление транспортных средств); Правила № 195, п. 6 пп. 1 (маршруты, перевозчики и транспортные средства), п. 12 пп. 2 (лица, перевозящие трудовых мигрантов)
// legal.kk: ҚР ҚК 394-бабы (көлік құралдарын беру); № 195 Қағидалар, 6-тармақ 1-тармақша (бағыттар, тасымалдаушылар және көлік құралдары), 12-тармақ 2-тармақша (еңбек мигранттарын тасымалдайтын тұлғалар)
// legal.en: Art. 394 of the Criminal Code of the RK (providing vehicles); MVD Order No. 195 Rules, para. 6(1) (routes, carriers and vehicles), para. 12(2) (persons transporting labour migrants)
// param: minForeigners int = 4 — distinct foreigners carried by the carrier or vehicle
// param.ru: minForeigners — число разных иностранцев, перевезённых перевозчиком или транспортным средством
// param.kk: minForeigners — тасымалдаушы немесе көлік құралы тасымалдаған әртүрлі шетелдіктер саны
// param: minBad int = 3 — at least this many of them later violated or left quickly to a third country
// param.ru: minBad — не менее стольких из них затем совершили нарушение или вскоре выехали в третью страну
// param.kk: minBad — олардың кемінде осыншасы кейін бұзушылық жасады немесе үшінші елге тез шығып кетті
// param: minBadRate float = 0.25 — and at least this share
// param.ru: minBadRate — и не менее такой доли от всех перевезённых
// param.kk: minBadRate — және тасымалданғандардың кемінде осындай үлесі
// param: quickExitDays int = domain.quickExitDays — an exit within this many days of the ride counts as leaving quickly
// param.ru: quickExitDays — выезд в течение стольких дней после перевозки считается быстрым
// param.kk: quickExitDays — тасымалдаудан кейін осынша күн ішінде шығу тез кету деп есептеледі
// param: riskCountries list<string> = domain.riskCountries — citizenships whose quick transit to a third country counts (visa-free neighbours pass through on their way to Russia every day)
// param.ru: riskCountries — гражданства, для которых учитывается быстрый транзит в третью страну (граждане соседних безвизовых стран ежедневно следуют через республику в Россию)
// param.kk: riskCountries — үшінші елге тез транзиті ескерілетін азаматтықтар (визасыз көрші елдердің азаматтары Ресейге бара жатып күн сайын өтеді)
// param: homeCountry string = domain.homeCountry — the country whose border is watched
// param.ru: homeCountry — страна, границу которой контролируют
// param.kk: homeCountry — шекарасы бақыланатын ел
// param: violationArticles list<string> = domain.violationArticles — articles of the Code of Administrative Offences counted as violations
// param.ru: violationArticles — статьи КоАП, которые учитываются как нарушения
// param.kk: violationArticles — бұзушылық ретінде есептелетін ӘҚБтК баптары
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: многие иностранцы, которых перевёз этот перевозчик или транспорт, затем были оштрафованы или выдворены либо в течение нескольких дней выехали в третью страну
// hit.kk: осы тасымалдаушы немесе көлік тасымалдаған шетелдіктердің көбіне кейін айыппұл салынды немесе олар елден шығарылды, не бірнеше күн ішінде үшінші елге шығып кетті
// hit.en: many of the foreigners this carrier or vehicle moved were later fined or expelled, or crossed out to a third country within days
// weight: 0.8
// why.ru: {n, plural, one {перевезён # иностранец} few {перевезены # иностранца} many {перевезено # иностранцев} other {перевезено # иностранца}}; у {bad} из них затем нарушения или выезд в третью страну в течение нескольких дней
// why.kk: {n} шетелдікті тасымалдады, олардың ішінен {bad} адам кейін бұзушылық жасады немесе бірнеше күнде үшінші елге кетті
// why.en: carried {n, plural, one {# foreigner} other {# foreigners}}, {bad} of whom later violated or left to a third country within days
// evidence.ru: {ride} перевозка; {src} {kind, select, violation {ст. {article}} other {выезд в третью страну: {country}}}
// evidence.kk: {ride} тасымалдау; {src} {kind, select, violation {{article}-бап} other {үшінші елге шығу: {country}}}
// evidence.en: {ride} ride; {src} {kind, select, violation {Art. {article}} other {exit to a third country: {country}}}
// Anchored on the few foreigners who did something wrong (a violation, a quick exit to a third
// country), not on every ride of every carrier: the national railway carries everyone.
CALL () {
  MATCH (v:Violation)-[:FOREIGNER]->(f:Foreigner)
  WHERE split(v.article, '-')[0] IN $violationArticles
  RETURN f, null AS from, v.date AS until,
         {src: v.srcFile + ':' + toString(toInteger(v.srcLine)), kind: 'violation', article: v.article} AS fact
  UNION ALL
  MATCH (c:Crossing)-[:FOREIGNER]->(f:Foreigner)
  WHERE c.direction = 'exit' AND f.citizenship IN $riskCountries
    AND c.toCountry IS NOT NULL AND NOT c.toCountry IN [$homeCountry, f.citizenship]
  RETURN f, c.date - duration({days: $quickExitDays}) AS from, c.date AS until,
         {src: c.srcFile + ':' + toString(toInteger(c.srcLine)), kind: 'exit', country: c.toCountry} AS fact
}
// A ride on day d is followed by the fact when d <= until and (from <= d or, for a violation, no from).
WITH f, collect({from: from, until: until, fact: fact}) AS facts
MATCH (f)<-[:FOREIGNER]-(e:Trip|Crossing)-[:CARRIER|VEHICLE]->(s)
WHERE s:Person OR s:Organization OR s:Vehicle
WITH s, f, facts, min(e.date) AS rode, collect(e)[0] AS ride
WITH s, f, ride,
     [x IN facts WHERE x.until >= rode AND (x.from IS NULL OR x.from <= rode) | x.fact] AS after
WHERE size(after) > 0
WITH s, f, ride, after[0] AS fact
WITH s, collect(f) AS badOnes, collect(ride) AS badRides,
     collect(fact {.*, ride: ride.srcFile + ':' + toString(toInteger(ride.srcLine))}) AS evidence
WHERE size(badOnes) >= $minBad
CALL (s) {
  MATCH (s)<-[:CARRIER|VEHICLE]-(:Trip|Crossing)-[:FOREIGNER]->(carried:Foreigner)
  RETURN count(DISTINCT carried) AS carried
}
WITH s, badOnes, badRides, evidence, carried, size(badOnes) AS bad,
     toFloat(size(badOnes)) / carried AS rate
WHERE carried >= $minForeigners AND rate >= $minBadRate
WITH s, badOnes, badRides, evidence, carried, bad, rate,
     CASE WHEN s:Person THEN 'person:' + s.iin WHEN s:Organization THEN 'organization:' + s.bin
          ELSE 'vehicle:' + s.plate END AS subject
CALL (badRides) {
  UNWIND badRides AS ride
  MATCH (ride)-[:DRIVER|VEHICLE|CARRIER]->(other)
  RETURN collect(DISTINCT CASE WHEN other:Person THEN 'person:' + other.iin
    WHEN other:Organization THEN 'organization:' + other.bin
    WHEN other:Vehicle THEN 'vehicle:' + other.plate END) AS crew
}
RETURN subject,
       (1 - exp(-toFloat(bad) / 4)) * (0.5 + 0.5 * rate) AS score,
       evidence[..$maxEvidence] AS evidence,
       [subject] + crew + [f IN badOnes | 'foreigner:' + f.id] AS members,
       {n: carried, bad: bad} AS facts
