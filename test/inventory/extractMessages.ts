import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  inventorySources,
  type InventorySource,
  type MessageSide,
} from './sources';

/**
 * How the message is produced: an error constructed (`new XError(…)`, which
 * is thrown or passed on, or its message built first in a `…Message`
 * variable), a passport strategy's failure (`fail({ message })`, which
 * auth-node turns into "Authentication rejected, …") or a log call.
 */
export type MessageKind = 'error' | 'fail' | 'log.warn' | 'log.error';

/** One message as the installed package writes it. */
export type ExtractedMessage = {
  /**
   * The text, with each interpolation as `${expression}` (the expression's
   * source): the key annotations are kept under.
   */
  message: string;
  kind: MessageKind;
  /** The error class constructed, for `error`. */
  errorName?: string;
  package: string;
  version: string;
  /** Relative to the package's folder. */
  file: string;
  side: MessageSide;
};

const ERROR_CLASS = /Error$/;
// The objects log calls are made on: a logger, never `this` (passport's
// `this.error` fails the strategy; its message is an Error already).
const LOGGER = /\blogger\b|\blog\b|Logger\b/i;

type Found = Pick<ExtractedMessage, 'message' | 'kind' | 'errorName'>;

/** Reads one file's messages with the TypeScript parser (which reads JS). */
class Reader {
  constructor(private readonly sf: ts.SourceFile) {}

  /** The source of a node, whitespace folded. */
  source(node: ts.Node): string {
    return this.sf.text
      .slice(node.getStart(this.sf), node.end)
      .replace(/\s+/g, ' ');
  }

  hole(node: ts.Node): string {
    return `\${${this.source(node)}}`;
  }

  calleeName(node: ts.Node): string | undefined {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isParenthesizedExpression(node)) {
      // CommonJS output calls imports as `(0, util.format)(…)`.
      const inner = node.expression;
      return ts.isBinaryExpression(inner) &&
        inner.operatorToken.kind === ts.SyntaxKind.CommaToken
        ? this.calleeName(inner.right)
        : this.calleeName(inner);
    }
    return undefined;
  }

  /** printf-style `%s`, `%i`, `%j` become interpolations. */
  fromPrintf(args: readonly ts.Expression[]): string[] {
    const [format, ...values] = args;
    if (!format) return [];
    return this.texts(format).map(text => {
      let i = 0;
      return text.replace(/%[sdijoO%]/g, spec => {
        if (spec === '%%') return '%';
        const value = values[i++];
        return value ? this.hole(value) : '${arg}';
      });
    });
  }

  /** The texts of an interpolated part: its variants, or one `${…}`. */
  partTexts(node: ts.Expression): string[] {
    const texts = this.texts(node);
    return texts.length > 0 ? texts : [this.hole(node)];
  }

  /**
   * The texts of a string-valued expression: a literal, a template literal,
   * a concatenation, a `format(…)` call, or a condition between those (one
   * text per branch); none for anything else.
   */
  texts(node: ts.Expression): string[] {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return [node.text];
    }
    if (ts.isTemplateExpression(node)) {
      return product([
        [node.head.text],
        ...node.templateSpans.flatMap(span => [
          this.partTexts(span.expression),
          [span.literal.text],
        ]),
      ]);
    }
    if (ts.isParenthesizedExpression(node)) return this.texts(node.expression);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken
    ) {
      const left = this.texts(node.left);
      const right = this.texts(node.right);
      if (left.length === 0 && right.length === 0) return [];
      return product([
        left.length ? left : [this.hole(node.left)],
        right.length ? right : [this.hole(node.right)],
      ]);
    }
    if (ts.isConditionalExpression(node)) {
      const yes = this.texts(node.whenTrue);
      const no = this.texts(node.whenFalse);
      return yes.length && no.length ? [...yes, ...no] : [];
    }
    if (
      ts.isCallExpression(node) &&
      this.calleeName(node.expression) === 'format'
    ) {
      return this.fromPrintf(node.arguments);
    }
    return [];
  }

  /** The value of `key` in an object literal, if it is one. */
  property(node: ts.Node | undefined, key: string): ts.Expression | undefined {
    if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
    for (const prop of node.properties) {
      if (
        ts.isPropertyAssignment(prop) &&
        (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) &&
        prop.name.text === key
      ) {
        return prop.initializer;
      }
    }
    return undefined;
  }

  /** The messages of an error's first argument, or of its options object. */
  errorTexts(arg: ts.Expression | undefined): string[] {
    if (!arg) return [];
    if (!ts.isObjectLiteralExpression(arg)) return this.texts(arg);
    // openid-client: new RPError({ message }) / ({ printf: [format, …] }),
    // new OPError({ error: format(…) }).
    for (const key of ['message', 'error']) {
      const value = this.property(arg, key);
      const texts = value ? this.texts(value) : [];
      if (texts.length) return texts;
    }
    const printf = this.property(arg, 'printf');
    return printf && ts.isArrayLiteralExpression(printf)
      ? this.fromPrintf(printf.elements)
      : [];
  }
}

function product(parts: string[][]): string[] {
  return parts.reduce<string[]>(
    (acc, part) => acc.flatMap(a => part.map(p => a + p)),
    [''],
  );
}

const FAIL_CALLBACKS = /^(fail|callback|cb|done|verified)$/;
const MESSAGE_VARIABLE = /(message|msg)$/i;
const HAS_WORDS = /[a-z]{3}/i;

/** The messages one JavaScript file writes. */
export function extractFromCode(code: string): Found[] {
  const sf = ts.createSourceFile(
    'file.js',
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const read = new Reader(sf);
  const found: Found[] = [];
  const add = (texts: string[], kind: MessageKind, errorName?: string) => {
    for (const message of texts) {
      if (message.trim()) {
        found.push({ message, kind, ...(errorName && { errorName }) });
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node)) {
      const name = read.calleeName(node.expression);
      if (name && ERROR_CLASS.test(name)) {
        add(read.errorTexts(node.arguments?.[0]), 'error', name);
      }
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      MESSAGE_VARIABLE.test(node.name.text) &&
      node.initializer
    ) {
      // Only texts with words of their own: `const message = error.message`
      // says nothing.
      add(
        read
          .texts(node.initializer)
          .filter(t => HAS_WORDS.test(t.replace(/\$\{[^}]*\}/g, ''))),
        'error',
      );
    } else if (ts.isCallExpression(node)) {
      const callee = read.calleeName(node.expression);
      if (callee && FAIL_CALLBACKS.test(callee)) {
        for (const arg of node.arguments) {
          const message = read.property(arg, 'message');
          add(message ? read.texts(message) : [], 'fail');
        }
      } else if (
        ts.isPropertyAccessExpression(node.expression) &&
        (callee === 'warn' || callee === 'error') &&
        LOGGER.test(read.source(node.expression.expression))
      ) {
        const first = node.arguments[0];
        add(first ? read.texts(first) : [], `log.${callee}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function jsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return [dir];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return jsFiles(full);
      // One build of each file: the CommonJS one where both are shipped.
      if (!/\.(c?js)$/.test(entry.name) || /\.d\.ts$/.test(entry.name)) {
        return [];
      }
      if (entry.name.endsWith('.esm.js')) {
        const cjs = full.replace(/\.esm\.js$/, '.cjs.js');
        return fs.existsSync(cjs) ? [] : [full];
      }
      return [full];
    })
    .sort();
}

/** The messages of one source package. */
export function extractFromSource(
  root: string,
  source: InventorySource,
): ExtractedMessage[] {
  const dir = path.join(root, source.dir);
  const pkgFile = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgFile)) return [];
  const version: string = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  const seen = new Set<string>();
  return source.paths
    .flatMap(p => jsFiles(path.join(dir, p)))
    .flatMap(file => {
      const relative = path.relative(dir, file).split(path.sep).join('/');
      return extractFromCode(fs.readFileSync(file, 'utf8')).map(found => ({
        ...found,
        package: source.name,
        version,
        file: relative,
        side: source.side,
      }));
    })
    .filter(m => {
      const key = `${m.file}\0${m.kind}\0${m.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Every message of every source, in a stable order. */
export function extractMessages(root: string): ExtractedMessage[] {
  return inventorySources(root).flatMap(source =>
    extractFromSource(root, source),
  );
}

/** The key an extracted message is matched and annotated by. */
export function messageKey(m: Pick<ExtractedMessage, 'message'>): string {
  return m.message;
}
