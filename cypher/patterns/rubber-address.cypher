// id: rubber-address
// title.ru: «Резиновая квартира»: много иностранцев на одном адресе в одно время
// title.kk: «Резеңке пәтер»: бір мекенжайда бір уақытта көп шетелдік
// title.en: "Rubber flat": many foreigners registered at one address at the same time
// legal: ст. 394 УК РК (предоставление жилого помещения), ст. 518 КоАП; Правила № 195, п. 11 пп. 8 (приглашающие и регистрирующие по одному адресу), п. 6 пп. 1 (жилые помещения для незаконных мигрантов)
// legal.kk: ҚР ҚК 394-бабы (тұрғын үй-жай беру), ӘҚБтК 518-бабы; № 195 Қағидалар, 11-тармақ 8-тармақша (бір мекенжай бойынша шақырушылар мен тіркеушілер), 6-тармақ 1-тармақша (заңсыз мигранттарға арналған тұрғын үй-жайлар)
// legal.en: Art. 394 of the Criminal Code of the RK (providing housing), Art. 518 of the Code of Administrative Offences; MVD Order No. 195 Rules, para. 11(8) (persons inviting and registering at one address), para. 6(1) (housing for illegal migrants)
// param: minConcurrent int = 5 — foreigners whose registered stays overlap at the address at one moment
// param.ru: minConcurrent — число иностранцев, сроки пребывания которых по регистрации на адресе совпадают в один момент
// param.kk: minConcurrent — мекенжайда тіркелген болу мерзімдері бір мезгілде қиылысатын шетелдіктер саны
// param: stayDays int = 30 — assumed stay when a registration has no stay_until
// param.ru: stayDays — срок пребывания в днях, принимаемый, если в регистрации не указан stay_until
// param.kk: stayDays — тіркеуде stay_until көрсетілмесе, болжанатын болу мерзімі (күн)
// param: violationArticles list<string> = domain.violationArticles — articles of the Code of Administrative Offences whose protocols mark a foreigner as a violator
// param.ru: violationArticles — статьи КоАП, протокол по которым относит иностранца к нарушителям
// param.kk: violationArticles — бойынша хаттама шетелдікті бұзушы деп белгілейтін ӘҚБтК баптары
// param: frontRate float = domain.legitimateHubs.frontViolationRate — violator share at which an address registered by organisations (hotel, dormitory, employer's hostel) counts as a possible front
// param.ru: frontRate — доля нарушителей, при которой адрес, где регистрируют организации (гостиница, общежитие, общежитие работодателя), считается возможным прикрытием
// param.kk: frontRate — ұйымдар тіркейтін мекенжай (қонақүй, жатақхана, жұмыс берушінің жатақханасы) ықтимал бүркеме деп есептелетін бұзушылар үлесі
// param: familyShare float = domain.legitimateHubs.minFamilySharedSurname — share of guests with one surname that marks a family hosting relatives
// param.ru: familyShare — доля проживающих с одной фамилией, по которой признаётся, что семья принимает родственников
// param.kk: familyShare — отбасы туыстарын қабылдайды деп танылатын бір тектес тұрғындардың үлесі
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: в один момент по адресу было зарегистрировано не менее minConcurrent иностранцев, и это не добросовестный адрес учреждения (гостиница, студенческое общежитие, общежитие работодателя — туда регистрируют только организации) и не семейное жильё
// hit.kk: бір мезгілде мекенжайда кемінде minConcurrent шетелдік тіркелді, және бұл мекеменің адал мекенжайы (қонақүй, студенттік жатақхана, жұмыс берушінің жатақханасы — оларға тек ұйымдар тіркейді) немесе отбасылық тұрғын үй емес
// hit.en: at one moment at least minConcurrent foreigners were registered at the address, and it is not a clean institutional address (hotel, dormitory, employer's hostel — registered only by organisations) or a family home
// weight: 0.8
// why.ru: по адресу одновременно числилось до {concurrent, plural, one {# иностранца} other {# иностранцев}} (всего {n}); у {violators} из них были нарушения
// why.kk: мекенжайда бір мезгілде {concurrent} шетелдікке дейін тіркелген (барлығы {n}), олардың ішінен {violators} адам бұзушылық жасаған
// why.en: up to {concurrent, plural, one {# foreigner was} other {# foreigners were}} registered at the address at once ({n} in all), {violators} of them violated
// evidence.ru: {src} регистрация по адресу
// evidence.kk: {src} мекенжай бойынша тіркеу
// evidence.en: {src} registration at the address
MATCH (a:Address)<-[:AT]-(r:Registration)-[:FOREIGNER]->(f:Foreigner)
WITH a, collect(r) AS regs, collect(DISTINCT f) AS guests
WHERE size(guests) >= $minConcurrent
// Sweep line over stay intervals: +1 at registration, -1 the day after the stay ends.
CALL (regs) {
  UNWIND regs AS r
  UNWIND [[r.date, 1], [coalesce(r.stayUntil, r.date + duration({days: $stayDays})) + duration({days: 1}), -1]] AS step
  WITH step ORDER BY step[0], step[1]
  WITH collect(step[1]) AS deltas
  RETURN reduce(s = [0, 0], d IN deltas |
    [s[0] + d, CASE WHEN s[0] + d > s[1] THEN s[0] + d ELSE s[1] END])[1] AS concurrent
}
WITH a, regs, guests, concurrent WHERE concurrent >= $minConcurrent
CALL (regs) {
  UNWIND regs AS r
  OPTIONAL MATCH (r)-[:HOST]->(h:Person|Organization)
  WITH collect(DISTINCT h) AS hosts
  RETURN hosts, size(hosts) > 0 AND all(h IN hosts WHERE h:Organization) AS institutional
}
CALL (guests) {
  UNWIND guests AS f
  WITH f, EXISTS {
      MATCH (f)<-[:FOREIGNER]-(v:Violation) WHERE split(v.article, '-')[0] IN $violationArticles
    } AS violated
  RETURN sum(CASE WHEN violated THEN 1 ELSE 0 END) AS violators
}
CALL (guests) {
  UNWIND guests AS f
  WITH f.lastNameLat AS surname, count(*) AS c
  RETURN max(c) AS sameSurname
}
OPTIONAL CALL (a) {
  MATCH (a)<-[:LIVES_AT|LEGAL_ADDRESS]-(owner:Person|Organization)
  RETURN collect(owner) AS owners
}
WITH a, regs, guests, concurrent, hosts, owners, violators,
     toFloat(violators) / size(guests) AS rate,
     (institutional OR toFloat(sameSurname) / size(guests) >= $familyShare) AS hubLike
WHERE NOT (hubLike AND rate < $frontRate)
RETURN 'address:' + a.key AS subject,
       (1 - exp(-toFloat(concurrent) / 6)) * (0.7 + 0.3 * CASE WHEN rate * 2 > 1 THEN 1 ELSE rate * 2 END) AS score,
       [r IN regs | {src: r.srcFile + ':' + toString(toInteger(r.srcLine))}][..$maxEvidence] AS evidence,
       ['address:' + a.key] +
         [h IN hosts + coalesce(owners, []) | CASE WHEN h:Person THEN 'person:' + h.iin ELSE 'organization:' + h.bin END] +
         [f IN guests | 'foreigner:' + f.id] AS members,
       {concurrent: concurrent, n: size(guests), violators: violators} AS facts
