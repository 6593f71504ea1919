// id: frequent-inviter
// title.ru: Частый приглашающий иностранцев из стран миграционного риска
// title.kk: Көші-қон тәуекелі бар елдерден шетелдіктерді жиі шақырушы
// title.en: Frequent inviter of foreigners from migration-risk countries
// legal: ст. 394 УК РК; Правила № 195, п. 11 пп. 4 (лица, часто приглашающие иностранцев из стран миграционного риска)
// legal.kk: ҚР ҚК 394-бабы; № 195 Қағидалар, 11-тармақ 4-тармақша (көші-қон тәуекелі бар елдерден шетелдіктерді жиі шақыратын тұлғалар)
// legal.en: Art. 394 of the Criminal Code of the RK; MVD Order No. 195 Rules, para. 11(4) (persons who often invite foreigners from migration-risk countries)
// param: riskCountries list<string> = domain.riskCountries — citizenships counted as migration-risk (config/domain.json)
// param.ru: riskCountries — гражданства, относимые к странам миграционного риска (config/domain.json)
// param.kk: riskCountries — көші-қон тәуекелі бар елдерге жатқызылатын азаматтықтар (config/domain.json)
// param: minInvitees int = 5 — distinct risk-country foreigners invited before a party is a hit
// param.ru: minInvitees — число разных приглашённых иностранцев из стран риска, начиная с которого шаблон срабатывает на лицо
// param.kk: minInvitees — тәуекел елдерінен шақырылған әртүрлі шетелдіктер саны, одан бастап тұлға үлгіге сәйкес келеді
// param: violationArticles list<string> = domain.violationArticles — articles of the Code of Administrative Offences whose protocols mark an invitee as a violator
// param.ru: violationArticles — статьи КоАП, протокол по которым относит приглашённого к нарушителям
// param.kk: violationArticles — бойынша хаттама шақырылған адамды бұзушы деп белгілейтін ӘҚБтК баптары
// param: hubActivities list<string> = domain.legitimateHubs.activities — activities of organisations that invite many foreigners legitimately
// param.ru: hubActivities — виды деятельности организаций, правомерно приглашающих много иностранцев
// param.kk: hubActivities — көптеген шетелдіктерді заңды түрде шақыратын ұйымдардың қызмет түрлері
// param: frontRate float = domain.legitimateHubs.frontViolationRate — violator share at which a hub-like inviter counts as a possible front
// param.ru: frontRate — доля нарушителей, при которой приглашающий, похожий на крупное учреждение, считается возможным прикрытием
// param.kk: frontRate — ірі мекемеге ұқсас шақырушы ықтимал бүркеме деп есептелетін бұзушылар үлесі
// param: familyShare float = domain.legitimateHubs.minFamilySharedSurname — share of invitees with one surname that marks a family inviting relatives
// param.ru: familyShare — доля приглашённых с одной фамилией, по которой признаётся, что семья приглашает родственников
// param.kk: familyShare — отбасы туыстарын шақырады деп танылатын бір тектес шақырылғандардың үлесі
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: лицо пригласило не менее minInvitees иностранцев из стран миграционного риска и не является добросовестным вузом, гостиницей, перевозчиком или семьёй
// hit.kk: тұлға көші-қон тәуекелі бар елдерден кемінде minInvitees шетелдікті шақырды және адал жоғары оқу орны, қонақүй, тасымалдаушы немесе отбасы болып табылмайды
// hit.en: the party invited at least minInvitees foreigners from risk countries and is not a clean university, hotel, carrier or family
// weight: 0.5
// why.ru: {n, plural, one {приглашён # иностранец} few {приглашены # иностранца} many {приглашено # иностранцев} other {приглашено # иностранца}} из стран миграционного риска; у {violators} из них позже были нарушения
// why.kk: көші-қон тәуекелі бар елдерден {n} шетелдікті шақырды, олардың ішінен {violators} адам кейін бұзушылық жасады
// why.en: invited {n, plural, one {# foreigner} other {# foreigners}} from migration-risk countries, {violators} of them later violated
// evidence.ru: {src} приглашение, гражданство: {country}
// evidence.kk: {src} шақыру, азаматтығы: {country}
// evidence.en: {src} invitation, citizenship: {country}
MATCH (p:Person|Organization)<-[:INVITER]-(i:Invitation)-[:FOREIGNER]->(f:Foreigner)
WHERE f.citizenship IN $riskCountries
WITH p, collect(DISTINCT f) AS invitees,
     collect({src: i.srcFile + ':' + toString(toInteger(i.srcLine)), country: f.citizenship})[..$maxEvidence] AS evidence
WHERE size(invitees) >= $minInvitees
CALL (invitees) {
  UNWIND invitees AS f
  RETURN sum(CASE WHEN EXISTS {
      MATCH (f)<-[:FOREIGNER]-(v:Violation) WHERE split(v.article, '-')[0] IN $violationArticles
    } THEN 1 ELSE 0 END) AS violators
}
CALL (invitees) {
  UNWIND invitees AS f
  WITH f.lastNameLat AS surname, count(*) AS c
  RETURN max(c) AS sameSurname
}
WITH p, invitees, evidence, violators, size(invitees) AS n,
     toFloat(violators) / size(invitees) AS rate,
     toFloat(sameSurname) / size(invitees) AS surnameShare
WITH *, (p:Organization AND toLower(coalesce(p.activity, '')) IN $hubActivities)
        OR (p:Person AND surnameShare >= $familyShare) AS hubLike
WHERE NOT (hubLike AND rate < $frontRate)
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS subject,
       (1 - exp(-toFloat(n) / 10)) * (0.6 + 0.4 * CASE WHEN rate * 2 > 1 THEN 1 ELSE rate * 2 END) AS score,
       evidence,
       [CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END] +
         [f IN invitees | 'foreigner:' + f.id] AS members,
       {n: n, violators: violators} AS facts
