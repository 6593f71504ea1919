import type { Rng } from './rng.js';

/** Cities with their Russian and Kazakh names and the region code of their plates. */
export interface City {
  ru: string;
  kk: string;
  plateRegion: string;
}

export const CITIES: readonly City[] = [
  { ru: 'Алматы', kk: 'Алматы', plateRegion: '02' },
  { ru: 'Астана', kk: 'Астана', plateRegion: '01' },
  { ru: 'Шымкент', kk: 'Шымкент', plateRegion: '17' },
  { ru: 'Караганда', kk: 'Қарағанды', plateRegion: '09' },
  { ru: 'Актобе', kk: 'Ақтөбе', plateRegion: '04' },
  { ru: 'Атырау', kk: 'Атырау', plateRegion: '06' },
  { ru: 'Тараз', kk: 'Тараз', plateRegion: '08' },
  { ru: 'Павлодар', kk: 'Павлодар', plateRegion: '14' },
  { ru: 'Усть-Каменогорск', kk: 'Өскемен', plateRegion: '16' },
  { ru: 'Костанай', kk: 'Қостанай', plateRegion: '10' },
  { ru: 'Туркестан', kk: 'Түркістан', plateRegion: '13' },
  { ru: 'Уральск', kk: 'Орал', plateRegion: '07' },
  { ru: 'Актау', kk: 'Ақтау', plateRegion: '12' },
  { ru: 'Петропавловск', kk: 'Петропавл', plateRegion: '15' },
  { ru: 'Конаев', kk: 'Қонаев', plateRegion: '05' },
];

/** Where people live: weights roughly follow population. */
const CITY_WEIGHTS: readonly (readonly [City, number])[] = CITIES.map((c, i) => [
  c,
  [22, 16, 14, 6, 5, 4, 4, 4, 4, 3, 3, 3, 3, 2, 3][i] ?? 1,
]);

export function pickCity(rng: Rng): City {
  return rng.weighted(CITY_WEIGHTS);
}

export function cityByName(ru: string): City {
  const city = CITIES.find((c) => c.ru === ru);
  if (!city) throw new RangeError(`synth: unknown city ${ru}`);
  return city;
}

type StreetType = 'street' | 'avenue' | 'district';
interface Street {
  type: StreetType;
  /** Genitive Russian form used after «ул.» (Абая). */
  ru: string;
  /** Kazakh nominative form (Абай). */
  kk: string;
}

const STREETS: readonly Street[] = [
  { type: 'street', ru: 'Абая', kk: 'Абай' },
  { type: 'street', ru: 'Сейфуллина', kk: 'Сейфуллин' },
  { type: 'street', ru: 'Толе би', kk: 'Төле би' },
  { type: 'street', ru: 'Пушкина', kk: 'Пушкин' },
  { type: 'street', ru: 'Гагарина', kk: 'Гагарин' },
  { type: 'street', ru: 'Жамбыла', kk: 'Жамбыл' },
  { type: 'street', ru: 'Байтурсынова', kk: 'Байтұрсынұлы' },
  { type: 'street', ru: 'Кабанбай батыра', kk: 'Қабанбай батыр' },
  { type: 'street', ru: 'Ауэзова', kk: 'Әуезов' },
  { type: 'street', ru: 'Желтоксан', kk: 'Желтоқсан' },
  { type: 'street', ru: 'Богенбай батыра', kk: 'Бөгенбай батыр' },
  { type: 'street', ru: 'Кенесары', kk: 'Кенесары' },
  { type: 'street', ru: 'Сарыарка', kk: 'Сарыарқа' },
  { type: 'avenue', ru: 'Достык', kk: 'Достық' },
  { type: 'avenue', ru: 'Республики', kk: 'Республика' },
  { type: 'avenue', ru: 'Аль-Фараби', kk: 'Әл-Фараби' },
  { type: 'avenue', ru: 'Туран', kk: 'Тұран' },
  { type: 'district', ru: 'Самал-2', kk: 'Самал-2' },
  { type: 'district', ru: 'Аксай-4', kk: 'Ақсай-4' },
  { type: 'district', ru: 'Орбита-3', kk: 'Орбита-3' },
  { type: 'district', ru: 'Жетысу-2', kk: 'Жетісу-2' },
  { type: 'district', ru: 'Нурсат', kk: 'Нұрсат' },
  { type: 'district', ru: 'Шугыла', kk: 'Шұғыла' },
  { type: 'district', ru: 'Восток', kk: 'Шығыс' },
];

const ABBREVIATION: Readonly<Record<StreetType, { ru: string; kk: string }>> = {
  street: { ru: 'ул.', kk: 'көш.' },
  avenue: { ru: 'пр.', kk: 'даң.' },
  district: { ru: 'мкр.', kk: 'ш.а.' },
};

/** One real place; rendered as text in several notations, and with its РКА or without. */
export interface Address {
  rka: string;
  city: City;
  street: Street;
  house: number;
  /** Flat number; null for a private house, a site or an office building. */
  flat: number | null;
}

export function newAddress(rng: Rng, rka: string, city: City, withFlat: boolean): Address {
  return {
    rka,
    city,
    street: rng.pick(STREETS),
    house: rng.int(1, 180),
    flat: withFlat ? rng.int(1, 240) : null,
  };
}

export type AddressStyle = 'ru' | 'ru-compact' | 'kk' | 'upper';

/** The register's own notation (what the truth file names). */
export function canonicalAddressText(a: Address): string {
  return renderAddress(a, 'ru');
}

export function renderAddress(a: Address, style: AddressStyle): string {
  const ab = ABBREVIATION[a.street.type];
  switch (style) {
    case 'ru':
      return `г. ${a.city.ru}, ${ab.ru} ${a.street.ru}, д. ${a.house}${a.flat === null ? '' : `, кв. ${a.flat}`}`;
    case 'ru-compact':
      return `г.${a.city.ru}, ${ab.ru}${a.street.ru} ${a.house}${a.flat === null ? '' : `-${a.flat}`}`;
    case 'kk':
      return `${a.city.kk} қ., ${a.street.kk} ${ab.kk}, ${a.house} үй${a.flat === null ? '' : `, ${a.flat} пәтер`}`;
    case 'upper':
      return `${a.city.ru}, ${ab.ru} ${a.street.ru} ${a.house}${a.flat === null ? '' : ` КВ ${a.flat}`}`.toUpperCase();
  }
}

/** How an address is written on an event row: usually with its РКА, sometimes free text only. */
export function addressCells(rng: Rng, a: Address, rkaShare = 0.6): { text: string; rka: string } {
  const style = rng.weighted<AddressStyle>([
    ['ru', 5],
    ['ru-compact', 2],
    ['kk', 2],
    ['upper', 1],
  ]);
  return { text: renderAddress(a, style), rka: rng.chance(rkaShare) ? a.rka : '' };
}

/** Border checkpoints: name, transport mode, neighbouring country. */
export interface Checkpoint {
  name: string;
  mode: 'air' | 'rail' | 'road' | 'foot';
  neighbour: string | null;
}

export const CHECKPOINTS: Readonly<Record<string, Checkpoint>> = {
  ALA: { name: 'Аэропорт Алматы', mode: 'air', neighbour: null },
  NQZ: { name: 'Аэропорт Астана', mode: 'air', neighbour: null },
  CIT: { name: 'Аэропорт Шымкент', mode: 'air', neighbour: null },
  SCO: { name: 'Аэропорт Актау', mode: 'air', neighbour: null },
  saryagash: { name: 'Сарыағаш (ж/д)', mode: 'rail', neighbour: 'UZB' },
  dostyk: { name: 'Достық (ж/д)', mode: 'rail', neighbour: 'CHN' },
  petropavl: { name: 'Петропавл (ж/д)', mode: 'rail', neighbour: 'RUS' },
  lugovaya: { name: 'Луговая (ж/д)', mode: 'rail', neighbour: 'KGZ' },
  zhibek: { name: 'Жібек жолы', mode: 'road', neighbour: 'UZB' },
  kazygurt: { name: 'Қазығұрт', mode: 'road', neighbour: 'UZB' },
  korday: { name: 'Қордай', mode: 'road', neighbour: 'KGZ' },
  akzhol: { name: 'Ақжол', mode: 'road', neighbour: 'KGZ' },
  nurzholy: { name: 'Нұр Жолы (Қорғас)', mode: 'road', neighbour: 'CHN' },
  zhaisan: { name: 'Жайсаң', mode: 'road', neighbour: 'RUS' },
  syrym: { name: 'Сырым', mode: 'road', neighbour: 'RUS' },
  karakoga: { name: 'Қарақоға', mode: 'road', neighbour: 'RUS' },
};

export function checkpoint(id: string): Checkpoint {
  const found = CHECKPOINTS[id];
  if (!found) throw new RangeError(`synth: unknown checkpoint ${id}`);
  return found;
}

/** The checkpoint a land traveller from a neighbouring country uses. */
export function landCheckpointFor(rng: Rng, neighbour: string, mode: 'rail' | 'road'): Checkpoint {
  const options = Object.values(CHECKPOINTS).filter(
    (c) => c.neighbour === neighbour && c.mode === mode,
  );
  return options.length > 0 ? rng.pick(options) : checkpoint('zhibek');
}

export function airport(rng: Rng): Checkpoint {
  return rng.weighted<Checkpoint>([
    [checkpoint('ALA'), 6],
    [checkpoint('NQZ'), 4],
    [checkpoint('CIT'), 1],
    [checkpoint('SCO'), 1],
  ]);
}
