export { transliterate, hasCyrillic } from './transliterate.js';
export { nameKey, foldName } from './name-key.js';
export { searchText } from './search-text.js';
export { normalizeAddress, type NormalizedAddress } from './address.js';
export { normalizePhone } from './phone.js';
export { normalizePlate, normalizePassportNo } from './codes.js';
export { formatMessage } from './message.js';
export { countryName } from './country.js';
export { formatDay } from './date.js';
