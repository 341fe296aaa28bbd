import { Navigate, Route, Routes } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { PluginNav } from '../components/PluginNav';
import { SettingsProvider } from '../components/SettingsProvider';
import { LIBRARY_KINDS } from '../labels';
import { PERMISSIONS } from '../permissions';
import { ComposePage } from './ComposePage/ComposePage';
import { HistoryPage } from './HistoryPage/HistoryPage';
import { ImportPage } from './ImportPage';
import { LibraryPage } from './LibraryPage/LibraryPage';
import { RegistersPage } from './RegistersPage/RegistersPage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <SettingsProvider>
      <Layouts.Root sideNav={<PluginNav />}>
        <Routes>
          <Route index element={<Navigate to="registers" replace />} />
          <Route path="registers" element={<RegistersPage />} />
          <Route path="registers/:documentId" element={<ComposePage />} />
          <Route path="registers/:documentId/history" element={<HistoryPage />} />
          <Route path="import" element={<ImportPage />} />
          {LIBRARY_KINDS.map((kind) => (
            <Route key={kind} path={kind} element={<LibraryPage key={kind} kind={kind} />} />
          ))}
          <Route path="*" element={<Page.NoData />} />
        </Routes>
      </Layouts.Root>
    </SettingsProvider>
  </Page.Protect>
);

export default App;
