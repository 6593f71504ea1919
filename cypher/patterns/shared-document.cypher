// id: shared-document
// title.ru: Один документ использовали разные люди
// title.kk: Бір құжатты әртүрлі адамдар пайдаланған
// title.en: One travel document used by different people
// legal: ст. 394 УК РК (поддельные документы); Правила № 195, п. 6 пп. 1 (недействительные или выданные с нарушением документы, удостоверяющие личность)
// legal.kk: ҚР ҚК 394-бабы (жалған құжаттар); № 195 Қағидалар, 6-тармақ 1-тармақша (жарамсыз немесе бұзушылықпен берілген жеке басын куәландыратын құжаттар)
// legal.en: Art. 394 of the Criminal Code of the RK (forged documents); MVD Order No. 195 Rules, para. 6(1) (invalid or improperly issued identity documents)
// param: minHolders int = 2 — distinct foreigners seen with the same document
// param.ru: minHolders — число разных иностранцев, у которых встречается один и тот же документ
// param.kk: minHolders — бір құжатпен кездескен әртүрлі шетелдіктер саны
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: один и тот же паспорт встречается в записях разных иностранцев (по имени и дате рождения); указаны лица, которые их приглашали, принимали или перевозили. Два владельца часто означают опечатку одного сотрудника, поэтому оценка низкая (0,39); три владельца дают 0,86, четыре и более — около 1
// hit.kk: бір төлқұжат әртүрлі шетелдіктердің жазбаларында кездеседі (аты-жөні мен туған күні бойынша); оларды шақырған, қабылдаған немесе тасымалдаған тұлғалар көрсетілген. Екі иесі көбінесе бір қызметкердің қате теруі болып шығады, сондықтан бағасы төмен (0,39); үш иесі 0,86 береді, төрт және одан көп — 1-ге жуық
// hit.en: the same passport appeared on records of different foreigners (by name and birth date); the parties who invited, hosted or carried them are listed. Two holders are often one clerk's typing error, so they score low (0.39); three score 0.86 and four or more near 1
// weight: 0.7
// why.ru: один паспорт {document} {holders, plural, one {использовал # человек} few {использовали # разных человека} many {использовали # разных человек} other {использовали # разных человека}}
// why.kk: бір {document} төлқұжатын {holders} түрлі адам пайдаланды
// why.en: passport {document} was used by {holders, plural, one {# person} other {# different people}}
// evidence.ru: {src} {kind, select, conflict {конфликт документа} other {документ {document}}}
// evidence.kk: {src} {kind, select, conflict {құжат қайшылығы} other {{document} құжаты}}
// evidence.en: {src} {kind, select, conflict {document conflict} other {document {document}}}
MATCH (d:Document)<-[:DOCUMENT]-(e:Event)-[:FOREIGNER]->(f:Foreigner)
WITH d, collect(DISTINCT f) AS holders, collect(e) AS events
WHERE size(holders) >= $minHolders
CALL (events) {
  UNWIND events AS e
  MATCH (e)-[:INVITER|HOST|CARRIER|EMPLOYER|PETITIONER]->(p:Person|Organization)
  RETURN collect(DISTINCT CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END) AS parties
}
OPTIONAL CALL (d) {
  MATCH (d)<-[:ON_DOCUMENT]-(c:DocumentConflict)
  RETURN collect({src: c.srcFile + ':' + toString(toInteger(c.srcLine)), kind: 'conflict'}) AS conflicts
}
RETURN 'document:' + d.key AS subject,
       1 - exp(-toFloat((size(holders) - 1) ^ 2) / 2) AS score,
       (coalesce(conflicts, []) + [e IN events | {src: e.srcFile + ':' + toString(toInteger(e.srcLine)), kind: 'record', document: d.key}])[..$maxEvidence] AS evidence,
       ['document:' + d.key] + parties + [f IN holders | 'foreigner:' + f.id] AS members,
       {document: d.key, holders: size(holders)} AS facts
