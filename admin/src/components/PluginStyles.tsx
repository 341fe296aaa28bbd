/**
 * What the plugin's pages change of the design system's look, so that they fit the window and
 * meet WCAG 2.1 AA:
 *
 * - Tables wrap their cells' text instead of scrolling sideways, so every column (the compose
 *   pencil, "Published by") is seen at 1280 px without scrolling.
 * - A primary button under the pointer darkens rather than lightens: the design system's lighter
 *   hover colour gives its white text only 3.5:1.
 */
import type { ReactNode } from 'react';
import styled, { ThemeProvider } from 'styled-components';

const Fit = styled.div`
  display: contents;

  & table {
    white-space: normal;
  }

  & td {
    overflow-wrap: anywhere;
  }
`;

type Theme = { colors: Record<string, string> };

const withAccessibleHover = (outer: Theme): Theme => ({
  ...outer,
  colors: { ...outer.colors, buttonPrimary500: outer.colors.primary700 ?? outer.colors.buttonPrimary500 },
});

export const PluginStyles = ({ children }: { children: ReactNode }) => (
  <ThemeProvider theme={withAccessibleHover as never}>
    <Fit>{children}</Fit>
  </ThemeProvider>
);
