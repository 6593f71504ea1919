// id: shared-contact
// title.ru: Общий телефон или адрес у многих приглашающих или принимающих
// title.kk: Көптеген шақырушылар немесе қабылдаушылар үшін ортақ телефон немесе мекенжай
// title.en: A phone or address shared by many inviters or hosts
// legal: ст. 394 УК РК; Правила № 195, п. 6 пп. 1 (лица, причастные к организации незаконной миграции), п. 12 пп. 2 (лица, предоставляющие жильё и работу иностранцам)
// legal.kk: ҚР ҚК 394-бабы; № 195 Қағидалар, 6-тармақ 1-тармақша (заңсыз көші-қонды ұйымдастыруға қатысы бар тұлғалар), 12-тармақ 2-тармақша (шетелдіктерге тұрғын үй мен жұмыс беретін тұлғалар)
// legal.en: Art. 394 of the Criminal Code of the RK; MVD Order No. 195 Rules, para. 6(1) (persons involved in organising illegal migration), para. 12(2) (persons providing housing and work to foreigners)
// param: minParties int = 3 — active parties (inviting, hosting, employing or petitioning) sharing the phone or address
// param.ru: minParties — число активных сторон (приглашающих, принимающих, нанимающих или ходатайствующих) с общим телефоном или адресом
// param.kk: minParties — ортақ телефоны немесе мекенжайы бар белсенді тараптар (шақырушылар, қабылдаушылар, жұмыс берушілер немесе өтініш берушілер) саны
// param: hubActivities list<string> = domain.legitimateHubs.activities — activities of organisations ignored here (a university's staff share its switchboard)
// param.ru: hubActivities — виды деятельности организаций, которые здесь не учитываются (сотрудники вуза указывают общий телефон коммутатора)
// param.kk: hubActivities — мұнда ескерілмейтін ұйымдардың қызмет түрлері (ЖОО қызметкерлері ортақ коммутатор телефонын көрсетеді)
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: несколько лиц, которые приглашают, принимают, нанимают иностранцев или ходатайствуют за них, указывают один и тот же телефон либо проживают или зарегистрированы по одному адресу — признак подставных лиц, за которыми стоит один человек
// hit.kk: шетелдіктерді шақыратын, қабылдайтын, жұмысқа алатын немесе олар үшін өтініш беретін бірнеше тұлға бір телефонды көрсетеді не бір мекенжайда тұрады немесе тіркелген — бұл артында бір адам тұрған номиналды тұлғалардың белгісі
// hit.en: several parties that invite, host, employ or petition for foreigners give the same phone or live at / are registered at the same address — typical of nominees run by one person
// weight: 0.7
// why.ru: {parties, plural, one {# приглашающее или принимающее лицо указало} few {# приглашающих или принимающих лица указали} many {# приглашающих или принимающих лиц указали} other {# приглашающего или принимающего лица указали}} один и тот же контакт {contact}
// why.kk: {parties} шақырушы немесе қабылдаушы тұлға бірдей {contact} байланысын көрсетті
// why.en: {parties, plural, one {# inviting or hosting party} other {# inviting or hosting parties}} gave the same contact {contact}
// evidence.ru: {src} {link, select, has_phone {телефон} lives_at {проживает по адресу} other {юридический адрес}}
// evidence.kk: {src} {link, select, has_phone {телефон} lives_at {мекенжайда тұрады} other {заңды мекенжайы}}
// evidence.en: {src} {link, select, has_phone {phone} lives_at {lives at the address} other {legal address}}
MATCH (c)<-[link:HAS_PHONE|LIVES_AT|LEGAL_ADDRESS]-(p:Person|Organization)
WHERE (c:Phone OR c:Address)
  AND NOT (p:Organization AND toLower(coalesce(p.activity, '')) IN $hubActivities)
WITH c, collect(DISTINCT p) AS holders, collect(link) AS links
WITH c, holders, links,
     [h IN holders WHERE EXISTS { (h)<-[:INVITER|HOST|EMPLOYER|PETITIONER]-(:Event) }] AS active
WHERE size(active) >= $minParties
WITH c, holders, links, active,
     CASE WHEN c:Phone THEN 'phone:' + c.e164 ELSE 'address:' + c.key END AS subject
RETURN subject,
       1 - exp(-toFloat(size(active)) / 3) AS score,
       [l IN links WHERE l.srcFile IS NOT NULL | {src: l.srcFile + ':' + toString(toInteger(l.srcLine)), link: toLower(type(l))}][..$maxEvidence] AS evidence,
       [subject] + [h IN holders | CASE WHEN h:Person THEN 'person:' + h.iin ELSE 'organization:' + h.bin END] AS members,
       {parties: size(active), contact: coalesce(c.e164, c.text, c.key)} AS facts
