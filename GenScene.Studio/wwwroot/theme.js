// Remembers the light/dark choice for a year, so the server renders it at once on the next visit.
window.studioTheme = {
  remember: function (dark) {
    document.cookie = "GenSceneTheme=" + (dark ? "dark" : "light") + ";path=/;max-age=31536000;samesite=lax";
  }
};
