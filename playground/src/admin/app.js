// The admin languages of the playground: the plugin's UI is translated into Finnish and Swedish too.
export default {
  config: { locales: ['fi', 'sv'] },
  bootstrap() {},
};
