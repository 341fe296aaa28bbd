/**
 * Route policies of the plugin. `has-any-permission`: the admin may do at least one of the RBAC
 * actions named (Strapi's own `admin::hasPermissions` needs every one of them).
 */
export interface PolicyContext {
  state: { userAbility?: { can: (action: string) => boolean } };
}

const hasAnyPermission = (ctx: PolicyContext, config: { actions: string[] }) =>
  Boolean(ctx.state.userAbility) && config.actions.some((action) => ctx.state.userAbility!.can(action));

export default { 'has-any-permission': hasAnyPermission };
