/**
 * The page's one polite live region (in index.html): short status news such as "Laporan terkirim"
 * that should be read out without moving focus. Errors that need action are shown beside their form.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated identical message be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
