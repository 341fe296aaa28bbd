import { useForm } from '@strapi/strapi/admin';

/** True when the surrounding Strapi form is read-only (the admin may read but not compose). */
export const useFormDisabled = () => useForm('useFormDisabled', (state) => state.disabled);
