/** The plugin's side navigation, as the Content Manager has one: the registers, then the library. */
import { Divider } from '@strapi/design-system';
import { SubNav } from '@strapi/strapi/admin';
import { useTranslate } from '../hooks/useTranslate';
import { LIBRARY_KINDS, useLabels } from '../labels';
import { PLUGIN_ID } from '../pluginId';

export const PluginNav = () => {
  const { t } = useTranslate();
  const labels = useLabels();
  const base = `/plugins/${PLUGIN_ID}`;
  return (
    <SubNav.Main aria-label={t('plugin.name')}>
      <SubNav.Header label={t('plugin.name')} />
      <Divider />
      <SubNav.Content>
        <SubNav.Sections>
          <SubNav.Section label={t('nav.notices')}>
            {[
              <SubNav.Link key="registers" to={`${base}/registers`} label={t('registers.title')} />,
              <SubNav.Link key="import" to={`${base}/import`} label={t('registers.import')} />,
            ]}
          </SubNav.Section>
          <SubNav.Section label={t('nav.library')}>
            {LIBRARY_KINDS.map((kind) => (
              <SubNav.Link key={kind} to={`${base}/${kind}`} label={labels.kind(kind, 'title')} />
            ))}
          </SubNav.Section>
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
