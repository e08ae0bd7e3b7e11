/**
 * Random bodies generated from a zod/mini schema, for the fuzz tests: `valid()` walks the schema's
 * definition (object shape, optional fields, enums, number bounds, string lengths and formats) and
 * builds a value it should accept; `mutate()` breaks one field of such a value in one of many ways.
 * Seeded (mulberry32), so a failing run is repeated exactly with the seed it prints.
 */
import type * as z from 'zod/mini';

export type Random = () => number;

/** A small, fast, seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fuzzer {
  constructor(readonly random: Random) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** Mostly short, sometimes at the limit: bugs live at the edges. */
  length(min: number, max: number): number {
    const roll = this.random();
    if (roll < 0.1) return min;
    if (roll < 0.2) return max;
    return this.int(min, Math.min(max, min + 40));
  }

  text(min: number, max: number, alphabet = TEXT): string {
    return Array.from({ length: this.length(min, max) }, () => this.pick(alphabet)).join('');
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.pick([...'0123456789abcdef']));
    hex[12] = '4';
    hex[16] = this.pick([...'89ab']);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  isoDate(): string {
    const day = `${this.int(2000, 2099)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
    return this.chance(0.3)
      ? day
      : `${day}T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:00.000${this.pick(['Z', '+03:00', '-0500'])}`;
  }

  page(): string {
    const path = this.text(0, 30, PATH).replace(/^/, '/');
    return `${this.pick(['https', 'http'])}://${this.pick(['portal.example', 'bahrain.bh', 'xn--mgbcpq6gpa1a.example', '127.0.0.1:8080'])}${path}${this.chance(0.3) ? '?cpr=850101234#top' : ''}`;
  }

  /** A value the schema accepts (barring refinements it cannot see, such as `noControls`, which TEXT respects). */
  valid(schema: z.core.$ZodType): unknown {
    const def = schema._zod.def as unknown as Definition;
    switch (def.type) {
      case 'object': {
        const value: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(def.shape!)) {
          if ((field._zod.def as unknown as Definition).type === 'optional' && this.chance(0.4)) continue;
          value[key] = this.valid(field);
        }
        return value;
      }
      case 'optional':
      case 'default':
        return this.valid(def.innerType!);
      case 'enum':
        return this.pick(Object.values(def.entries!));
      case 'literal':
        return this.pick(def.values!);
      case 'boolean':
        return this.chance(0.5);
      case 'union':
        return this.valid(this.pick(def.options!));
      case 'array': {
        const { min, max } = bounds(def, 0, 12);
        return Array.from({ length: this.length(min, Math.min(max, 6)) }, () => this.valid(def.element!));
      }
      case 'record': {
        const entries = this.int(0, 4);
        return Object.fromEntries(Array.from({ length: entries }, () => [this.valid(def.keyType!) || 'k', this.valid(def.valueType!)]));
      }
      case 'number': {
        const integer = def.format === 'safeint' || def.checks?.some((check) => check._zod.def.format === 'safeint');
        const { min, max } = bounds(def, integer ? Number.MIN_SAFE_INTEGER : -1e9, integer ? Number.MAX_SAFE_INTEGER : 1e9);
        const edges = [min, max, 2 ** 31 - 1, 2 ** 31, 2 ** 32].filter((n) => n >= min && n <= max);
        if (this.chance(0.3)) return this.pick(edges);
        const span = Math.min(max, min + 100_000) - min;
        const n = min + this.random() * span;
        return integer ? Math.floor(n) : n;
      }
      case 'string': {
        const format = def.format ?? def.checks?.map((check) => check._zod.def.format).find(Boolean);
        if (format === 'uuid') return this.uuid();
        if (format === 'url') return this.page();
        const pattern = def.checks?.map((check) => check._zod.def.pattern).find(Boolean);
        const { min, max } = bounds(def, 0, 4000);
        if (pattern && /\\d\{4\}-/.test(pattern.source)) return this.isoDate();
        if (pattern) return this.text(Math.max(1, min), Math.min(max, 64), IDENTIFIER);
        return this.text(min, max);
      }
      default:
        throw new Error(`The fuzzer does not know the zod type "${def.type}"`);
    }
  }

  /** One field of `body` broken (or removed, or the whole body replaced) in a random way. */
  mutate(body: Record<string, unknown>, schema: z.core.$ZodType): unknown {
    const shape = (schema._zod.def as unknown as Definition).shape!;
    const key = this.pick(Object.keys(shape));
    const copy: Record<string, unknown> = { ...body };
    const roll = this.int(0, 13);
    switch (roll) {
      case 0:
        delete copy[key];
        return copy;
      case 1:
        copy[key] = null;
        return copy;
      case 2:
        copy[key] = this.pick([2 ** 31, 2 ** 53, -1, 1.5, 1e308, -0, 7]);
        return copy;
      case 3:
        copy[key] = this.text(1, 20) + this.pick(CONTROLS);
        return copy;
      case 4:
        copy[key] = 'x'.repeat(this.pick([65, 129, 201, 501, 2001, 2049, 4001]));
        return copy;
      case 5:
        copy[key] = { nested: [1, { deeper: 'x' }] };
        return copy;
      case 6:
        copy[key] = [this.text(0, 5), 3, null];
        return copy;
      case 7:
        copy.page = this.pick([
          'javascript:alert(1)',
          'data:text/html,<b>x</b>',
          'file:///etc/passwd',
          'ftp://files.example/x',
          'mailto:a@b.example',
          'about:blank',
          'blob:https://a.example/1',
        ]);
        return copy;
      case 8:
        copy.reasons = [this.text(1, 10) + this.pick(CONTROLS)];
        return copy;
      case 9:
        copy.context = { [this.text(1, 10)]: this.text(1, 10) + this.pick(CONTROLS) };
        return copy;
      case 10:
        copy.context = { [this.pick(CONTROLS)]: 1 };
        return copy;
      case 11:
        copy[key] = this.pick([true, false, '', ' ', '٤', '4', '\u202e', '𝟜', '1e3']);
        return copy;
      case 12:
        return this.pick([null, [], 42, 'vote', true, [body]]);
      default:
        copy.score = this.pick([-1, 6, 2.5, 100, 2 ** 31]);
        return copy;
    }
  }
}

interface Definition {
  type: string;
  format?: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: {
    _zod: {
      def: { check: string; value?: number; minimum?: number; maximum?: number; inclusive?: boolean; format?: string; pattern?: RegExp };
    };
  }[];
}

/** Length or value bounds from the schema's checks. */
function bounds(def: Definition, min: number, max: number): { min: number; max: number } {
  for (const {
    _zod: { def: check },
  } of def.checks ?? []) {
    if (check.check === 'min_length' && check.minimum !== undefined) min = Math.max(min, check.minimum);
    if (check.check === 'max_length' && check.maximum !== undefined) max = Math.min(max, check.maximum);
    if (check.check === 'greater_than' && check.value !== undefined) min = Math.max(min, check.value + (check.inclusive ? 0 : 1));
    if (check.check === 'less_than' && check.value !== undefined) max = Math.min(max, check.value - (check.inclusive ? 0 : 1));
  }
  return { min, max };
}

// Text a citizen may type: Arabic, Latin, digits, punctuation, emoji, combining marks, RTL marks, tab and line breaks.
const TEXT = [...'abcXYZ 019 ابتثجحخ ٠١٢٣ ،؟.!\'"<>&%$ 😀👍🏽 é ِ ً ', '\u200f', '\u200e', '\t', '\n', '\r\n', '\u2028', '\ufeff'];
const IDENTIFIER = [...'abcxyz0189._~:-ابجد٣'];
const PATH = [...'abc-_/019', '%20', 'خدمة'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\u000b', '\u000c'];
