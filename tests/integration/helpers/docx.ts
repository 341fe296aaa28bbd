/**
 * Word documents built for tests, well-formed or hostile: a .docx is a zip of XML parts. The big
 * parts are generated as streams and deflated by yazl as they go, so a 100 MB document costs the
 * test process a few hundred kilobytes.
 */
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_END = '</w:body></w:document>';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const paragraphsXml = (paragraphs: string[]) =>
  paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');

/** word/document.xml with these paragraphs. */
export const documentXml = (paragraphs: string[]) => `${DOCUMENT_START}${paragraphsXml(paragraphs)}${DOCUMENT_END}`;

/** word/document.xml of `bytes` bytes: the paragraphs, then one paragraph repeated until the size is reached. */
export function largeDocumentXml(bytes: number, paragraphs: string[] = ['Rekisterin nimi', 'Asiakasrekisteri']): Readable {
  const filler = paragraphsXml(['Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä.']);
  const head = Buffer.from(DOCUMENT_START + paragraphsXml(paragraphs));
  const tail = Buffer.from(DOCUMENT_END);
  const chunk = Buffer.from(filler.repeat(Math.ceil((64 * 1024) / filler.length)));
  let remaining = bytes - head.length - tail.length;
  return Readable.from(
    (function* generate() {
      yield head;
      while (remaining > 0) {
        const next = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining);
        remaining -= next.length;
        yield next;
      }
      yield tail;
    })(),
  );
}

export interface Part {
  name: string;
  content: string | Buffer | Readable;
}

/** A zip of these parts, each deflated. */
export async function zip(parts: Part[]): Promise<Buffer> {
  const file = new ZipFile();
  for (const { name, content } of parts) {
    if (content instanceof Readable) file.addReadStream(content, name);
    else file.addBuffer(Buffer.from(content), name);
  }
  file.end();
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The parts of a minimal Word document around its word/document.xml. */
export const docxParts = (document: string | Readable, extra: Part[] = []): Part[] => [
  { name: '[Content_Types].xml', content: CONTENT_TYPES },
  { name: '_rels/.rels', content: RELATIONSHIPS },
  { name: 'word/document.xml', content: document },
  ...extra,
];

export const docx = (paragraphs: string[], extra: Part[] = []) => zip(docxParts(documentXml(paragraphs), extra));

const CENTRAL_DIRECTORY_HEADER = 0x02014b50;

/**
 * The zip with the uncompressed size that its central directory declares for `name` replaced:
 * a lying header, as a crafted zip bomb has.
 */
export function withDeclaredSize(archive: Buffer, name: string, uncompressedSize: number): Buffer {
  const patched = Buffer.from(archive);
  for (let at = patched.length - 46; at >= 0; at -= 1) {
    if (patched.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) continue;
    const nameLength = patched.readUInt16LE(at + 28);
    if (patched.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
    patched.writeUInt32LE(uncompressedSize, at + 24);
    return patched;
  }
  throw new Error(`no central directory entry for ${name}`);
}
