// The viewer's time zone, for the server to show times on their clock (a cookie, so even the first render of the next page has it).
window.studioLocale = {
  timeZone: function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    document.cookie = "GenSceneTimeZone=" + encodeURIComponent(zone) + ";path=/;max-age=31536000;samesite=lax";
    return zone;
  }
};
