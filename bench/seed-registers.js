/**
 * Many published registers at once, for the scale benchmark and test: copies of one register the
 * plugin has published (its register row and its version 1), each with its own slug and title,
 * inserted in bulk. Each copy's version is what publishing would have stored — its snapshot names
 * its slug, its contentHash and recordHash are computed as the plugin computes them (sha256 of the
 * canonical JSON, see server/src/domain/hash.ts and record-chain.ts) and the register's chain head
 * names it — so verification finds every copy intact.
 *
 *   await seedRegisters(strapi, { template: documentId, count: 10000 })
 */
const { createHash, randomBytes } = require('node:crypto');
const canonicalize = require('canonicalize');

const REGISTER = 'plugin::privacy-notices.register';
const VERSION = 'plugin::privacy-notices.notice-version';
/** Rows per INSERT: well below SQLite's limit on bound values. */
const BATCH = 200;

const hashOf = (value) => createHash('sha256').update(canonicalize(value), 'utf8').digest('hex');
/** A documentId in Strapi's form: 24 lower-case letters and digits. */
const documentId = () => randomBytes(18).toString('base64').replace(/[^a-z0-9]/gi, '').toLowerCase().padEnd(24, '0').slice(0, 24);

function tablesOf(strapi) {
  const metadata = (uid) => strapi.db.metadata.get(uid);
  const column = (uid, attribute) => metadata(uid).attributes[attribute].columnName ?? attribute;
  return { registers: metadata(REGISTER).tableName, versions: metadata(VERSION).tableName, column };
}

/** A JSON column as it is stored: text on SQLite, JSON on PostgreSQL. */
const asStored = (raw, value) => (typeof raw === 'string' ? JSON.stringify(value) : value);
/** A row as the driver takes it: JSON values as text (PostgreSQL's driver would write a list as an array). */
const insertable = (row) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value]));

/** The title in every language of the template, numbered. */
const numbered = (title, n) => Object.fromEntries(Object.entries(title ?? { fi: 'Rekisteri' }).map(([language, text]) => [language, `${text} ${n}`]));

async function seedRegisters(strapi, { template, count, prefix = 'rekisteri' }) {
  const { registers, versions, column } = tablesOf(strapi);
  const knex = strapi.db.connection;
  const registerRow = await knex(registers).where(column(REGISTER, 'documentId'), template).first();
  const versionRow = await knex(versions).where({ [column(VERSION, 'registerDocumentId')]: template, [column(VERSION, 'version')]: 1 }).first();
  // The values the chain covers, as the plugin reads them back (dates converted by Strapi).
  const stored = await strapi.db.query(VERSION).findOne({ where: { registerDocumentId: template, version: 1 } });
  if (!registerRow || !versionRow || !stored) throw new Error(`register ${template} has no published version 1 to copy`);
  const snapshot = typeof versionRow[column(VERSION, 'snapshot')] === 'string' ? JSON.parse(versionRow[column(VERSION, 'snapshot')]) : stored.snapshot;

  const seeded = [];
  for (let start = 0; start < count; start += BATCH) {
    const registerRows = [];
    const versionRows = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const slug = `${prefix}-${i + 1}`;
      const id = documentId();
      const copy = { ...snapshot, slug, title: numbered(snapshot.title, i + 1) };
      const contentHash = hashOf(copy);
      const record = {
        registerDocumentId: id,
        version: 1,
        updatedOn: String(stored.updatedOn).slice(0, 10),
        effectiveFrom: new Date(stored.effectiveFrom).toISOString(),
        changeSummary: stored.changeSummary ?? null,
        material: Boolean(stored.material),
        contentHash,
        previousRecordHash: null,
      };
      const recordHash = hashOf(record);
      const { id: _registerId, ...registerFields } = registerRow;
      registerRows.push({
        ...registerFields,
        [column(REGISTER, 'documentId')]: id,
        [column(REGISTER, 'slug')]: slug,
        [column(REGISTER, 'title')]: asStored(registerRow[column(REGISTER, 'title')], copy.title),
        [column(REGISTER, 'headVersion')]: 1,
        [column(REGISTER, 'headRecordHash')]: recordHash,
      });
      const { id: _versionId, ...versionFields } = versionRow;
      versionRows.push({
        ...versionFields,
        [column(VERSION, 'registerDocumentId')]: id,
        [column(VERSION, 'snapshot')]: asStored(versionRow[column(VERSION, 'snapshot')], copy),
        [column(VERSION, 'contentHash')]: contentHash,
        [column(VERSION, 'recordHash')]: recordHash,
        [column(VERSION, 'previousRecordHash')]: null,
      });
      seeded.push({ documentId: id, slug });
    }
    await knex.transaction(async (trx) => {
      await trx(registers).insert(registerRows.map(insertable));
      await trx(versions).insert(versionRows.map(insertable));
    });
  }
  return seeded;
}

module.exports = { seedRegisters };
