/** Loaded before Decap's bundle: Decap starts itself with a config.yml unless told that desk.ts starts it. */
declare global {
  interface Window {
    CMS_MANUAL_INIT: boolean;
  }
}
window.CMS_MANUAL_INIT = true;
export {};
