import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '@/lib/clean/drop-page-furniture';
import { findFootnoteZones, splitBodies } from '@/lib/clean/find-footnote-zones';
import { lines, sourceRangeLines } from './source-range';

const prepared = (from: number, to: number) => dropPageFurniture(sourceRangeLines(from, to)).lines;

describe('findFootnoteZones', () => {
  it('finds a bare-marker block followed by its bodies (1145–1164)', () => {
    const input = prepared(1136, 1170);
    const zones = findFootnoteZones(input, () => false);
    expect(zones).toHaveLength(1);
    const [zone] = zones;
    expect(input[zone.start].no).toBe(1145);
    expect(input[zone.end].no).toBe(1164);
    expect(zone.bareMarkers).toEqual([1, 2, 3, 4, 5]);
    expect(zone.bodies.map((b) => b.line)).toEqual([1155, 1158, 1159, 1162, 1164]);
    expect(zone.bodies.every((b) => b.marker === null)).toBe(true);
    // a body wrapped over two lines is one body
    expect(zone.bodies[0].text).toBe(
      '中国服务外包研究中心据 B２B企业财报和中国贸促会 «２０２２年前三季度中小微企业出口贸易\n(B２B)指数报告»综合测算.',
    );
    // two identical bodies (1162, 1164) stay two notes
    expect(zone.bodies[3].text).toBe(zone.bodies[4].text);
  });

  it('does not let the zone swallow the body text after the page gap', () => {
    const input = prepared(1136, 1170);
    const [zone] = findFootnoteZones(input, () => false);
    expect(input.slice(zone.end + 1).map((l) => l.no)).toEqual(input.filter((l) => l.no > 1164).map((l) => l.no));
    expect(input[zone.end + 1].no).toBeGreaterThan(1164);
  });

  it('finds an inline ` ① ` body and keeps its URL line in the same body (158–159)', () => {
    const input = prepared(150, 165);
    const zones = findFootnoteZones(input, () => false);
    expect(zones).toHaveLength(1);
    expect(zones[0].bareMarkers).toEqual([]);
    expect(zones[0].bodies).toEqual([
      {
        marker: 1,
        text: '国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]． [２０２３Ｇ０２Ｇ２８]．\nhttp://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
        line: 158,
      },
    ]);
    // the figure caption after it is not part of the zone
    expect(input[zones[0].end + 1].text.startsWith('图１Ｇ３')).toBe(true);
  });

  it('finds a marker-less zone of citations by their look (4506–4516)', () => {
    const input = prepared(4495, 4520);
    const zones = findFootnoteZones(input, () => false);
    expect(zones).toHaveLength(1);
    expect(input[zones[0].start].no).toBe(4506);
    expect(input[zones[0].end].no).toBe(4516);
    expect(zones[0].bodies.map((b) => [b.line, b.marker])).toEqual([
      [4506, null],
      [4508, null],
      [4512, null],
      [4515, null],
    ]);
    expect(zones[0].bodies[1].text.split('\n')).toHaveLength(3);
  });

  it('finds no zone in plain body text', () => {
    expect(findFootnoteZones(prepared(105, 121), () => false)).toEqual([]);
  });

  it('does not start a zone on a line the caller claims', () => {
    const input = prepared(150, 165);
    const at = input.findIndex((l) => l.no === 158);
    expect(findFootnoteZones(input, (i) => i === at)).toEqual([]);
  });
});

describe('splitBodies', () => {
  it('starts a new body at an inline marker and continues one with its [EB/OL] tail or URL', () => {
    const bodies = splitBodies(
      lines(
        ' ① 国家统计局 中华人民共和国２０２２年国民经济和社会发展统计公报 [EB/OL]． [２０２３Ｇ０２Ｇ２８]．',
        'http://wwwstatsgovcn/sj/zxfb/２０２３０２/t２０２３０２２８_１９１９０１１html',
      ),
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0].marker).toBe(1);
    expect(bodies[0].text.endsWith('１９１９０１１html')).toBe(true);
  });

  it('ends a body at a full line that ends a sentence (测算.)', () => {
    const bodies = splitBodies(sourceRangeLines(1157, 1158));
    expect(bodies.map((b) => b.text)).toEqual(['(B２B)指数报告»综合测算.', '中国服务外包研究中心测算.']);
  });

  it('joins a wide wrapped line with the line after it', () => {
    const bodies = splitBodies(sourceRangeLines(1159, 1161));
    expect(bodies).toHaveLength(1);
    expect(bodies[0].line).toBe(1159);
  });
});
