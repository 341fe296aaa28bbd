import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { RegistersPage } from './RegistersPage';

const App = () => (
  <Routes>
    <Route index element={<RegistersPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
