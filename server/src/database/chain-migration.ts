/**
 * Gives the versions published before the record was a hash chain their record hashes, once per
 * database: at the first start of a release with the chain. That it has run is kept in Strapi's
 * core store (CHAIN_MIGRATION), which `strapi export` carries and `strapi import`/`transfer` replace
 * with the backup's: a backup made before the chain is chained at the next start, one made after it
 * is not. A register that loses its hashes and head later is never chained again, whatever is done
 * to it; verification reports it.
 *
 * For each register that has versions but no chain head and whose versions all lack a record hash
 * (as the plugin's first release left them, or a restored backup of it), the chain is computed from
 * what the versions say and stored beside it, with the register's head. Nothing a version says is
 * changed: only its two hash columns are filled.
 *
 * A register whose versions are partly chained, or whose head is gone, is left alone: that is
 * tampering, and verification reports it.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { groupBy } from 'lodash';
import { chainOf } from '../domain/record-chain';
import { UID } from '../uids';
import { toRecord } from '../repositories/version-repository';

/** Where the first start with the chain notes that the migration has run. */
export const CHAIN_MIGRATION = {
  store: { type: 'plugin', name: 'privacy-notices' },
  key: 'chainMigration',
} as const;

interface Tables {
  versions: string;
  registers: string;
  column: (uid: string, attribute: string) => string;
}

function tablesOf(strapi: Core.Strapi): Tables {
  const metadata = (uid: string) => strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  return {
    versions: metadata(UID.noticeVersion).tableName,
    registers: metadata(UID.register).tableName,
    column: (uid, attribute) => metadata(uid).attributes[attribute].columnName ?? attribute,
  };
}

/** documentIds of the registers whose versions have never been chained. */
export async function unchainedRegisters(strapi: Core.Strapi, db: Knex | Knex.Transaction): Promise<string[]> {
  const { versions, registers, column } = tablesOf(strapi);
  const registerOf = column(UID.noticeVersion, 'registerDocumentId');
  const recordHash = column(UID.noticeVersion, 'recordHash');
  const documentId = column(UID.register, 'documentId');
  const headVersion = column(UID.register, 'headVersion');
  const rows = await db(registers)
    .select(`${registers}.${documentId} as documentId`)
    .where((where) => where.whereNull(`${registers}.${headVersion}`).orWhere(`${registers}.${headVersion}`, 0))
    .whereExists((exists) => exists.select(db.raw('1')).from(versions).whereRaw(`${versions}.${registerOf} = ${registers}.${documentId}`))
    .whereNotExists((exists) =>
      exists.select(db.raw('1')).from(versions).whereRaw(`${versions}.${registerOf} = ${registers}.${documentId}`).whereNotNull(`${versions}.${recordHash}`),
    );
  return rows.map((row: { documentId: string }) => row.documentId);
}

/**
 * Chains the versions of these registers and sets their heads; returns how many versions were
 * chained. Runs inside strapi.db.transaction, whose `trx` is `db`, so that the versions are read
 * through Strapi (with the same conversions as when they are verified) in the same transaction.
 */
export async function chainRegisters(strapi: Core.Strapi, db: Knex | Knex.Transaction, registerDocumentIds: string[]): Promise<number> {
  if (registerDocumentIds.length === 0) return 0;
  const { versions, registers, column } = tablesOf(strapi);
  const rows = await strapi.db.query(UID.noticeVersion).findMany({
    where: { registerDocumentId: { $in: registerDocumentIds } },
    select: ['id', 'registerDocumentId', 'version', 'updatedOn', 'effectiveFrom', 'changeSummary', 'material', 'contentHash'],
  });
  let chained = 0;
  for (const [registerDocumentId, own] of Object.entries(groupBy(rows, 'registerDocumentId'))) {
    const ids = new Map(own.map((row) => [Number(row.version), row.id as number]));
    const links = chainOf(own.map((row) => toRecord(row)));
    for (const link of links) {
      await db(versions)
        .where({ id: ids.get(link.version) })
        .whereNull(column(UID.noticeVersion, 'recordHash'))
        .update({ [column(UID.noticeVersion, 'recordHash')]: link.recordHash, [column(UID.noticeVersion, 'previousRecordHash')]: link.previousRecordHash });
      chained += 1;
    }
    const head = links[links.length - 1];
    await db(registers)
      .where({ [column(UID.register, 'documentId')]: registerDocumentId })
      .update({ [column(UID.register, 'headVersion')]: head.version, [column(UID.register, 'headRecordHash')]: head.recordHash });
  }
  return chained;
}
