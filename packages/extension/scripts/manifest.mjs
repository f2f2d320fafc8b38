// Manifest per browser: one source of truth for permissions, with Chrome and Firefox differences spelled out.
/** Marketplace hosts: the only pages where the content script runs on its own (for the automatic badge). */
export const MARKETPLACE_MATCHES = [
  'https://www.amazon.com/*',
  'https://www.amazon.co.uk/*',
  'https://www.amazon.ca/*',
  'https://www.amazon.com.au/*',
  'https://www.amazon.de/*',
  'https://www.amazon.fr/*',
  'https://www.amazon.it/*',
  'https://www.amazon.es/*',
  'https://www.amazon.nl/*',
  'https://www.amazon.se/*',
  'https://www.amazon.pl/*',
  'https://www.amazon.com.tr/*',
  'https://www.amazon.co.jp/*',
  'https://www.amazon.in/*',
  'https://www.amazon.com.mx/*',
  'https://www.amazon.com.br/*',
  'https://www.amazon.sa/*',
  'https://www.amazon.ae/*',
  'https://www.amazon.sg/*',
  'https://www.walmart.com/*',
  'https://*.myshopify.com/*',
];

/** @param {'chrome' | 'firefox'} target @param {string} version */
export function buildManifest(target, version) {
  const common = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: MARKETPLACE_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: MARKETPLACE_MATCHES, js: ['content.js'], run_at: 'document_idle' }],
    options_ui: { page: 'options.html', open_in_tab: true },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  };
  const action = {
    default_title: '__MSG_actionTitle__',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  };
  if (target === 'chrome') {
    return {
      ...common,
      permissions: [...common.permissions, 'sidePanel'],
      minimum_chrome_version: '116',
      background: { service_worker: 'background.js', type: 'module' },
      action,
      side_panel: { default_path: 'panel.html' },
    };
  }
  return {
    ...common,
    background: { service_worker: 'background.js', scripts: ['background.js'], type: 'module' },
    action: { ...action, default_popup: 'panel.html' },
    sidebar_action: {
      default_title: '__MSG_actionTitle__',
      default_panel: 'panel.html?sidebar=1',
      default_icon: 'icons/icon-32.png',
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'revloop@revloop.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
