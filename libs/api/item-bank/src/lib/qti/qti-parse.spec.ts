import { parseQtiItem } from './qti-parse';
import { RP_MAP_RESPONSE, RP_MATCH_CORRECT } from './qti-types';

const defaults = { competencyCode: 'IS1', level: 2, language: 'az' as const };

/** A foreign-looking item: no civics attributes, one language. */
function item(body: string, opts: { decl?: string; rp?: string; attrs?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-1" title="Title" ${opts.attrs ?? ''}>
  ${opts.decl ?? '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>'}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
${body}
  </qti-item-body>
  ${opts.rp ?? ''}
</qti-assessment-item>`;
}

function ok(xml: string, file = 'item.xml') {
  const result = parseQtiItem(xml, file, defaults);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function problems(xml: string, file = 'item.xml') {
  const result = parseQtiItem(xml, file, defaults);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const choice = `<qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
  <qti-prompt>Which one?</qti-prompt>
  <qti-simple-choice identifier="ChoiceA">Alpha <b>bold</b></qti-simple-choice>
  <qti-simple-choice identifier="Choice.B">Beta<qti-feedback-inline identifier="x" outcome-identifier="F" show-hide="show">hidden</qti-feedback-inline></qti-simple-choice>
</qti-choice-interaction>`;

describe('parseQtiItem', () => {
  it('reads a single choice: stem with paragraphs and prompt, sanitised ids, key through the rename', () => {
    const r = ok(
      item(`<p>First   paragraph,<br/>second line.</p>\n<div><p>Second paragraph.</p></div>\n${choice}`, {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>Choice.B</qti-value></qti-correct-response></qti-response-declaration>',
        rp: `<qti-response-processing template="${RP_MATCH_CORRECT}"/>`,
      }),
    );
    expect(r.ref).toBe('item-1');
    expect(r.needsKey).toBe(false);
    expect(r.content).toEqual({
      competencyCode: 'IS1',
      level: 2,
      stem: {
        az: 'First paragraph,\nsecond line.\n\nSecond paragraph.\n\nWhich one?',
      },
      interaction: {
        type: 'single_choice',
        options: [
          { id: 'ChoiceA', text: { az: 'Alpha bold' } },
          { id: 'Choice_B', text: { az: 'Beta' } },
        ],
      },
      key: { type: 'single_choice', correct: 'Choice_B' },
      points: 1,
      scenarioId: null,
    });
    expect(r.warnings).toEqual(['choice identifier "Choice.B" became "Choice_B"']);
  });

  it("takes the item's xml:lang when it is a platform language", () => {
    expect(ok(item(choice, { attrs: 'xml:lang="ru-RU"' })).content.stem).toEqual({ ru: 'Which one?' });
    const sv = ok(item(choice, { attrs: 'xml:lang="sv"' }));
    expect(sv.content.stem).toEqual({ az: 'Which one?' });
    expect(sv.warnings[0]).toContain('xml:lang "sv"');
    const mixed = ok(
      item(choice, { attrs: 'xml:lang="en"' })
        .replace('<qti-item-body>', '<qti-item-body xml:lang="ru">')
        .replace('<qti-simple-choice identifier="ChoiceA">', '<qti-simple-choice identifier="ChoiceA" xml:lang="az">'),
    );
    expect(mixed.content.stem).toEqual({ ru: 'Which one?' });
    expect(mixed.content.interaction).toMatchObject({
      options: [{ text: { az: 'Alpha bold' } }, { text: { ru: 'Beta' } }],
    });
  });

  it('reads competency and level from the civics attributes, and refuses bad ones', () => {
    expect(
      ok(
        item(choice, {
          attrs: 'data-civics-competency="ED2" data-civics-level="3"',
        }),
      ).content,
    ).toMatchObject({ competencyCode: 'ED2', level: 3 });
    const p = problems(
      item(choice, {
        attrs: 'data-civics-competency="ed 2" data-civics-level="eleven"',
      }),
    );
    expect(p.map((x) => x.code)).toEqual(['invalid-competency', 'invalid-level']);
    expect(p[0].location).toBe('item.xml:2 qti-assessment-item');
  });

  it('reads a multiple response with map_response as partial credit, the key from the mapping when there is no correct response', () => {
    const r = ok(
      item(choice.replace('max-choices="1"', 'max-choices="2"'), {
        decl: `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
          <qti-mapping default-value="0"><qti-map-entry map-key="ChoiceA" mapped-value="1"/><qti-map-entry map-key="Choice.B" mapped-value="-1"/></qti-mapping>
        </qti-response-declaration>`,
        rp: `<qti-response-processing template="${RP_MAP_RESPONSE}"/>`,
      }),
    );
    expect(r.content.key).toEqual({
      type: 'multiple_response',
      correct: ['ChoiceA'],
      partialCredit: true,
    });
    expect(r.warnings).toContain('no correct response: the key is taken from the mapping entries that earn credit');
  });

  it('reads a match interaction: pairs either way round, map_response → partial credit', () => {
    const r = ok(
      item(
        `<qti-match-interaction response-identifier="RESPONSE" max-associations="2"><qti-prompt>Match</qti-prompt>
          <qti-simple-match-set><qti-simple-associable-choice identifier="A">a</qti-simple-associable-choice><qti-simple-associable-choice identifier="B">b</qti-simple-associable-choice></qti-simple-match-set>
          <qti-simple-match-set><qti-simple-associable-choice identifier="X">x</qti-simple-associable-choice><qti-simple-associable-choice identifier="Y">y</qti-simple-associable-choice></qti-simple-match-set>
        </qti-match-interaction>`,
        {
          decl: `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="pair"><qti-correct-response><qti-value>A Y</qti-value><qti-value>X B</qti-value></qti-correct-response>
            <qti-mapping default-value="0"><qti-map-entry map-key="A Y" mapped-value="1"/><qti-map-entry map-key="B X" mapped-value="1"/></qti-mapping></qti-response-declaration>`,
          rp: `<qti-response-processing template="${RP_MAP_RESPONSE}"/>`,
        },
      ),
    );
    expect(r.content.key).toEqual({
      type: 'matching',
      pairs: [
        ['A', 'Y'],
        ['B', 'X'],
      ],
      partialCredit: true,
    });
  });

  it('refuses a match key that matches one premise twice', () => {
    const xml = item(
      `<qti-match-interaction response-identifier="RESPONSE">
        <qti-simple-match-set><qti-simple-associable-choice identifier="A">a</qti-simple-associable-choice><qti-simple-associable-choice identifier="B">b</qti-simple-associable-choice></qti-simple-match-set>
        <qti-simple-match-set><qti-simple-associable-choice identifier="X">x</qti-simple-associable-choice><qti-simple-associable-choice identifier="Y">y</qti-simple-associable-choice></qti-simple-match-set>
      </qti-match-interaction>`,
      {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response><qti-value>A X</qti-value><qti-value>A Y</qti-value></qti-correct-response></qti-response-declaration>',
      },
    );
    expect(problems(xml).map((p) => p.code)).toEqual(['premise-matched-twice']);
  });

  it('reads a text entry: correct value and rewarded mapping entries as accepted answers, a blank in a cloze stem', () => {
    const r = ok(
      item('<p>The capital is <qti-text-entry-interaction response-identifier="RESPONSE" expected-length="20"/>.</p>', {
        decl: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response><qti-value>Bakı</qti-value></qti-correct-response>
          <qti-mapping default-value="0"><qti-map-entry map-key="Baku" mapped-value="1"/><qti-map-entry map-key="Bakı" mapped-value="1"/><qti-map-entry map-key="Gəncə" mapped-value="0"/></qti-mapping></qti-response-declaration>`,
        rp: `<qti-response-processing template="${RP_MAP_RESPONSE}"/>`,
      }),
    );
    expect(r.content.stem).toEqual({ az: 'The capital is ____ .' });
    expect(r.content.interaction).toEqual({
      type: 'short_text',
      maxLength: 20,
    });
    expect(r.content.key).toEqual({
      type: 'short_text',
      accepted: ['Bakı', 'Baku'],
    });
  });

  it('reads a float text entry as numeric with tolerance 0', () => {
    const r = ok(
      item('<p>How many? <qti-text-entry-interaction response-identifier="RESPONSE"/></p>', {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float"><qti-correct-response><qti-value>3.5</qti-value></qti-correct-response></qti-response-declaration>',
        rp: `<qti-response-processing template="${RP_MATCH_CORRECT}"/>`,
      }),
    );
    expect(r.content.interaction).toEqual({ type: 'numeric' });
    expect(r.content.key).toEqual({
      type: 'numeric',
      value: 3.5,
      tolerance: 0,
    });
  });

  it('imports an extended-text item as a short-text draft that needs a key', () => {
    const r = ok(
      item('<p>Essay.</p><qti-extended-text-interaction response-identifier="RESPONSE"/>', {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>',
      }),
    );
    expect(r.needsKey).toBe(true);
    expect(r.content).toMatchObject({
      interaction: { type: 'short_text', maxLength: 500 },
      key: null,
    });
    expect(r.warnings[0]).toContain('needs human scoring');
  });

  it('keeps the key but warns about custom response processing', () => {
    const r = ok(
      item(choice, {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>ChoiceA</qti-value></qti-correct-response></qti-response-declaration>',
        rp: '<qti-response-processing><qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null></qti-response-if></qti-response-condition></qti-response-processing>',
      }),
    );
    expect(r.content.key).toEqual({
      type: 'single_choice',
      correct: 'ChoiceA',
    });
    expect(r.warnings.some((w) => w.startsWith('custom response processing is not kept'))).toBe(true);
  });

  it('refuses an order key over part of the choices', () => {
    const xml = item(
      '<qti-order-interaction response-identifier="RESPONSE"><qti-simple-choice identifier="A">a</qti-simple-choice><qti-simple-choice identifier="B">b</qti-simple-choice><qti-simple-choice identifier="C">c</qti-simple-choice></qti-order-interaction>',
      {
        decl: '<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier"><qti-correct-response><qti-value>B</qti-value><qti-value>A</qti-value></qti-correct-response></qti-response-declaration>',
      },
    );
    expect(problems(xml).map((p) => p.code)).toEqual(['partial-order']);
  });

  it('refuses a key naming a choice that does not exist', () => {
    const xml = item(choice, {
      decl: '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>Nope</qti-value></qti-correct-response></qti-response-declaration>',
    });
    expect(problems(xml)[0]).toMatchObject({ code: 'key-unknown-choice' });
  });

  it('names every unsupported interaction, with its line', () => {
    const xml = item(
      `<qti-hotspot-interaction response-identifier="R1"/>\n<qti-slider-interaction response-identifier="R2" lower-bound="0" upper-bound="10"/>\n${choice}`,
    );
    // line 6 and 7: the body starts on line 6 of item()
    expect(problems(xml, 'hot.xml')).toEqual([
      {
        location: 'hot.xml:6 qti-hotspot-interaction',
        code: 'unsupported-interaction',
        message: 'qti-hotspot-interaction is not supported by the item bank',
      },
      {
        location: 'hot.xml:7 qti-slider-interaction',
        code: 'unsupported-interaction',
        message: 'qti-slider-interaction is not supported by the item bank',
      },
    ]);
  });

  it('refuses items with no or several interactions', () => {
    expect(problems(item('<p>Nothing</p>'))[0].code).toBe('no-interaction');
    expect(problems(item(`${choice}\n${choice}`))[0].code).toBe('several-interactions');
  });

  it('lists parser errors with line and column for malformed XML', () => {
    expect(problems('<qti-assessment-item>\n  <qti-item-body>\n</qti-assessment-item>', 'bad.xml')).toEqual([
      {
        location: 'bad.xml:3:1',
        code: 'malformed-xml',
        message: expect.stringContaining("Expected closing tag 'qti-item-body'"),
      },
    ]);
  });

  it('refuses a DOCTYPE, a QTI 2 item and other roots', () => {
    expect(problems('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')[0].code).toBe('malformed-xml');
    expect(problems('<assessmentItem identifier="a"/>')[0].message).toContain('QTI 2.x');
    expect(problems('<html/>')[0].code).toBe('not-an-item');
  });

  it('turns contract violations into problems', () => {
    const many = Array.from({ length: 11 }, (_, i) => `<qti-simple-choice identifier="c${i}">c${i}</qti-simple-choice>`).join('');
    const p = problems(
      item(
        `<qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Q</qti-prompt>${many}</qti-choice-interaction>`,
      ),
    );
    expect(p[0]).toMatchObject({
      code: 'invalid-content',
      location: 'item.xml content.interaction.options',
    });
  });

  it('shortens an identifier too long for a ref, keeping refs distinct', () => {
    const long = 'x'.repeat(70);
    const a = ok(item(choice).replace('identifier="item-1"', `identifier="${long}a"`));
    const b = ok(item(choice).replace('identifier="item-1"', `identifier="${long}b"`));
    expect(a.ref).toMatch(/^x{51}-[0-9a-f]{8}$/);
    expect(a.ref).not.toBe(b.ref);
  });
});
