import type { ImportProblem } from '@civics/contracts';
import { problem } from './import-problems';

/** A CFItem as far as the import needs it, with where it is in the package. */
export interface ReadItem {
  identifier: string;
  location: string;
  fullStatement?: string;
  humanCodingScheme?: string;
  notes?: string;
}

export interface ReadAssociation {
  identifier: string;
  location: string;
  associationType: string;
  origin: string;
  destination: string;
  sequenceNumber?: number;
  /** Position in CFAssociations: the order of siblings without a sequence number. */
  index: number;
}

export interface ReadDocument {
  identifier: string;
  title?: string;
  language?: string;
  version?: string;
  /** Not in CASE 1.1, but some tools write it; used as the framework code when present. */
  humanCodingScheme?: string;
  extensions?: Record<string, unknown>;
}

export interface ReadPackage {
  document?: ReadDocument;
  items: ReadItem[];
  associations: ReadAssociation[];
  /** False when the package cannot be read further (not an object, no CFDocument or CFItems). */
  complete: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads typed fields of one JSON object, recording a problem for each wrong or missing one. */
class FieldReader {
  constructor(
    private readonly json: Json,
    private readonly path: string,
    private readonly problems: ImportProblem[],
  ) {}

  string(key: string, required: boolean): string | undefined {
    const value = this.json[key];
    if (typeof value === 'string' && (value.trim() !== '' || !required)) return value;
    if (value === undefined || value === null || value === '') {
      if (required) this.problems.push(problem(`${this.path}.${key}`, 'missing-field', `${key} is missing`));
    } else this.problems.push(problem(`${this.path}.${key}`, 'invalid-field', `${key} must be a string`));
    return undefined;
  }

  number(key: string): number | undefined {
    const value = this.json[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problems.push(problem(`${this.path}.${key}`, 'invalid-field', `${key} must be a number`));
    return undefined;
  }

  /** `identifier` of a LinkURI field (originNodeURI, destinationNodeURI). */
  link(key: string): string | undefined {
    const value = this.json[key];
    if (!isObject(value)) {
      this.problems.push(problem(`${this.path}.${key}`, 'missing-field', `${key} is missing`));
      return undefined;
    }
    return new FieldReader(value, `${this.path}.${key}`, this.problems).string('identifier', true);
  }
}

function readArray(json: Json, key: string, required: boolean, problems: ImportProblem[]): unknown[] | undefined {
  const value = json[key];
  if (Array.isArray(value)) return value;
  if (value === undefined && !required) return [];
  problems.push(problem(`$.${key}`, value === undefined ? 'missing-field' : 'invalid-field', `${key} must be an array`));
  return undefined;
}

/** Reads the parts of a CFPackage the import uses; reports malformed parts and duplicate identifiers. */
export function readCasePackage(json: unknown, problems: ImportProblem[]): ReadPackage {
  if (!isObject(json)) {
    problems.push(problem('$', 'not-object', 'a CASE package must be a JSON object'));
    return { items: [], associations: [], complete: false };
  }
  let document: ReadDocument | undefined;
  const doc = json['CFDocument'];
  if (!isObject(doc)) {
    problems.push(problem('$.CFDocument', doc === undefined ? 'missing-field' : 'invalid-field', 'CFDocument must be an object'));
  } else {
    const f = new FieldReader(doc, '$.CFDocument', problems);
    const identifier = f.string('identifier', true);
    const extensions = doc['extensions'];
    if (extensions !== undefined && !isObject(extensions)) {
      problems.push(problem('$.CFDocument.extensions', 'invalid-field', 'extensions must be an object'));
    }
    const fields = {
      title: f.string('title', false),
      language: f.string('language', false),
      version: f.string('version', false),
      humanCodingScheme: f.string('humanCodingScheme', false),
      extensions: isObject(extensions) ? extensions : undefined,
    };
    if (identifier !== undefined) document = { identifier, ...fields };
  }

  const seen = new Map<string, string>(document ? [[document.identifier, '$.CFDocument']] : []);
  const unique = (identifier: string, location: string, path: string): boolean => {
    const first = seen.get(identifier);
    if (first !== undefined) {
      problems.push(problem(location, 'duplicate-identifier', `identifier ${identifier} is also used by ${first}`));
      return false;
    }
    seen.set(identifier, path);
    return true;
  };

  const items: ReadItem[] = [];
  const rawItems = readArray(json, 'CFItems', true, problems);
  rawItems?.forEach((raw, i) => {
    const path = `$.CFItems[${i}]`;
    if (!isObject(raw)) return void problems.push(problem(path, 'invalid-field', 'a CFItem must be an object'));
    const f = new FieldReader(raw, path, problems);
    const identifier = f.string('identifier', true);
    const fields = {
      fullStatement: f.string('fullStatement', false),
      humanCodingScheme: f.string('humanCodingScheme', false),
      notes: f.string('notes', false),
    };
    if (identifier === undefined) return;
    const location = `CFItem ${identifier}`;
    if (unique(identifier, location, path)) items.push({ identifier, location, ...fields });
  });

  const associations: ReadAssociation[] = [];
  const associationIds = new Map<string, string>();
  const rawAssociations = readArray(json, 'CFAssociations', false, problems);
  rawAssociations?.forEach((raw, index) => {
    const path = `$.CFAssociations[${index}]`;
    if (!isObject(raw)) return void problems.push(problem(path, 'invalid-field', 'a CFAssociation must be an object'));
    const f = new FieldReader(raw, path, problems);
    const identifier = f.string('identifier', true);
    const associationType = f.string('associationType', true);
    const origin = f.link('originNodeURI');
    const destination = f.link('destinationNodeURI');
    const sequenceNumber = f.number('sequenceNumber');
    if (identifier === undefined || associationType === undefined || origin === undefined || destination === undefined) return;
    const location = `CFAssociation ${identifier}`;
    const first = associationIds.get(identifier);
    if (first !== undefined) {
      return void problems.push(problem(location, 'duplicate-identifier', `identifier ${identifier} is also used by ${first}`));
    }
    associationIds.set(identifier, path);
    associations.push({ identifier, location, associationType, origin, destination, sequenceNumber, index });
  });

  return { document, items, associations, complete: document !== undefined && rawItems !== undefined };
}
