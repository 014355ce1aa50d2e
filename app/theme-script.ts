/**
 * Runs in <head> before first paint: applies the reader's saved theme and text size (so a dark-mode
 * reader never sees a white flash, nor a large-text reader a reflow) and marks <html class="js"> so
 * controls that need JavaScript are only shown with it. No saved theme means "follow the system", which
 * the stylesheet does live (prefers-color-scheme); no saved size means the middle one.
 */
export const THEME_STORAGE_KEY = 'report-theme';
export const TEXT_SIZE_STORAGE_KEY = 'report-text-size';

export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='dark'||t==='light')d.classList.add(t);var s=localStorage.getItem('${TEXT_SIZE_STORAGE_KEY}');if(s==='small'||s==='large')d.setAttribute('data-text-size',s);}catch(e){}})();`;
