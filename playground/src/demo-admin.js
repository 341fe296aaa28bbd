// The playground's demo login, created only when the database has no admin user yet.
const DEMO_ADMIN = {
  email: 'demo@example.com',
  password: 'Demo-Password-1',
  firstname: 'Demo',
  lastname: 'Editor',
};

async function ensureDemoAdmin(strapi) {
  const admins = await strapi.db.query('admin::user').count();
  if (admins === 0) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      ...DEMO_ADMIN,
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  const exists = await strapi.db.query('admin::user').count({ where: { email: DEMO_ADMIN.email } });
  if (exists) {
    strapi.log.info(
      `\n\n  Privacy notices playground — admin login at /admin\n    email:    ${DEMO_ADMIN.email}\n    password: ${DEMO_ADMIN.password}\n`,
    );
  }
}

module.exports = { ensureDemoAdmin, DEMO_ADMIN };
