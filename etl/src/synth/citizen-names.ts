import type { Rng } from './rng.js';

/** Names of Kazakhstan's citizens as the population register writes them (Cyrillic). */
export interface CitizenName {
  lastName: string;
  firstName: string;
  middleName: string;
}

const KAZAKH_MALE = [
  'Нұрлан',
  'Ерлан',
  'Асқар',
  'Бауыржан',
  'Дәулет',
  'Ержан',
  'Қайрат',
  'Мұрат',
  'Серік',
  'Талғат',
  'Ғалым',
  'Жандос',
  'Әлихан',
  'Арман',
  'Айдос',
  'Нұрсұлтан',
  'Еркебұлан',
  'Данияр',
  'Ермек',
  'Темірлан',
  'Бақыт',
  'Санжар',
  'Әділет',
  'Мейірхан',
  'Ақжол',
  'Руслан',
  'Марат',
  'Болат',
  'Ильяс',
  'Олжас',
];
const KAZAKH_FEMALE = [
  'Айгүл',
  'Гүлнар',
  'Әсел',
  'Жанар',
  'Мөлдір',
  'Динара',
  'Айжан',
  'Сәуле',
  'Ақмарал',
  'Гүлжан',
  'Әйгерім',
  'Назерке',
  'Ұлжан',
  'Балжан',
  'Жұлдыз',
  'Аружан',
  'Іңкәр',
  'Дана',
  'Шынар',
  'Қарлығаш',
  'Меруерт',
  'Айнұр',
];
const KAZAKH_SURNAMES = [
  'Ахметов',
  'Сәрсенбаев',
  'Жақсылықов',
  'Қасымов',
  'Оспанов',
  'Төлеуов',
  'Серікбаев',
  'Мұхамеджанов',
  'Әбенов',
  'Жұмабаев',
  'Бекмұхамбетов',
  'Құрманғалиев',
  'Исабеков',
  'Омаров',
  'Байжанов',
  'Тәжібаев',
  'Ержанов',
  'Нұрпейісов',
  'Сұлтанов',
  'Әлімжанов',
  'Қожахметов',
  'Ысқақов',
  'Үсенов',
  'Шәкенов',
  'Иманғалиев',
  'Рахымжанов',
  'Тоқтаров',
  'Өмірзақов',
  'Бейсенов',
  'Мәдиев',
  'Смағұлов',
  'Есенов',
  'Қалиев',
  'Дүйсенбаев',
  'Жүнісов',
  'Әуезов',
  'Тұрсынов',
  'Кенжебеков',
  'Сейтқалиев',
  'Нұрғалиев',
];
const RUSSIAN_MALE: readonly (readonly [string, string])[] = [
  ['Алексей', 'Алексее'],
  ['Дмитрий', 'Дмитрие'],
  ['Сергей', 'Сергее'],
  ['Андрей', 'Андрее'],
  ['Владимир', 'Владимиро'],
  ['Игорь', 'Игоре'],
  ['Олег', 'Олего'],
  ['Евгений', 'Евгенье'],
  ['Виктор', 'Викторо'],
  ['Николай', 'Николае'],
  ['Александр', 'Александро'],
  ['Павел', 'Павло'],
  ['Юрий', 'Юрье'],
  ['Константин', 'Константино'],
];
const RUSSIAN_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Анна',
  'Юлия',
  'Мария',
  'Екатерина',
  'Людмила',
  'Галина',
];
const RUSSIAN_SURNAMES = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Лебедев',
  'Козлов',
  'Ким',
  'Цой',
  'Пак',
  'Шевченко',
  'Бондаренко',
  'Шмидт',
  'Вагнер',
  'Ли',
  'Гусейнов',
  'Юсупов',
];

/** Russian-style surnames change for women (Ахметов → Ахметова); Ким, Шевченко do not. */
export function feminineSurname(surname: string): string {
  return /(ов|ев|ёв|ин)$/.test(surname) ? `${surname}а` : surname;
}

export function kazakhSurnames(): readonly string[] {
  return KAZAKH_SURNAMES;
}

/** A male first name to derive a patronymic from. */
function fatherName(rng: Rng, kazakh: boolean): string {
  return kazakh ? rng.pick(KAZAKH_MALE) : rng.pick(RUSSIAN_MALE)[0];
}

function patronymic(rng: Rng, kazakh: boolean, sex: 'M' | 'F'): string {
  if (kazakh) {
    const father = fatherName(rng, true);
    // The register holds both traditions: Kazakh «ұлы/қызы» and Russian «-ович/-овна».
    if (rng.chance(0.45)) return father + (sex === 'M' ? 'ұлы' : 'қызы');
    return father + (sex === 'M' ? 'ович' : 'овна');
  }
  const [, stem] = rng.pick(RUSSIAN_MALE);
  return stem + (sex === 'M' ? 'вич' : 'вна');
}

export function citizenName(rng: Rng, sex: 'M' | 'F', surname?: string): CitizenName {
  const kazakh = surname ? KAZAKH_SURNAMES.includes(surname) : rng.chance(0.72);
  const base = surname ?? (kazakh ? rng.pick(KAZAKH_SURNAMES) : rng.pick(RUSSIAN_SURNAMES));
  const firstName = kazakh
    ? rng.pick(sex === 'M' ? KAZAKH_MALE : KAZAKH_FEMALE)
    : sex === 'M'
      ? rng.pick(RUSSIAN_MALE)[0]
      : rng.pick(RUSSIAN_FEMALE);
  return {
    lastName: sex === 'F' ? feminineSurname(base) : base,
    firstName,
    middleName: rng.chance(0.93) ? patronymic(rng, kazakh, sex) : '',
  };
}
