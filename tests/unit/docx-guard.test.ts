/** The checks a .docx passes before it is parsed, on archives built here, with small limits. */
import { checkDocxArchive, DOCX_LIMITS } from '../../server/src/services/docx-guard';
import { docx, docxParts, largeDocumentXml, withDeclaredSize, zip } from '../integration/helpers/docx';

const MB = 1024 * 1024;
const refusal = (status: number, code: string) =>
  expect.objectContaining({ details: { errors: [expect.objectContaining({ path: ['file'], code: `import.file.${code}` })] }, ...(status === 413 ? { name: 'PayloadTooLargeError' } : { name: 'ValidationError' }) });

describe('checkDocxArchive', () => {
  it('passes a well-formed document', async () => {
    await expect(checkDocxArchive(await docx(['Rekisterin nimi', 'Asiakasrekisteri']))).resolves.toBeUndefined();
  });

  it('refuses a file that is no zip, and a broken one', async () => {
    await expect(checkDocxArchive(Buffer.from('Rekisterin nimi'))).rejects.toEqual(refusal(400, 'unreadable'));
    await expect(checkDocxArchive(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]))).rejects.toEqual(refusal(400, 'unreadable'));
  });

  it('refuses too many parts, from the directory alone', async () => {
    const archive = await docx(['x'], [{ name: 'a', content: '' }, { name: 'b', content: '' }]);
    await expect(checkDocxArchive(archive, { ...DOCX_LIMITS, entries: 4 })).rejects.toEqual(refusal(413, 'tooManyParts'));
    await expect(checkDocxArchive(archive, { ...DOCX_LIMITS, entries: 5 })).resolves.toBeUndefined();
  });

  it('refuses declared sizes over the limits: all parts, and the XML', async () => {
    const archive = await zip(docxParts(largeDocumentXml(2 * MB), [{ name: 'word/media/image.png', content: Buffer.alloc(MB) }]));
    await expect(checkDocxArchive(archive, { ...DOCX_LIMITS, uncompressedBytes: 2.5 * MB })).rejects.toEqual(refusal(413, 'uncompressedTooLarge'));
    await expect(checkDocxArchive(archive, { ...DOCX_LIMITS, markupBytes: 1.5 * MB })).rejects.toEqual(refusal(413, 'textTooLarge'));
    await expect(checkDocxArchive(archive)).resolves.toBeUndefined();
  });

  it('stops a part that inflates past the size its directory declares', async () => {
    const archive = withDeclaredSize(await zip(docxParts(largeDocumentXml(2 * MB))), 'word/document.xml', 1000);
    await expect(checkDocxArchive(archive)).rejects.toEqual(refusal(400, 'unreadable'));
  });

  it('gives up at the time limit', async () => {
    const archive = await zip(docxParts(largeDocumentXml(16 * MB)));
    await expect(checkDocxArchive(archive, { ...DOCX_LIMITS, markupBytes: 20 * MB, milliseconds: 1 })).rejects.toEqual(refusal(413, 'tooSlow'));
  });
});
