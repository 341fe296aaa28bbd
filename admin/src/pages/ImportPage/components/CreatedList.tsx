/** The drafts an import created, each a link to its compose page with its completeness score. */
import { NavLink } from 'react-router-dom';
import { Alert, Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../../../pluginId';
import { useTranslate } from '../../../hooks/useTranslate';
import type { ImportResult } from '../types';

export const CreatedList = ({ result, locale }: { result: ImportResult; locale: string }) => {
  const { t } = useTranslate();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Alert variant="success" closeLabel={t('import.close')} title={t('import.created.title', { count: result.registers.length })}>
        {t('import.created.body')}
      </Alert>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {result.registers.map((register) => (
          <Box tag="li" key={register.documentId} background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex gap={3} justifyContent="space-between" wrap="wrap">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}/registers/${register.documentId}`}>
                  {register.title[locale] ?? Object.values(register.title)[0] ?? register.slug}
                </Link>
                <Typography variant="pi" textColor="neutral600">
                  {t('import.register.slug', { slug: register.slug })}
                </Typography>
              </Flex>
              <Badge variant={register.completeness.present === register.completeness.required ? 'success' : 'warning'}>
                {t('import.created.score', register.completeness)}
              </Badge>
            </Flex>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
