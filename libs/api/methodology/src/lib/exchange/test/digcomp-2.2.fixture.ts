/**
 * A DigComp 2.2-shaped framework (5 areas, 21 competences, 8 proficiency levels, English only)
 * written by hand for the import tests, as a CSV file and as a plain CASE package of another tool.
 * Competence names are DigComp 2.2's public ones; the level texts follow its generic
 * proficiency descriptors.
 */
export const DIGCOMP_AREAS: ReadonlyArray<{ code: string; title: string; description: string; competences: readonly string[] }> = [
  {
    code: 'DC1',
    title: 'Information and data literacy',
    description: 'To articulate information needs, to locate and retrieve digital data, information and content.',
    competences: [
      'Browsing, searching and filtering data, information and digital content',
      'Evaluating data, information and digital content',
      'Managing data, information and digital content',
    ],
  },
  {
    code: 'DC2',
    title: 'Communication and collaboration',
    description:
      'To interact, communicate and collaborate through digital technologies while being aware of cultural and generational diversity.',
    competences: [
      'Interacting through digital technologies',
      'Sharing through digital technologies',
      'Engaging in citizenship through digital technologies',
      'Collaborating through digital technologies',
      'Netiquette',
      'Managing digital identity',
    ],
  },
  {
    code: 'DC3',
    title: 'Digital content creation',
    description: 'To create and edit digital content, to improve and integrate information and content into an existing body of knowledge.',
    competences: ['Developing digital content', 'Integrating and re-elaborating digital content', 'Copyright and licences', 'Programming'],
  },
  {
    code: 'DC4',
    title: 'Safety',
    description: 'To protect devices, content, personal data and privacy in digital environments.',
    competences: [
      'Protecting devices',
      'Protecting personal data and privacy',
      'Protecting health and well-being',
      'Protecting the environment',
    ],
  },
  {
    code: 'DC5',
    title: 'Problem solving',
    description: 'To identify needs and problems, and to resolve conceptual problems and problem situations in digital environments.',
    competences: [
      'Solving technical problems',
      'Identifying needs and technological responses',
      'Creatively using digital technologies',
      'Identifying digital competence gaps',
    ],
  },
];

const LEVEL_PREFIXES = [
  'Foundation 1: at basic level and with guidance, I can',
  'Foundation 2: at basic level, with autonomy and appropriate guidance where needed, I can',
  'Intermediate 3: on my own and solving straightforward problems, I can',
  'Intermediate 4: independently and solving well-defined, non-routine problems, I can',
  'Advanced 5: as well as guiding others, I can',
  'Advanced 6: at advanced level, in complex contexts, I can',
  'Highly specialised 7: creating solutions to complex problems with limited definition, I can',
  'Highly specialised 8: at the most advanced level, solving problems with many interacting factors, I can',
];

export interface DigCompCompetence {
  code: string;
  title: string;
  description: string;
  levels: string[];
}

export function digCompCompetences(areaIndex: number): DigCompCompetence[] {
  return DIGCOMP_AREAS[areaIndex].competences.map((name, c) => {
    const number = `${areaIndex + 1}.${c + 1}`;
    return {
      code: `DC${areaIndex + 1}_${c + 1}`,
      title: `${number} ${name}`,
      description: `DigComp 2.2 competence ${number}: "${name}".`,
      levels: LEVEL_PREFIXES.map((prefix) => `${prefix} apply "${name.toLowerCase()}", with comma, and "quotes".`),
    };
  });
}

/** Always-quoted fields, LF line ends and a BOM: the other dialect a spreadsheet may write. */
export function digCompCsv(): Uint8Array {
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const header = [
    'area_code',
    'area_title_az',
    'area_title_ru',
    'area_title_en',
    'area_description_az',
    'area_description_ru',
    'area_description_en',
  ];
  header.push('competency_code', 'title_az', 'title_ru', 'title_en', 'description_az', 'description_ru', 'description_en');
  for (let n = 1; n <= 8; n++) header.push(`level_${n}_az`, `level_${n}_ru`, `level_${n}_en`);
  const lines = [header.join(',')];
  DIGCOMP_AREAS.forEach((area, a) => {
    for (const c of digCompCompetences(a)) {
      const cells = [area.code, '', '', area.title, '', '', area.description, c.code, '', '', c.title, '', '', c.description];
      for (const level of c.levels) cells.push('', '', level);
      lines.push(cells.map(q).join(','));
    }
  });
  return new TextEncoder().encode('\uFEFF' + lines.join('\n') + '\n');
}

/**
 * A plain CASE 1.1 package (no x-civics) as another CASE tool would publish it: areas without
 * humanCodingScheme (codes are derived from titles), competences coded DC1_1 …, level items as
 * children of competences listed in reverse so that only sequenceNumber gives their order.
 */
export function digCompCasePackage(): Record<string, unknown> {
  const docId = 'c0ffee00-0000-4000-8000-000000000000';
  const base = 'https://case.example.org/ims/case/v1p1';
  const link = (identifier: string, title: string): Record<string, string> => ({ identifier, title, uri: `${base}/CFItems/${identifier}` });
  const items: Record<string, unknown>[] = [];
  const associations: Record<string, unknown>[] = [];
  const child = (origin: string, destination: string, sequenceNumber: number): void => {
    associations.push({
      identifier: `assoc-${origin}`,
      associationType: 'isChildOf',
      sequenceNumber,
      uri: `${base}/CFAssociations/assoc-${origin}`,
      originNodeURI: link(origin, origin),
      destinationNodeURI: link(destination, destination),
      lastChangeDateTime: '2022-03-01T00:00:00+00:00',
    });
  };
  DIGCOMP_AREAS.forEach((area, a) => {
    const areaId = `area-${a + 1}`;
    items.push({
      identifier: areaId,
      uri: `${base}/CFItems/${areaId}`,
      fullStatement: area.title,
      notes: area.description,
      CFItemType: 'Competence Area',
    });
    child(areaId, docId, a + 1);
    digCompCompetences(a).forEach((c, ci) => {
      const id = `comp-${a + 1}-${ci + 1}`;
      items.push({
        identifier: id,
        uri: `${base}/CFItems/${id}`,
        fullStatement: c.title,
        humanCodingScheme: c.code,
        notes: c.description,
        CFItemType: 'Competence',
      });
      child(id, areaId, ci + 1);
      const levels = c.levels.map((text, l) => ({ id: `${id}-level-${l + 1}`, text, sequence: l + 1 })).reverse();
      for (const level of levels) {
        items.push({
          identifier: level.id,
          uri: `${base}/CFItems/${level.id}`,
          fullStatement: level.text,
          CFItemType: 'Proficiency Level',
        });
        child(level.id, id, level.sequence);
      }
    });
  });
  return {
    CFDocument: {
      identifier: docId,
      uri: `${base}/CFDocuments/${docId}`,
      creator: 'Joint Research Centre (fixture)',
      title: 'DigComp 2.2: The Digital Competence Framework for Citizens',
      version: '2.2',
      language: 'en-GB',
      adoptionStatus: 'Adopted',
      lastChangeDateTime: '2022-03-01T00:00:00+00:00',
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: [] },
  };
}
