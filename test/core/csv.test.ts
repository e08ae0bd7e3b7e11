import { expect } from '@open-wc/testing';
import { csvCell, csvLine } from '../../src/core/csv.js';

describe('csv: the one CSV writer (server exports, <rating-results> download)', () => {
  it('escapes text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    expect(['=1+1', '+40', '-2', '@SUM(A1)', '\tx'].map(csvCell)).to.deep.equal(["'=1+1", "'+40", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('a, "b"')).to.equal('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('٧٥٪')).to.equal('٧٥٪');
  });

  it('writes numbers as they are, lists joined by ";", nothing for null; lines end with CRLF', () => {
    expect([-12, 0, 4.5, null, undefined, ['a', 'b']].map(csvCell)).to.deep.equal(['-12', '0', '4.5', '', '', 'a;b']);
    expect(csvLine(['x', 1, '=y'])).to.equal("x,1,'=y\r\n");
  });
});
