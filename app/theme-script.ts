/**
 * Runs in <head> before first paint: applies the reader's saved theme (so a dark-mode reader never sees
 * a white flash) and marks <html class="js"> so controls that need JavaScript are only shown with it.
 */
export const THEME_STORAGE_KEY = 'report-theme';

export const themeScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='dark'||t==='light')d.classList.add(t);}catch(e){}})();`;
