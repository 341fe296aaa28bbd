/**
 * The plugin's side navigation, as the Content Manager has one: the registers, then the library;
 * only the pages the admin may open (Read opens all but the record, Export record the record).
 */
import { Divider } from '@strapi/design-system';
import { SubNav } from '@strapi/strapi/admin';
import { usePermissions } from '../hooks/usePermissions';
import { useTranslate } from '../hooks/useTranslate';
import { LIBRARY_KINDS, useLabels } from '../labels';
import { PLUGIN_ID } from '../pluginId';

export const PluginNav = () => {
  const { t } = useTranslate();
  const labels = useLabels();
  const { isLoading, canRead, canExportRecord } = usePermissions();
  const base = `/plugins/${PLUGIN_ID}`;
  const notices = [
    ...(canRead
      ? [
          <SubNav.Link key="registers" to={`${base}/registers`} label={t('registers.title')} />,
          <SubNav.Link key="import" to={`${base}/import`} label={t('registers.import')} />,
        ]
      : []),
    ...(canExportRecord ? [<SubNav.Link key="record" to={`${base}/record-of-processing`} label={t('nav.record')} />] : []),
  ];
  return (
    <SubNav.Main aria-label={t('plugin.name')}>
      <SubNav.Header label={t('plugin.name')} />
      <Divider />
      <SubNav.Content>
        {isLoading ? null : (
          <SubNav.Sections>
            <SubNav.Section label={t('nav.notices')}>{notices}</SubNav.Section>
            {canRead ? (
              <SubNav.Section label={t('nav.library')}>
                {LIBRARY_KINDS.map((kind) => (
                  <SubNav.Link key={kind} to={`${base}/${kind}`} label={labels.kind(kind, 'title')} />
                ))}
              </SubNav.Section>
            ) : null}
          </SubNav.Sections>
        )}
      </SubNav.Content>
    </SubNav.Main>
  );
};
