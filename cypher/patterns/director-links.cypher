// id: director-links
// title.ru: Руководитель или учредитель связывает несколько приглашающих, принимающих или нанимающих сторон
// title.kk: Басшы немесе құрылтайшы бірнеше шақырушы, қабылдаушы немесе жалдаушы тарапты байланыстырады
// title.en: Director or founder linking several inviting, hosting or employing parties
// legal: ст. 394 ч. 2 УК РК (группа лиц по предварительному сговору); Правила № 195, п. 6 пп. 1 (юридические и физические лица, причастные к организации незаконной миграции), п. 9 (организаторы, активные члены, участники и пособники)
// legal.kk: ҚР ҚК 394-бабының 2-бөлігі (алдын ала сөз байласу бойынша адамдар тобы); № 195 Қағидалар, 6-тармақ 1-тармақша (заңсыз көші-қонды ұйымдастыруға қатысы бар заңды және жеке тұлғалар), 9-тармақ (ұйымдастырушылар, белсенді мүшелер, қатысушылар және көмектесушілер)
// legal.en: Art. 394 part 2 of the Criminal Code of the RK (a group of persons acting in prior conspiracy); MVD Order No. 195 Rules, para. 6(1) (legal entities and individuals involved in organising illegal migration), para. 9 (organisers, active members, participants and accomplices)
// param: minParties int = 2 — active parties (firms the person directs or founded, plus the person) that invite, host, employ or petition for foreigners
// param.ru: minParties — число активных сторон (фирмы, которыми лицо руководит или которые оно учредило, и само лицо), приглашающих, принимающих, нанимающих иностранцев или ходатайствующих за них
// param.kk: minParties — шетелдіктерді шақыратын, қабылдайтын, жұмысқа алатын немесе олар үшін өтініш беретін белсенді тараптар (тұлға басқаратын немесе құрған фирмалар және тұлғаның өзі) саны
// param: minForeigners int = 5 — foreigners handled by those parties together
// param.ru: minForeigners — число иностранцев, которых эти стороны в совокупности приглашали, принимали, нанимали или за которых ходатайствовали
// param.kk: minForeigners — осы тараптар бірлесіп шақырған, қабылдаған, жұмысқа алған немесе олар үшін өтініш берген шетелдіктер саны
// param: hubActivities list<string> = domain.legitimateHubs.activities — activities of firms that handle many foreigners legitimately
// param.ru: hubActivities — виды деятельности фирм, правомерно работающих с большим числом иностранцев
// param.kk: hubActivities — көптеген шетелдіктермен заңды түрде жұмыс істейтін фирмалардың қызмет түрлері
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: одно лицо является директором или учредителем нескольких фирм (или действует и лично), которые вместе приглашают, принимают, нанимают многих иностранцев или ходатайствуют за них
// hit.kk: бір тұлға бірнеше фирманың директоры немесе құрылтайшысы (немесе өзі де жеке әрекет етеді), ал бұл фирмалар бірге көптеген шетелдіктерді шақырады, қабылдайды, жұмысқа алады немесе олар үшін өтініш береді
// hit.en: one person directs or founded several firms (or is also active personally) that together invite, host, employ or petition for many foreigners
// weight: 0.9
// why.ru: директор или учредитель {firms, plural, one {# фирмы, которая} few {# фирм, которые} many {# фирм, которые} other {# фирмы, которые}} вместе с этим участником {firms, plural, one {пригласила, приняла или наняла} other {пригласили, приняли или наняли}} {foreigners, plural, one {# иностранца} few {# иностранцев} many {# иностранцев} other {# иностранца}}
// why.kk: {firms} фирманың директоры немесе құрылтайшысы, олар онымен бірге {foreigners} шетелдікті шақырды, қабылдады немесе жалдады
// why.en: director or founder of {firms, plural, one {# firm} other {# firms}} that together with this member invited, hosted or employed {foreigners, plural, one {# foreigner} other {# foreigners}}
// evidence.ru: {src} {link, select, director {директор} other {учредитель}} фирмы {bin}
// evidence.kk: {src} {bin} фирмасының {link, select, director {директоры} other {құрылтайшысы}}
// evidence.en: {src} {link, select, director {director} other {founder}} of firm {bin}
MATCH (o:Organization)-[link:DIRECTOR|FOUNDER]->(p:Person)
WHERE EXISTS { (o)<-[:INVITER|HOST|EMPLOYER|PETITIONER]-(:Event) }
  AND NOT toLower(coalesce(o.activity, '')) IN $hubActivities
WITH p, collect(DISTINCT o) AS firms,
     collect({src: link.srcFile + ':' + toString(toInteger(link.srcLine)), link: toLower(type(link)), bin: o.bin}) AS links
WITH p, firms, links,
     EXISTS { (p)<-[:INVITER|HOST|EMPLOYER|PETITIONER]-(:Event) } AS selfActive
WHERE size(firms) + CASE WHEN selfActive THEN 1 ELSE 0 END >= $minParties
CALL (p, firms, selfActive) {
  UNWIND firms + CASE WHEN selfActive THEN [p] ELSE [] END AS party
  MATCH (party)<-[:INVITER|HOST|EMPLOYER|PETITIONER]-(e:Event)-[:FOREIGNER]->(f:Foreigner)
  RETURN collect(DISTINCT f) AS foreigners
}
WITH p, firms, links, foreigners WHERE size(foreigners) >= $minForeigners
RETURN 'person:' + p.iin AS subject,
       (1 - exp(-toFloat(size(firms)) / 2)) * (1 - exp(-toFloat(size(foreigners)) / 15)) AS score,
       links[..$maxEvidence] AS evidence,
       ['person:' + p.iin] + [o IN firms | 'organization:' + o.bin] AS members,
       {firms: size(firms), foreigners: size(foreigners)} AS facts
