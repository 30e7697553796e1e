// Noto Sans, loaded once the first page is on its way (src/main.tsx): until then text shows in the
// fallback (Arial), so the font's 37 kB do not hold up the first page on a slow connection.
import '@fontsource-variable/noto-sans';
