/**
 * Settings → Privacy notices → Webhook events: which of Strapi's webhooks get the plugin's events.
 * Strapi's own webhook form lists a fixed set of events on Community Edition; here each existing
 * webhook gets a checkbox per plugin event, and saving sends the webhook back to Strapi with its
 * name, URL, headers, enabled state and other events as they were. Strapi's webhook permissions
 * apply: Read to see the webhooks, Update to change them.
 */
import { useEffect, useMemo, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { Badge, Box, Button, Checkbox, EmptyStateLayout, Flex, Link, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useAuth, useNotification } from '@strapi/strapi/admin';
import { PLUGIN_WEBHOOK_EVENTS, useListWebhooksQuery, useSetWebhookEventsMutation, type Webhook } from '../../api/webhooks';
import { useErrorText } from '../../hooks/useErrorText';
import { useTranslate } from '../../hooks/useTranslate';
import { WEBHOOK_PERMISSIONS } from '../../permissions';

/** `privacy-notice.publish` → `publish`: the part of an event's name its locale keys use. */
const keyOf = (event: string) => event.slice(event.indexOf('.') + 1);

const sameEvents = (a: string[], b: string[]) => a.length === b.length && a.every((event) => b.includes(event));

const WebhookEventsPage = () => {
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const errorText = useErrorText();
  // Read from the signed-in admin's permissions as they arrive: useRBAC checks once, and on a page
  // opened directly it can check before they have loaded and then wrongly deny for good.
  const checking = useAuth('WebhookEventsPage', (state) => state.isLoading);
  const granted = useAuth('WebhookEventsPage', (state) => state.permissions);
  const holds = (wanted: { action: string }[]) => wanted.every(({ action }) => granted.some((permission) => permission.action === action));
  const canRead = holds(WEBHOOK_PERMISSIONS.read);
  const canUpdate = holds(WEBHOOK_PERMISSIONS.update);
  const webhooks = useListWebhooksQuery(undefined, { skip: !canRead });
  const [setEvents] = useSetWebhookEventsMutation();
  // The events each webhook will have once saved, by webhook id; starts as Strapi has them.
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (webhooks.data) setChosen(Object.fromEntries(webhooks.data.map((webhook) => [webhook.id, webhook.events])));
  }, [webhooks.data]);
  const changed = useMemo(
    () => (webhooks.data ?? []).filter((webhook) => chosen[webhook.id] && !sameEvents(chosen[webhook.id], webhook.events)),
    [webhooks.data, chosen],
  );

  if (checking) return <Page.Loading />;
  if (!canRead) {
    return (
      <Page.Main>
        <Page.Title>{t('webhooks.title')}</Page.Title>
        <Layouts.Header title={t('webhooks.title')} />
        <Layouts.Content>
          <Typography>{t('webhooks.noReadPermission')}</Typography>
        </Layouts.Content>
      </Page.Main>
    );
  }

  const toggle = (webhook: Webhook, event: string, on: boolean) =>
    setChosen((current) => {
      const events = (current[webhook.id] ?? webhook.events).filter((other) => other !== event);
      return { ...current, [webhook.id]: on ? [...events, event] : events };
    });

  const save = async () => {
    setSaving(true);
    try {
      for (const webhook of changed) await setEvents({ webhook, events: chosen[webhook.id] }).unwrap();
      toggleNotification({ type: 'success', message: t('webhooks.saved') });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  const strapiWebhooks = (
    <Link tag={NavLink} to="/settings/webhooks">
      {t('webhooks.strapiLink')}
    </Link>
  );

  return (
    <Page.Main>
      <Page.Title>{t('webhooks.title')}</Page.Title>
      <Layouts.Header
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        primaryAction={
          canUpdate ? (
            <Button startIcon={<Check />} onClick={save} loading={saving} disabled={changed.length === 0}>
              {t('webhooks.save')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="p">{t('webhooks.intro')}</Typography>
          <Typography tag="p">{t('webhooks.strapiForm')}</Typography>
          {!canUpdate && (
            <Typography tag="p" fontWeight="bold">
              {t('webhooks.noUpdatePermission')}
            </Typography>
          )}
          {webhooks.error ? (
            <Typography textColor="danger600">{errorText(webhooks.error)}</Typography>
          ) : !webhooks.data ? (
            <Typography>{t('webhooks.loading')}</Typography>
          ) : webhooks.data.length === 0 ? (
            <EmptyStateLayout content={t('webhooks.empty')} action={strapiWebhooks} />
          ) : (
            <>
              <Typography tag="p">{strapiWebhooks}</Typography>
              <Flex tag="ul" direction="column" alignItems="stretch" gap={4}>
                {webhooks.data.map((webhook) => (
                  <Box tag="li" key={webhook.id} background="neutral0" hasRadius shadow="tableShadow" padding={5}>
                    <Flex tag="fieldset" direction="column" alignItems="stretch" gap={3} style={{ border: 0, margin: 0, padding: 0 }} data-webhook={webhook.id}>
                      <Flex tag="legend" gap={2} wrap="wrap" style={{ padding: 0 }}>
                        <Typography variant="delta" tag="span">
                          {webhook.name}
                        </Typography>
                        <Typography variant="pi" textColor="neutral600" tag="span">
                          {webhook.url}
                        </Typography>
                        {!webhook.isEnabled && <Badge>{t('webhooks.disabled')}</Badge>}
                      </Flex>
                      {PLUGIN_WEBHOOK_EVENTS.map((event) => (
                        <Flex key={event} direction="column" alignItems="flex-start" gap={1}>
                          <Checkbox
                            disabled={!canUpdate || saving}
                            checked={(chosen[webhook.id] ?? webhook.events).includes(event)}
                            onCheckedChange={(checked) => toggle(webhook, event, checked === true)}
                          >
                            {t(`webhooks.event.${keyOf(event)}.label`, { event })}
                          </Checkbox>
                          <Typography variant="pi" textColor="neutral600">
                            {t(`webhooks.event.${keyOf(event)}.description`)}
                          </Typography>
                        </Flex>
                      ))}
                    </Flex>
                  </Box>
                ))}
              </Flex>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default WebhookEventsPage;
