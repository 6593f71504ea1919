// id: repeat-petitioner
// title.ru: Повторные ходатайства о временном проживании от одного лица
// title.kk: Бір тұлғадан уақытша тұруға қайталанған өтініштер
// title.en: Repeated temporary-residence petitions by one party
// legal: ст. 394 УК РК; Правила № 195, п. 11 пп. 8 (лица, неоднократно ходатайствующие о выдаче разрешения на временное проживание иностранцам)
// legal.kk: ҚР ҚК 394-бабы; № 195 Қағидалар, 11-тармақ 8-тармақша (шетелдіктерге уақытша тұруға рұқсат беру туралы бірнеше рет өтініш жасайтын тұлғалар)
// legal.en: Art. 394 of the Criminal Code of the RK; MVD Order No. 195 Rules, para. 11(8) (persons repeatedly petitioning for temporary residence permits for foreigners)
// param: minForeigners int = 3 — distinct foreigners petitioned for before a party is a hit
// param.ru: minForeigners — число разных иностранцев, за которых поданы ходатайства, начиная с которого шаблон срабатывает на лицо
// param.kk: minForeigners — өтініш берілген әртүрлі шетелдіктер саны, одан бастап тұлға үлгіге сәйкес келеді
// param: familyShare float = domain.legitimateHubs.minFamilySharedSurname — share of foreigners with one surname that marks a family petitioning for relatives
// param.ru: familyShare — доля иностранцев с одной фамилией, по которой признаётся, что семья ходатайствует за родственников
// param.kk: familyShare — отбасы туыстары үшін өтініш береді деп танылатын бір тектес шетелдіктердің үлесі
// param: maxEvidence int = 30 — evidence lines kept per hit
// param.ru: maxEvidence — наибольшее число строк доказательств по одному срабатыванию
// param.kk: maxEvidence — бір сәйкестік бойынша сақталатын дәлел жолдарының ең көп саны
// hit.ru: лицо подало ходатайства о временном проживании не менее чем за minForeigners иностранцев, не являющихся его родственниками
// hit.kk: тұлға өзінің туысы емес кемінде minForeigners шетелдік үшін уақытша тұруға рұқсат туралы өтініш берді
// hit.en: the party petitioned for temporary residence of at least minForeigners foreigners who are not its relatives
// weight: 0.6
// why.ru: подано {n, plural, one {# ходатайство} few {# ходатайства} many {# ходатайств} other {# ходатайства}} о ВНЖ за {foreigners, plural, one {# иностранца} other {# иностранцев}}, {refused, plural, =0 {отказов нет} one {в # случае отказано} other {в # случаях отказано}}
// why.kk: {foreigners} шетелдік үшін {n} уақытша тұруға рұқсат өтінішін берді, {refused} бас тартылды
// why.en: filed {n, plural, one {# residence petition} other {# residence petitions}} for {foreigners, plural, one {# foreigner} other {# foreigners}}, {refused} refused
// evidence.ru: {src} ходатайство{outcome, select, refused {: отказано} granted {: удовлетворено} pending {: на рассмотрении} other {}}
// evidence.kk: {src} өтініш{outcome, select, refused {: бас тартылды} granted {: қанағаттандырылды} pending {: қаралуда} other {}}
// evidence.en: {src} petition{outcome, select, refused {: refused} granted {: granted} pending {: pending} other {}}
MATCH (p:Person|Organization)<-[:PETITIONER]-(pe:Petition)-[:FOREIGNER]->(f:Foreigner)
WITH p, collect(pe) AS petitions, collect(DISTINCT f) AS foreigners
WHERE size(foreigners) >= $minForeigners
CALL (foreigners) {
  UNWIND foreigners AS f
  WITH f.lastNameLat AS surname, count(*) AS c
  RETURN max(c) AS sameSurname
}
WITH p, petitions, foreigners, size([x IN petitions WHERE x.outcome = 'refused']) AS refused
WHERE toFloat(sameSurname) / size(foreigners) < $familyShare
RETURN CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END AS subject,
       (1 - exp(-toFloat(size(foreigners)) / 5)) * (0.7 + 0.3 * toFloat(refused) / size(petitions)) AS score,
       [x IN petitions | {src: x.srcFile + ':' + toString(toInteger(x.srcLine)), outcome: coalesce(x.outcome, '')}][..$maxEvidence] AS evidence,
       [CASE WHEN p:Person THEN 'person:' + p.iin ELSE 'organization:' + p.bin END] +
         [f IN foreigners | 'foreigner:' + f.id] AS members,
       {n: size(petitions), foreigners: size(foreigners), refused: refused} AS facts
