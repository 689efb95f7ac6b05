/* Runs before first paint: <html lang dir> from the language saved on this device
   (see src/i18n.ts, key "heard.language"), else the browser's, else English. */
(function () {
	var supported = ["en", "cy", "ar"];
	var language = null;
	try {
		language = localStorage.getItem("heard.language");
	} catch (e) {}
	if (supported.indexOf(language) < 0) {
		language = "en";
		var wanted = navigator.languages || [navigator.language];
		for (var i = 0; i < wanted.length; i++) {
			var base = String(wanted[i]).toLowerCase().split(/[-_]/)[0];
			if (supported.indexOf(base) >= 0) {
				language = base;
				break;
			}
		}
	}
	document.documentElement.lang = language;
	document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
})();
