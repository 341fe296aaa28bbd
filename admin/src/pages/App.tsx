import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { PluginNav } from '../components/PluginNav';
import { PluginStyles } from '../components/PluginStyles';
import { SettingsProvider } from '../components/SettingsProvider';
import { usePermissions } from '../hooks/usePermissions';
import { LIBRARY_KINDS } from '../labels';
import { OPEN_PLUGIN, PERMISSIONS } from '../permissions';
import { ComposePage } from './ComposePage/ComposePage';
import { HistoryPage } from './HistoryPage/HistoryPage';
import { ImportPage } from './ImportPage';
import { LibraryPage } from './LibraryPage/LibraryPage';
import { RegistersPage } from './RegistersPage/RegistersPage';
import { RecordPage } from './RecordPage/RecordPage';

/** Every page but the record of processing needs Read. */
const Readers = ({ children }: { children: ReactNode }) => <Page.Protect permissions={PERMISSIONS.read}>{children}</Page.Protect>;

/** The plugin's first page: the registers, or for a role that may only export the record, the record. */
const FirstPage = () => {
  const { isLoading, canRead } = usePermissions();
  if (isLoading) return <Page.Loading />;
  return <Navigate to={canRead ? 'registers' : 'record-of-processing'} replace />;
};

const App = () => (
  <Page.Protect permissions={OPEN_PLUGIN}>
    <SettingsProvider>
      <PluginStyles>
        <Layouts.Root sideNav={<PluginNav />}>
          <Routes>
            <Route index element={<FirstPage />} />
            <Route path="registers" element={<Readers><RegistersPage /></Readers>} />
            <Route path="registers/:documentId" element={<Readers><ComposePage /></Readers>} />
            <Route path="registers/:documentId/history" element={<Readers><HistoryPage /></Readers>} />
            <Route path="import" element={<Readers><ImportPage /></Readers>} />
            <Route path="record-of-processing" element={<RecordPage />} />
            {LIBRARY_KINDS.map((kind) => (
              <Route key={kind} path={kind} element={<Readers><LibraryPage key={kind} kind={kind} /></Readers>} />
            ))}
            <Route path="*" element={<Page.NoData />} />
          </Routes>
        </Layouts.Root>
      </PluginStyles>
    </SettingsProvider>
  </Page.Protect>
);

export default App;
