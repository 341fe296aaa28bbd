/**
 * The benchmark's data: the playground's demo company through the plugin's own services, the
 * same register mirrored into plain api:: content types for Strapi's REST, and registers with
 * one and with a thousand versions.
 */
const { pick } = require('lodash');
const { seedDemoData } = require('../../../playground/src/demo-data');
const { ensureDemoAdmin } = require('../../../playground/src/demo-admin');
const { seedRegisters } = require('../../seed-registers');

const DEMO_SLUG = 'asiakasrekisteri';
const MIRRORED = ['notice', 'notice-change', 'organisation', 'purpose', 'data-category', 'recipient'];

/** The non-relation fields of an api:: type, taken from an entry of the plugin's equivalent type. */
function fieldsFor(strapi, name, entry) {
  const { attributes } = strapi.contentType(`api::${name}.${name}`);
  return pick(entry, Object.keys(attributes).filter((field) => attributes[field].type !== 'relation'));
}

/** The demo register and its version history as api::notice with related entries. */
async function mirror(strapi, register, versions) {
  const create = (name, data) => strapi.documents(`api::${name}.${name}`).create({ data: { ...fieldsFor(strapi, name, data), ...data.relations } });
  const each = (name, entries) => Promise.all(entries.map((entry) => create(name, entry)));
  const organisation = register.controller ? await create('organisation', register.controller) : null;
  const [purposes, dataCategories, recipients] = await Promise.all([
    each('purpose', register.purposes),
    each('data-category', register.dataCategories),
    each('recipient', register.recipients),
  ]);
  const ids = (entries) => entries.map((entry) => entry.documentId);
  const notice = await create('notice', {
    ...register,
    relations: { organisation: organisation?.documentId ?? null, purposes: ids(purposes), dataCategories: ids(dataCategories), recipients: ids(recipients) },
  });
  await each('notice-change', versions.map((version) => ({ ...version, relations: { notice: notice.documentId } })));
}

/** The public role may read the mirrored types, as a site serving them through REST would allow. */
async function allowPublicReads(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const name of MIRRORED) {
    for (const action of ['find', 'findOne']) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `api::${name}.${name}.${action}`, role: role.id } });
    }
  }
}

/** A register with the demo register's content under another slug, as the admin API takes it. */
function copyOf(register, slug) {
  const { documentId: _id, createdAt: _created, updatedAt: _updated, ...fields } = register;
  const id = (entry) => entry?.documentId ?? null;
  return {
    ...fields,
    slug,
    controller: id(fields.controller),
    purposes: fields.purposes.map(id),
    dataCategories: fields.dataCategories.map(id),
    recipients: fields.recipients.map(id),
  };
}

async function seed(strapi, { history, publishRegisters }) {
  await ensureDemoAdmin(strapi);
  await seedDemoData(strapi);
  const plugin = strapi.plugin('privacy-notices');
  const library = plugin.service('library');
  const publishing = plugin.service('publishing');

  const [demo] = await library.list('registers', { q: DEMO_SLUG, page: 1, pageSize: 10 }).then(({ results }) => results.filter((r) => r.slug === DEMO_SLUG));
  await mirror(strapi, await library.load('registers', demo.documentId), await publishing.versionsOf(demo.documentId));
  await allowPublicReads(strapi);

  const published = async (slug, versions) => {
    const register = await library.create('registers', copyOf(demo, slug));
    for (let n = 1; n <= versions; n++) {
      if (n > 1) await library.update('registers', register.documentId, { retention: { fi: `Tietoja säilytetään ${n} kuukautta.` } });
      await publishing.publish(register.documentId, { changeSummary: { fi: `Muutos ${n}.` }, acceptGaps: true }, null);
    }
    return register.documentId;
  };
  const registers = { one: await published('bench-one', 1), history: await published(`bench-${history}`, history), publishOne: [] };
  for (let i = 1; i <= publishRegisters; i++) registers.publishOne.push(await published(`bench-publish-${i}`, 1));
  return { demoSlug: DEMO_SLUG, historySlug: `bench-${history}`, registers };
}

/**
 * The scale benchmark's data: the demo company, then copies of its customer register published in
 * bulk (bench/seed-registers.js) until `registers` registers are published; called again with a
 * larger number, it adds the difference.
 */
async function seedScale(strapi, { registers }) {
  const versions = strapi.db.query('plugin::privacy-notices.notice-version');
  const chained = strapi.db.query('plugin::privacy-notices.register');
  if ((await versions.count()) === 0) {
    await ensureDemoAdmin(strapi);
    await seedDemoData(strapi);
  }
  const demo = await chained.findOne({ where: { slug: DEMO_SLUG }, select: ['documentId'] });
  const published = await chained.count({ where: { headVersion: { $gt: 0 } } });
  const start = await chained.count({ where: { slug: { $startsWith: 'scale-' } } });
  if (registers > published) await seedRegisters(strapi, { template: demo.documentId, count: registers - published, prefix: `scale-${start}` });
  return { demoSlug: DEMO_SLUG, published: await chained.count({ where: { headVersion: { $gt: 0 } } }) };
}

module.exports = { seed, seedScale };
