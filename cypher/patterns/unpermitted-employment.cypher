// id: unpermitted-employment
// title.ru: Иностранцы работают без разрешения
// title.kk: Шетелдіктер рұқсатсыз жұмыс істейді
// title.en: Foreigners employed without work permits
// legal: ст. 394, 395 УК РК, ст. 517 КоАП; Правила № 195, п. 12 пп. 2 (факты незаконного привлечения иностранной рабочей силы), п. 11 пп. 6
// legal.kk: ҚР ҚК 394, 395-баптары, ӘҚБтК 517-бабы; № 195 Қағидалар, 12-тармақ 2-тармақша (шетелдік жұмыс күшін заңсыз тарту фактілері), 11-тармақ 6-тармақша
// legal.en: Arts. 394, 395 of the Criminal Code of the RK, Art. 517 of the Code of Administrative Offences; MVD Order No. 195 Rules, para. 12(2) (unlawful use of foreign labour), para. 11(6)
// param: minWorkers int = 3 — distinct foreigners seen working for the employer without a permit
// param.ru: minWorkers — число разных иностранцев, выявленных работающими у работодателя без разрешения
// param.kk: minWorkers — жұмыс берушіде рұқсатсыз жұмыс істеп жүргені анықталған әртүрлі шетелдіктер саны
// param: minRate float = 0.2 — share of the employer's foreign workers without a permit
// param.ru: minRate — доля иностранных работников работодателя, не имеющих разрешения
// param.kk: minRate — жұмыс берушінің рұқсаты жоқ шетелдік жұмыскерлерінің үлесі
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: у работодателя выявлено не менее minWorkers иностранцев, работающих без разрешения, — значительная доля его иностранных работников
// hit.kk: жұмыс берушіде рұқсатсыз жұмыс істейтін кемінде minWorkers шетелдік анықталды — бұл оның шетелдік жұмыскерлерінің едәуір бөлігі
// hit.en: the employer was seen with at least minWorkers foreigners working without a permit, a sizeable share of its foreign workforce
// weight: 0.8
// why.ru: {unpermitted} из {n, plural, one {# иностранного работника} other {# иностранных работников}} без разрешения на работу
// why.kk: {n} шетелдік жұмыскердің ішінен {unpermitted} адам жұмысқа рұқсатсыз
// why.en: {unpermitted} of {n, plural, one {# foreign worker} other {# foreign workers}} had no work permit
// evidence.ru: {src} работа без разрешения
// evidence.kk: {src} рұқсатсыз жұмыс
// evidence.en: {src} work without a permit
MATCH (p:Person|Organization)<-[:EMPLOYER]-(e:Employment)-[:FOREIGNER]->(f:Foreigner)
WITH p, f, collect(e) AS records
WITH p, f, records, none(r IN records WHERE r.permitNo IS NOT NULL AND r.permitNo <> '') AS unpermitted
WITH p, collect(f) AS workers,
     collect(CASE WHEN unpermitted THEN f END) AS illegal,
     collect(CASE WHEN unpermitted THEN records[0] END) AS proof
WITH p, workers, illegal, proof, toFloat(size(illegal)) / size(workers) AS rate
WHERE size(illegal) >= $minWorkers AND rate >= $minRate
OPTIONAL CALL (proof) {
  UNWIND proof AS r
  MATCH (r)-[:AT]->(site:Address)
  RETURN collect(DISTINCT 'address:' + site.key) AS sites
}
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS subject,
       (1 - exp(-toFloat(size(illegal)) / 5)) * (0.5 + 0.5 * rate) AS score,
       [r IN proof | {src: r.srcFile + ':' + toString(toInteger(r.srcLine))}][..$maxEvidence] AS evidence,
       [CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END] + coalesce(sites, []) +
         [f IN illegal | 'foreigner:' + f.id] AS members,
       {n: size(workers), unpermitted: size(illegal)} AS facts
