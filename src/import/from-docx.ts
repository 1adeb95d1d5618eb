import mammoth from 'mammoth';
import JSZip from 'jszip';
import { GlossError } from '../errors/gloss-error.ts';
import { finishImport, type Imported } from './imported.ts';
import { cleanTree, htmlText, htmlToMarkdownTree, parseHtml, takeHeader } from './to-markdown.ts';

// Word's Title and Subtitle styles carry the headline and the dek; mammoth ignores them by default.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "r[style-name='annotation reference'] =>",
];

/** Converts a Word (.docx) file's bytes into frontmatter and a Markdown body. */
export async function importDocx(file: string, bytes: Uint8Array): Promise<Imported> {
  const zip = await openZip(file, bytes);
  if (!zip.file('word/document.xml')) {
    const odt = zip.file('content.xml') ? ' (it looks like an OpenDocument .odt)' : '';
    throw new GlossError(
      { file },
      `this zip is not a Word document: it has no word/document.xml${odt}`,
      'open it in Word, LibreOffice or Google Docs and save or download it as .docx',
    );
  }
  const core = await readCoreProperties(zip);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new GlossError(
      { file },
      `the Word file is damaged: ${(error as Error).message.split('\n')[0]}`,
      'open it in Word and save it again as .docx',
    );
  }
  // Footnote marks and the notes mammoth appends are not the article's paragraphs.
  html = html
    .replace(/<sup><a href="#(?:footnote|endnote)-[^"]*"[^>]*>[^<]*<\/a><\/sup>/g, '')
    .replace(/<ol>(?:<li id="(?:footnote|endnote)-[\s\S]*?<\/li>)+<\/ol>/g, '');
  const titled = /<h1 class="title">([\s\S]*?)<\/h1>/.exec(html);
  const subtitle = /<p class="subtitle">([\s\S]*?)<\/p>/.exec(html);
  const tree = cleanTree(htmlToMarkdownTree(parseHtml(html)));
  const header = takeHeader(tree, { title: htmlText(titled?.[1]), subtitle: htmlText(subtitle?.[1]) });
  return finishImport(
    file,
    {
      title: header.title ?? (core.title && !GENERIC_TITLE.test(core.title) ? core.title : undefined),
      dek: header.dek ?? core.description,
      author: header.author ?? personal(core.creator),
      publishedAt: header.publishedAt,
    },
    tree,
  );
}

// Account names that Word and document generators write as the creator: not a byline.
const GENERIC_CREATOR =
  /^(?:microsoft office user|windows user|user|admin(?:istrator)?|owner|author|unknown|un-named|guest|python-docx|apache poi)$/i;

// Titles Word gives a file by itself.
const GENERIC_TITLE = /^(?:document\s*\d*|doc\d*|untitled.*|microsoft word - .*|title|draft)$/i;

/** Keeps a document creator that reads as a person's name, not a generic account. */
function personal(creator?: string): string | undefined {
  return creator && !GENERIC_CREATOR.test(creator) && /\p{Lu}/u.test(creator) ? creator : undefined;
}

/** Opens a zip, turning a damaged archive into an author-facing error. */
export async function openZip(file: string, bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new GlossError(
      { file },
      `the file is damaged: it starts like a zip (.docx) archive but cannot be opened (${(error as Error).message})`,
      'download or export it again; if Word opens it, save it again as .docx',
    );
  }
}

/** Reads the title, author and description Word keeps in docProps/core.xml. */
async function readCoreProperties(zip: JSZip): Promise<{ title?: string; creator?: string; description?: string }> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    const value = m?.[1] ? decodeXml(m[1]).trim() : undefined;
    return value || undefined;
  };
  return { title: field('dc:title'), creator: field('dc:creator'), description: field('dc:description') };
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
