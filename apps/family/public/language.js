/* Runs before first paint: <html lang dir> from the language saved on this device
   (see src/i18n.ts, key "heard.language"), else the browser's, else English. */
(() => {
  const supported = ["en", "cy", "ar"];
  let language = null;
  try {
    language = localStorage.getItem("heard.language");
  } catch {}
  if (supported.indexOf(language) < 0) {
    language = "en";
    const wanted = navigator.languages || [navigator.language];
    for (let i = 0; i < wanted.length; i++) {
      const base = String(wanted[i]).toLowerCase().split(/[-_]/)[0];
      if (supported.indexOf(base) >= 0) {
        language = base;
        break;
      }
    }
  }
  document.documentElement.lang = language;
  document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
})();
