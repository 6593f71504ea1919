import type { ParamValue, PatternInfo, PatternParam, PatternParamType } from './types.js';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, Templates } from './reasons.js';
import { PatternHeaderError } from './errors.js';

/**
 * A parsed header; `why` templates render a hit's `facts` into a plain-language reason,
 * `evidence` templates each of its evidence items into a line (`evidence.ts`).
 */
export interface ParsedPattern extends PatternInfo {
  why: Templates;
  evidence: Templates;
  /** Parameters whose default is `domain.<key>` (resolved from config/domain.json at run time). */
  domainDefaults: Record<string, string>;
}

const PARAM_TYPES: readonly PatternParamType[] = ['int', 'float', 'string', 'date', 'list<string>'];
const PARAM_LINE = /^(\w+)\s+(int|float|string|date|list<string>)\s*=\s*(.+?)\s+(?:—|--|-)\s+(.+)$/;
const REQUIRED = [
  'id',
  'title.ru',
  'title.kk',
  'title.en',
  'legal.ru',
  'legal.kk',
  'legal.en',
  'hit.ru',
  'hit.kk',
  'hit.en',
  'weight',
  'evidence.ru',
  'evidence.kk',
  'evidence.en',
] as const;
/** Lines that are ICU messages: a broken one fails the load, not a lead. */
const MESSAGE_KEY = /^(why|evidence)\.(ru|kk|en)$/;
/** `param.ru: <name> — <description>`: a declared parameter in the language of the key. */
const PARAM_TEXT_KEY = /^param\.(ru|kk)$/;
const PARAM_TEXT_LINE = /^(\w+)\s+(?:—|--|-)\s+(.+)$/;
type ParamTextLang = 'ru' | 'kk';

interface ParamText {
  lang: ParamTextLang;
  line: number;
  value: string;
}

/**
 * Parses the `//` header of a pattern file (the cross-team contract): `// key: value` lines
 * before the first non-comment line; `param:`, `param.ru:` and `param.kk:` may repeat.
 */
export function parsePatternHeader(file: string, text: string): ParsedPattern {
  const fields = new Map<string, string>();
  const declared: { param: PatternParam; line: number }[] = [];
  const paramTexts: ParamText[] = [];
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
      if (declared.some((d) => d.param.name === param.name)) {
        throw new PatternHeaderError(file, i + 1, `parameter "${param.name}" is declared twice`);
      }
      if (typeof param.default === 'string' && param.default.startsWith('domain.')) {
        domainDefaults[param.name] = param.default.slice('domain.'.length);
      }
      declared.push({ param, line: i + 1 });
    } else if (PARAM_TEXT_KEY.test(key)) {
      paramTexts.push({ lang: key.slice('param.'.length) as ParamTextLang, line: i + 1, value });
    } else if (/^[\w.]+$/.test(key)) {
      if (MESSAGE_KEY.test(key)) checkMessage(file, i + 1, key, value);
      // `legal:` is the Russian one, as the files were first written.
      fields.set(key === 'legal' ? 'legal.ru' : key, value);
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
  const byLang = (prefix: string, fallback?: Templates): Templates => {
    const of = (lang: Lang): string => fields.get(`${prefix}.${lang}`) ?? fallback?.[lang] ?? '';
    return { ru: of('ru'), kk: of('kk'), en: of('en') };
  };
  const titles = byLang('title');
  return {
    id: fields.get('id') ?? '',
    titles,
    legalBasis: byLang('legal'),
    params: describeParams(file, declared, paramTexts),
    meaning: byLang('hit'),
    weight,
    text,
    why: byLang('why', titles),
    evidence: byLang('evidence'),
    domainDefaults,
  };
}

/** `why` and `evidence` lines are ICU messages (counts as plurals, kinds as selects). */
function checkMessage(file: string, line: number, key: string, value: string): void {
  try {
    new IntlMessageFormat(value, key.slice(key.indexOf('.') + 1), undefined, { ignoreTag: true });
  } catch (error) {
    throw new PatternHeaderError(
      file,
      line,
      `${key} is not an ICU message: ${(error as Error).message}`,
    );
  }
}

/**
 * Gives each declared parameter its `param.ru/kk` descriptions (in any order after or among
 * the `param:` lines); a description of an undeclared parameter is a typo, not a new one.
 */
function describeParams(
  file: string,
  declared: readonly { param: PatternParam; line: number }[],
  texts: readonly ParamText[],
): PatternParam[] {
  const names = new Set(declared.map(({ param }) => param.name));
  const given = new Map<string, string>();
  for (const { lang, line, value } of texts) {
    const match = PARAM_TEXT_LINE.exec(value);
    if (!match) {
      throw new PatternHeaderError(
        file,
        line,
        `param.${lang} line must read "<name> — <description>"`,
      );
    }
    const [, name = '', description = ''] = match;
    if (!names.has(name)) {
      throw new PatternHeaderError(
        file,
        line,
        `param.${lang} names no declared parameter "${name}"`,
      );
    }
    if (given.has(`${lang}:${name}`)) {
      throw new PatternHeaderError(file, line, `param.${lang} of "${name}" is given twice`);
    }
    given.set(`${lang}:${name}`, description);
  }
  return declared.map(({ param, line }) => {
    const of = (lang: ParamTextLang): string => {
      const description = given.get(`${lang}:${param.name}`);
      if (description) return description;
      throw new PatternHeaderError(
        file,
        line,
        `missing "// param.${lang}: ${param.name} — …" line`,
      );
    };
    return { ...param, description: { ...param.description, ru: of('ru'), kk: of('kk') } };
  });
}

/** A `param:` line; its description is the English one (`param.ru/kk` lines add the others). */
function parseParam(file: string, line: number, value: string): PatternParam {
  const match = PARAM_LINE.exec(value);
  if (!match) {
    throw new PatternHeaderError(
      file,
      line,
      `param line must read "<name> <${PARAM_TYPES.join('|')}> = <default> — <description>"`,
    );
  }
  const [, name = '', type = 'string', raw = '', en = ''] = match;
  const paramType = type as PatternParamType;
  const description = { ru: '', kk: '', en };
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
