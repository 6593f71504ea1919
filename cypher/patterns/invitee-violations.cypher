// id: invitee-violations
// title.ru: Приглашённые или принятые иностранцы затем нарушают или превышают срок пребывания
// title.kk: Шақырылған немесе қабылданған шетелдіктер кейін бұзушылық жасайды немесе болу мерзімін асырады
// title.en: Invitees or guests who later violate (arts. 517/518/519) or overstay
// legal: ст. 394 УК РК, ст. 517, 518, 519 КоАП; Правила № 195, п. 11 пп. 7 (списки по ст. 519), пп. 2 (уклоняющиеся от выезда)
// legal.kk: ҚР ҚК 394-бабы, ӘҚБтК 517, 518, 519-баптары; № 195 Қағидалар, 11-тармақ 7-тармақша (519-бап бойынша тізімдер), 2-тармақша (шығудан жалтарушылар)
// legal.en: Art. 394 of the Criminal Code of the RK, Arts. 517, 518, 519 of the Code of Administrative Offences; MVD Order No. 195 Rules, para. 11(7) (lists under Art. 519), 11(2) (persons evading departure)
// param: minForeigners int = 3 — foreigners invited or hosted by the party
// param.ru: minForeigners — число иностранцев, приглашённых или принятых лицом
// param.kk: minForeigners — тұлға шақырған немесе қабылдаған шетелдіктер саны
// param: minBadRate float = 0.3 — share of them who later violated or overstayed
// param.ru: minBadRate — доля тех из них, кто затем совершил нарушение или превысил срок пребывания
// param.kk: minBadRate — олардың ішінде кейін бұзушылық жасағандардың немесе болу мерзімін асырғандардың үлесі
// param: minBad int = 2 — at least this many of them
// param.ru: minBad — и не менее стольких из них
// param.kk: minBad — және олардың кемінде осыншасы
// param: graceDays int = domain.overstayGraceDays — days after stay_until before a later sighting counts as overstay
// param.ru: graceDays — число дней после stay_until, по истечении которых последующая отметка о нахождении в стране считается превышением срока пребывания
// param.kk: graceDays — stay_until күнінен кейінгі күндер саны, олар өткен соң елде қайта байқалу болу мерзімін асыру деп есептеледі
// param: violationArticles list<string> = domain.violationArticles — articles of the Code of Administrative Offences counted as violations
// param.ru: violationArticles — статьи КоАП, которые учитываются как нарушения
// param.kk: violationArticles — бұзушылық ретінде есептелетін ӘҚБтК баптары
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: значительная часть приглашённых или принятых этим лицом иностранцев затем была оштрафована или выдворена либо оставалась в стране после окончания срока пребывания
// hit.kk: осы тұлға шақырған немесе қабылдаған шетелдіктердің едәуір бөлігіне кейін айыппұл салынды немесе олар елден шығарылды, не болу мерзімі өткеннен кейін де елде қалды
// hit.en: a large share of the foreigners the party invited or hosted were later fined or expelled, or were still seen after their stay ended
// weight: 0.9
// why.ru: из {n, plural, one {# приглашённого или принятого иностранца} other {# приглашённых или принятых иностранцев}} у {bad} позже выявлены нарушения закона о миграции или превышение срока пребывания
// why.kk: шақырылған немесе қабылданған {n} шетелдіктің ішінен {bad} адам кейін көші-қон заңын бұзды немесе мерзімнен артық қалды
// why.en: of {n, plural, one {# foreigner} other {# foreigners}} invited or hosted, {bad} later broke migration law or overstayed
// evidence.ru: {src} {kind, select, violation {ст. {article}} other {после окончания срока {stayEndDate}}}
// evidence.kk: {src} {kind, select, violation {{article}-бап} other {болу мерзімі {stayEndDate} аяқталғаннан кейін}}
// evidence.en: {src} {kind, select, violation {Art. {article}} other {after the stay ended on {stayEndDate}}}
MATCH (p:Person|Organization)<-[:INVITER|HOST]-(e:Invitation|Registration)-[:FOREIGNER]->(f:Foreigner)
WITH p, f, min(e.date) AS since
WITH p, collect({f: f, since: since}) AS links
WHERE size(links) >= $minForeigners
CALL (links) {
  UNWIND links AS l
  WITH l.f AS f, l.since AS since
  OPTIONAL CALL (f, since) {
    MATCH (f)<-[:FOREIGNER]-(v:Violation)
    WHERE v.date >= since AND split(v.article, '-')[0] IN $violationArticles
    RETURN {src: v.srcFile + ':' + toString(toInteger(v.srcLine)), kind: 'violation', article: v.article} AS fact
    ORDER BY v.date LIMIT 1
  }
  OPTIONAL CALL (f, since, fact) {
    WITH f, since, fact WHERE fact IS NULL
    MATCH (f)<-[:FOREIGNER]-(r:Registration)
    WHERE r.stayUntil IS NOT NULL AND r.date >= since
    WITH f, max(r.stayUntil) AS until
    MATCH (f)<-[:FOREIGNER]-(later:Employment|Trip|Violation|Crossing)
    WHERE later.date > until + duration({days: $graceDays})
      AND NOT (later:Crossing AND later.direction = 'entry')
    RETURN {src: later.srcFile + ':' + toString(toInteger(later.srcLine)), kind: 'overstay', stayEndDate: toString(until)} AS overstay
    ORDER BY later.date LIMIT 1
  }
  WITH f, coalesce(fact, overstay) AS bad
  RETURN collect(CASE WHEN bad IS NOT NULL THEN f END) AS badOnes, collect(bad) AS evidence
}
WITH p, links, badOnes, evidence, size(badOnes) AS bad, toFloat(size(badOnes)) / size(links) AS rate
WHERE bad >= $minBad AND rate >= $minBadRate
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS subject,
       (1 - exp(-toFloat(bad) / 4)) * (0.5 + 0.5 * rate) AS score,
       evidence[..$maxEvidence] AS evidence,
       [CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END] +
         [f IN badOnes | 'foreigner:' + f.id] AS members,
       {n: size(links), bad: bad} AS facts
