// id: transit-corridor
// title.ru: Транзитный коридор: въезд и выезд в третью страну за несколько дней одним перевозчиком
// title.kk: Транзиттік дәліз: бір тасымалдаушымен бірнеше күн ішінде үшінші елге кіру және шығу
// title.en: Transit corridor: entry and exit to a third country within days by the same carrier
// legal: ст. 394 УК РК (незаконный выезд, перемещение); Правила № 195, п. 11 пп. 3 (лица, способствующие незаконному транзиту), п. 10 пп. 7 (маршруты, методы и средства переправки)
// legal.kk: ҚР ҚК 394-бабы (заңсыз шығу, орын ауыстыру); № 195 Қағидалар, 11-тармақ 3-тармақша (заңсыз транзитке ықпал ететін тұлғалар), 10-тармақ 7-тармақша (өткізу бағыттары, әдістері мен құралдары)
// legal.en: Art. 394 of the Criminal Code of the RK (illegal exit, movement); MVD Order No. 195 Rules, para. 11(3) (persons facilitating illegal transit), para. 10(7) (smuggling routes, methods and means)
// param: transitDays int = domain.transitDays — days between entry and exit counted as transit
// param.ru: transitDays — число дней между въездом и выездом, в пределах которого поездка считается транзитом
// param.kk: transitDays — кіру мен шығу арасындағы күндер саны, осы мерзім ішінде сапар транзит деп есептеледі
// param: riskCountries list<string> = domain.riskCountries — citizenships whose quick transit to a third country counts (visa-free neighbours pass through on their way to Russia every day)
// param.ru: riskCountries — гражданства, для которых учитывается быстрый транзит в третью страну (граждане соседних безвизовых стран ежедневно следуют через республику в Россию)
// param.kk: riskCountries — үшінші елге тез транзиті ескерілетін азаматтықтар (визасыз көрші елдердің азаматтары Ресейге бара жатып күн сайын өтеді)
// param: homeCountry string = domain.homeCountry — the country crossed
// param.ru: homeCountry — страна, через которую следуют транзитом
// param.kk: homeCountry — транзитпен өтетін ел
// param: minForeigners int = 3 — foreigners moved through this way by the same carrier or vehicle
// param.ru: minForeigners — число иностранцев, переправленных таким образом одним перевозчиком или транспортным средством
// param.kk: minForeigners — бір тасымалдаушы немесе көлік құралы осылайша өткізген шетелдіктер саны
// param: minShare float = 0.2 — share of all foreigners the carrier or vehicle moved
// param.ru: minShare — их доля среди всех иностранцев, перевезённых перевозчиком или транспортным средством
// param.kk: minShare — тасымалдаушы немесе көлік құралы тасымалдаған барлық шетелдіктер ішіндегі олардың үлесі
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: перевозчик или транспорт, вывозивший иностранцев в третью страну в течение нескольких дней после их въезда, также ввёз их или перевозил по стране — неоднократно и в заметной доле своих пассажиров
// hit.kk: шетелдіктерді келгеннен кейін бірнеше күн ішінде үшінші елге алып шыққан тасымалдаушы немесе көлік оларды елге де алып келген немесе ел ішінде тасымалдаған — бірнеше рет және өз жолаушыларының едәуір бөлігінде
// hit.en: the carrier or vehicle that took foreigners out to a third country within a few days of their entry had also brought them in or driven them across the country — repeatedly, and as a sizeable share of its passengers
// weight: 0.8
// why.ru: {transits, plural, one {# иностранец въехал} few {# иностранца въехали} many {# иностранцев въехали} other {# иностранца въехали}} и в течение {days, plural, one {# дня} other {# дней}} {transits, plural, one {выехал} other {выехали}} в третью страну этим перевозчиком (из {n})
// why.kk: {transits} шетелдік осы тасымалдаушымен кіріп, {days} күн ішінде үшінші елге шықты ({n} ішінен)
// why.en: {transits, plural, one {# foreigner} other {# foreigners}} entered and left to a third country within {days, plural, one {# day} other {# days}} with this carrier (of {n})
// evidence.ru: {entry} въезд; {exit} выезд в третью страну: {country}
// evidence.kk: {entry} кіру; {exit} үшінші елге шығу: {country}
// evidence.en: {entry} entry; {exit} exit to a third country: {country}
MATCH (exit:Crossing {direction: 'exit'})-[:FOREIGNER]->(f:Foreigner)
WHERE f.citizenship IN $riskCountries
  AND exit.toCountry IS NOT NULL AND NOT exit.toCountry IN [$homeCountry, f.citizenship]
MATCH (f)<-[:FOREIGNER]-(entry:Crossing {direction: 'entry'})
WHERE entry.date <= exit.date AND entry.date >= exit.date - duration({days: $transitDays})
  AND coalesce(entry.fromCountry, '') <> exit.toCountry
// Who brought the foreigner in or drove them across in between, found from the foreigner's
// own few records (never from the carrier's: the national railway carries everyone).
WITH exit, entry, f,
     COLLECT { MATCH (entry)-[:CARRIER|VEHICLE]->(x) RETURN x } +
     COLLECT {
       MATCH (f)<-[:FOREIGNER]-(t:Trip)
       WHERE t.date >= entry.date AND t.date <= exit.date
       MATCH (t)-[:CARRIER|VEHICLE]->(x)
       RETURN x
     } AS brought
MATCH (exit)-[:CARRIER|VEHICLE]->(s)
WHERE s IN brought
WITH s, f, collect({entry: entry.srcFile + ':' + toString(toInteger(entry.srcLine)),
                   exit: exit.srcFile + ':' + toString(toInteger(exit.srcLine)), country: exit.toCountry})[0] AS proof
WITH s, collect(f) AS transits, collect(proof) AS evidence
WHERE size(transits) >= $minForeigners
CALL (s) {
  MATCH (s)<-[:CARRIER|VEHICLE]-(:Crossing|Trip)-[:FOREIGNER]->(carried:Foreigner)
  RETURN count(DISTINCT carried) AS carried
}
WITH s, carried, transits, evidence WHERE toFloat(size(transits)) / carried >= $minShare
WITH s, carried, transits, evidence,
     CASE WHEN s:Person THEN 'person:' + s.iin WHEN s:Organization THEN 'organization:' + s.bin
          ELSE 'vehicle:' + s.plate END AS subject
RETURN subject,
       (1 - exp(-toFloat(size(transits)) / 4)) * (0.5 + 0.5 * toFloat(size(transits)) / carried) AS score,
       evidence[..$maxEvidence] AS evidence,
       [subject] + [f IN transits | 'foreigner:' + f.id] AS members,
       {transits: size(transits), n: carried, days: $transitDays} AS facts
