/**
 * The checks an uploaded .docx passes before the Word converter sees it. A .docx is a zip
 * archive, and a zip says what it likes about itself: a few hundred kilobytes can inflate to
 * gigabytes (a zip bomb), and the sizes in its directory can lie. So, before parsing:
 *
 * 1. the file's own size;
 * 2. the archive's directory, read without inflating anything (yauzl): the number of parts, the
 *    total size they declare, and the size of the XML the converter will parse;
 * 3. every part inflated once and thrown away, within a time limit; yauzl stops a part the moment
 *    it inflates past the size it declared, so a lying directory costs no more than an honest one.
 *
 * The converter then inflates the same bytes, now known to stay within the limits.
 */
import { stat, readFile } from 'node:fs/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { errors } from '@strapi/utils';
import { fieldError, tooLarge } from '../errors';

const MB = 1024 * 1024;

export const DOCX_LIMITS = {
  /** The uploaded file. */
  fileBytes: 5 * MB,
  /** Every part inflated, images included. */
  uncompressedBytes: 20 * MB,
  /**
   * The XML parts, which the converter parses into memory (about 100 MB and a second per 1 MB of
   * dense XML): a notice of 200,000 characters, the most the import takes, needs far less.
   */
  markupBytes: 3 * MB,
  /** Parts in the archive; a Word document has a few dozen. */
  entries: 1000,
  /**
   * Inflating every part once. A backstop only: the sizes above already bound the work (the
   * allowed 20 MB inflate in well under a second), so the limit is generous enough that a busy
   * server never refuses a well-formed document for being slow.
   */
  milliseconds: 10_000,
};

export type DocxLimits = typeof DOCX_LIMITS;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MARKUP = /\.(xml|rels)$/i;
const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

const tooBig = (code: string, message: string, params: Record<string, number>) => tooLarge('file', message, { code: `import.file.${code}`, params });
const unreadable = (message: string) => fieldError('file', message, { code: 'import.file.unreadable', params: {} });

function openArchive(content: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zipfile) =>
      error ? reject(error) : resolve(zipfile),
    );
  });
}

/** The archive's directory, entry by entry, refusing as soon as a declared total passes its limit. */
function readDirectory(zipfile: ZipFile, limits: DocxLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let uncompressed = 0;
    let markup = 0;
    zipfile.on('entry', (entry: Entry) => {
      entries.push(entry);
      uncompressed += entry.uncompressedSize;
      if (MARKUP.test(entry.fileName)) markup += entry.uncompressedSize;
      if (uncompressed > limits.uncompressedBytes) {
        reject(tooBig('uncompressedTooLarge', `the document unpacks to more than ${megabytes(limits.uncompressedBytes)} MB`, { limitMb: megabytes(limits.uncompressedBytes) }));
      } else if (markup > limits.markupBytes) {
        reject(tooBig('textTooLarge', `the document's text parts are larger than ${megabytes(limits.markupBytes)} MB`, { limitMb: megabytes(limits.markupBytes) }));
      } else {
        zipfile.readEntry();
      }
    });
    zipfile.on('end', () => resolve(entries));
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
}

/** Inflates one part and discards it; yauzl fails the stream if it yields more than it declared. */
function drain(zipfile: ZipFile, entry: Entry, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const stop = () => stream.destroy(new Error('time limit reached'));
      signal.addEventListener('abort', stop, { once: true });
      const settle = (outcome?: Error) => {
        signal.removeEventListener('abort', stop);
        return outcome ? reject(outcome) : resolve();
      };
      stream.on('error', settle).on('end', () => settle()).resume();
      if (signal.aborted) stop();
    });
  });
}

/** Refuses an archive with too many parts, too much in them, or a zip bomb; resolves when it is safe to parse. */
export async function checkDocxArchive(content: Buffer, limits: DocxLimits = DOCX_LIMITS): Promise<void> {
  if (!content.subarray(0, 4).equals(ZIP_SIGNATURE)) throw unreadable('the file is not a .docx document');

  const zipfile = await openArchive(content).catch(() => {
    throw unreadable('the file could not be read as a .docx document');
  });
  try {
    if (zipfile.entryCount > limits.entries) {
      throw tooBig('tooManyParts', `the document has more than ${limits.entries} parts`, { limit: limits.entries });
    }
    const entries = await readDirectory(zipfile, limits).catch((error: unknown) => {
      throw error instanceof errors.ApplicationError ? error : unreadable('the file could not be read as a .docx document');
    });
    const signal = AbortSignal.timeout(limits.milliseconds);
    for (const entry of entries) {
      await drain(zipfile, entry, signal).catch((error: unknown) => {
        if (signal.aborted) {
          throw tooBig('tooSlow', `the document could not be unpacked within ${limits.milliseconds / 1000} s`, { seconds: limits.milliseconds / 1000 });
        }
        // Inflating past the declared size, an unsupported compression, an encrypted part …
        throw unreadable(`the file is a damaged or crafted .docx: ${(error as Error).message.slice(0, 100)}`);
      });
    }
  } finally {
    zipfile.close();
  }
}

/** The uploaded file's content, checked: its size before it is read, then its archive. */
export async function readCheckedDocx(filepath: string, limits: DocxLimits = DOCX_LIMITS): Promise<Buffer> {
  const { size } = await stat(filepath);
  if (size > limits.fileBytes) {
    throw tooBig('tooLarge', `the file is larger than ${megabytes(limits.fileBytes)} MB`, { limitMb: megabytes(limits.fileBytes) });
  }
  const content = await readFile(filepath);
  await checkDocxArchive(content, limits);
  return content;
}
