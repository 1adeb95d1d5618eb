// Builds the Word fixtures from their XML parts, so the files in this folder can be re-made and
// reviewed: `node src/import/__fixtures__/make-docx.ts`. The parts are the minimum Word itself
// writes for styled paragraphs, a hyperlink and core properties.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const here = dirname(fileURLToPath(import.meta.url));
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Run = string | { text: string; italic?: boolean; bold?: boolean; link?: string; footnote?: number };
interface Para {
  style?: string;
  runs: Run[];
}

function run(r: Run, links: string[]): string {
  const { text, italic, bold, link, footnote } = typeof r === 'string' ? { text: r } : r;
  if (footnote) return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${footnote}"/></w:r>`;
  const props = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}${link ? '<w:rStyle w:val="Hyperlink"/>' : ''}`;
  const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  if (!link) return xml;
  links.push(link);
  return `<w:hyperlink r:id="rIdLink${links.length}">${xml}</w:hyperlink>`;
}

function documentXml(paras: Para[], links: string[]): string {
  const body = paras
    .map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}${p.runs.map((r) => run(r, links)).join('')}</w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const style = (id: string, name: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/></w:style>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${style('Title', 'Title')}${style('Subtitle', 'Subtitle')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style></w:styles>`;

function core(props: { title?: string; creator?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${props.title ? `<dc:title>${esc(props.title)}</dc:title>` : ''}${props.creator ? `<dc:creator>${esc(props.creator)}</dc:creator>` : ''}<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created></cp:coreProperties>`;
}

async function docx(paras: Para[], props: { title?: string; creator?: string }, footnotes: string[] = []): Promise<Buffer> {
  const links: string[] = [];
  const document = documentXml(paras, links);
  const zip = new JSZip();
  const date = new Date('2026-01-05T09:00:00Z');
  const add = (path: string, text: string) => zip.file(path, text, { date });
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${footnotes.length ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : ''}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${footnotes.length ? '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : ''}${links.map((l, i) => `<Relationship Id="rIdLink${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l)}" TargetMode="External"/>`).join('')}</Relationships>`,
  );
  add('word/document.xml', document);
  add('word/styles.xml', STYLES);
  if (footnotes.length) {
    const notes = footnotes.map((n, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t xml:space="preserve">${esc(n)}</w:t></w:r></w:p></w:footnote>`);
    add('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W}">${notes.join('')}</w:footnotes>`);
  }
  add('docProps/core.xml', core(props));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// An op-ed as a desk receives it: Title, Subtitle, byline, dateline, Heading 2 sections, italics, a link.
const opEd: Para[] = [
  { style: 'Title', runs: ['Keep the county libraries open after dark'] },
  { style: 'Subtitle', runs: ['Evening hours cost little and reach the people who need them most.'] },
  { runs: ['By Tomás Herrera'] },
  { runs: ['12 May 2025'] },
  {
    runs: [
      'When the Brookfield County board voted in March to close its eleven branch libraries at 5 p.m., it saved about $410,000 a year. It also shut out the people who work until six.',
    ],
  },
  {
    runs: [
      'Last year the branches logged 1.2 million visits, and a third of them came after 5 p.m., according to the ',
      { text: 'library system’s annual report', link: 'https://library.example.org/annual-report-2024' },
      '.',
    ],
  },
  { style: 'Heading2', runs: ['Who uses the evening hours'] },
  {
    runs: [
      'Students without a quiet room at home, job seekers who need a printer, and parents who can only come once the children are fed. As one branch manager put it, the building is ',
      { text: 'the only warm room on the street', italic: true },
      ' after the shops close.',
    ],
  },
  { runs: ['Librarians in Carver and Millbrook report the same pattern: the evening crowd is younger, poorer and more likely to arrive on foot.'] },
  { style: 'Heading2', runs: ['What it would take'] },
  {
    runs: [
      'Keeping four branches open until 8 p.m. would cost roughly $160,000, less than half of what the board saved. The county should restore those hours before the autumn term begins.',
    ],
  },
  { runs: [{ text: 'Tomás Herrera is a former branch librarian and chairs the Friends of Brookfield Libraries.', italic: true }] },
];

// A draft with no Title style and no byline: the title and author live in the file's properties.
const bare: Para[] = [
  { runs: ['The harbour ferry timetable was written for a city that no longer exists. Boats leave every forty minutes, but most riders now travel between 7 and 9 a.m.'] },
  { runs: ['Doubling the morning sailings would cost less than one new bus route.'] },
];

// A headline typed in bold rather than styled, a dated byline, Heading 1 sections and a footnote.
const plainStyled: Para[] = [
  { runs: [{ text: 'Give the tram depot site to housing', bold: true }] },
  { runs: ['By Rosa Lindgren, September 9, 2025'] },
  { style: 'Heading1', runs: ['An empty lot in the middle of town'] },
  {
    runs: [
      'The old tram depot has stood empty since 2019. Its 3.5 hectares could hold 600 homes, half of them affordable.',
      { text: '', footnote: 1 },
    ],
  },
  { style: 'Heading1', runs: ['The decision is due in October'] },
  { runs: ['The planning committee should reject the proposal for a logistics hub and ask for housing bids instead.'] },
];

const write = (name: string, bytes: Buffer) => writeFileSync(join(here, name), bytes);
const full = await docx(opEd, { title: 'Library hours draft v3', creator: 'Opinion Desk' });
write('op-ed.docx', full);
write('core-properties.docx', await docx(bare, { title: 'Run the ferries when people ride them', creator: 'Lena Okafor' }));
write(
  'bold-headline.docx',
  await docx(plainStyled, { title: 'Document1', creator: 'Microsoft Office User' }, ['City land register, 2024 edition.']),
);
// Google Docs' "Web page (.html, zipped)" download: the page, renamed without spaces, and its images.
const gdoc = new JSZip();
const date = new Date('2026-01-05T09:00:00Z');
gdoc.file('Ourschoolsneedquieterclassrooms.html', readFileSync(join(here, 'google-doc.html')), { date });
gdoc.file('images/image1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { date });
write('google-doc.zip', await gdoc.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
// A download cut short: the zip's start without its end.
write('truncated.docx', full.subarray(0, Math.floor(full.length / 2)));
