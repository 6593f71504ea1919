import type { ParamValue, PatternInfo, PatternParam, PatternParamType } from './types.js';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Templates } from './reasons.js';
import { PatternHeaderError } from './errors.js';

/** A parsed header; `why` templates render a hit's `facts` into a plain-language reason. */
export interface ParsedPattern extends PatternInfo {
  why: Templates;
  /** Parameters whose default is `domain.<key>` (resolved from config/domain.json at run time). */
  domainDefaults: Record<string, string>;
}

const PARAM_TYPES: readonly PatternParamType[] = ['int', 'float', 'string', 'date', 'list<string>'];
const PARAM_LINE = /^(\w+)\s+(int|float|string|date|list<string>)\s*=\s*(.+?)\s+(?:—|--|-)\s+(.+)$/;
const REQUIRED = ['id', 'title.ru', 'title.kk', 'title.en', 'legal', 'hit', 'weight'] as const;

/**
 * Parses the `//` header of a pattern file (the cross-team contract): `// key: value` lines
 * before the first non-comment line; `param:` may repeat.
 */
export function parsePatternHeader(file: string, text: string): ParsedPattern {
  const fields = new Map<string, string>();
  const params: PatternParam[] = [];
  const domainDefaults: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const body = line.slice(2).trim();
    const colon = body.indexOf(':');
    if (colon < 0) continue;
    const key = body.slice(0, colon).trim();
    const value = body.slice(colon + 1).trim();
    if (key === 'param') {
      const param = parseParam(file, i + 1, value);
      if (typeof param.default === 'string' && param.default.startsWith('domain.')) {
        domainDefaults[param.name] = param.default.slice('domain.'.length);
      }
      params.push(param);
    } else if (/^[\w.]+$/.test(key)) {
      if (key.startsWith('why.')) checkWhy(file, i + 1, key, value);
      fields.set(key, value);
    }
  }
  for (const key of REQUIRED) {
    if (!fields.get(key)) throw new PatternHeaderError(file, 1, `missing "// ${key}:" line`);
  }
  const weight = Number(fields.get('weight'));
  if (!(weight > 0 && weight <= 1)) {
    throw new PatternHeaderError(
      file,
      1,
      `weight must be in (0, 1], got "${fields.get('weight')}"`,
    );
  }
  const title = (lang: string): string => fields.get(`title.${lang}`) ?? '';
  return {
    id: fields.get('id') ?? '',
    titles: { ru: title('ru'), kk: title('kk'), en: title('en') },
    legalBasis: fields.get('legal') ?? '',
    params,
    hit: fields.get('hit') ?? '',
    weight,
    text,
    why: {
      ru: fields.get('why.ru') ?? title('ru'),
      kk: fields.get('why.kk') ?? title('kk'),
      en: fields.get('why.en') ?? title('en'),
    },
    domainDefaults,
  };
}

/** A `why` line is an ICU message (counts as plurals): a broken one fails the load, not a lead. */
function checkWhy(file: string, line: number, key: string, value: string): void {
  try {
    new IntlMessageFormat(value, key.slice('why.'.length), undefined, { ignoreTag: true });
  } catch (error) {
    throw new PatternHeaderError(
      file,
      line,
      `${key} is not an ICU message: ${(error as Error).message}`,
    );
  }
}

function parseParam(file: string, line: number, value: string): PatternParam {
  const match = PARAM_LINE.exec(value);
  if (!match) {
    throw new PatternHeaderError(
      file,
      line,
      `param line must read "<name> <${PARAM_TYPES.join('|')}> = <default> — <description>"`,
    );
  }
  const [, name = '', type = 'string', raw = '', description = ''] = match;
  const paramType = type as PatternParamType;
  if (raw.startsWith('domain.')) return { name, type: paramType, default: raw, description };
  try {
    return { name, type: paramType, default: parseValue(paramType, raw), description };
  } catch (error) {
    throw new PatternHeaderError(file, line, `default of "${name}": ${(error as Error).message}`);
  }
}

/** Parses a header default or a textual parameter value of the given type. */
export function parseValue(type: PatternParamType, raw: string): ParamValue {
  switch (type) {
    case 'int': {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new Error(`"${raw}" is not an integer`);
      return n;
    }
    case 'float': {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`"${raw}" is not a number`);
      return n;
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new Error(`"${raw}" is not a YYYY-MM-DD date`);
      return raw;
    case 'list<string>': {
      const list: unknown = JSON.parse(raw);
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
        throw new Error(`"${raw}" is not a JSON list of strings`);
      }
      return list as string[];
    }
    case 'string':
      return raw.replace(/^"(.*)"$/, '$1');
  }
}
