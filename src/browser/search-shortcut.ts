/**
 * Keyboard shortcuts for the search box on every page: "/" focuses it unless the reader is
 * typing somewhere (on /search/ the page's own box, elsewhere the header's); Escape empties a
 * search box and tells its page, as typing would.
 */
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
      return;
    const box =
      document.querySelector<HTMLInputElement>('main input[type=search]') ??
      document.querySelector<HTMLInputElement>('input[type=search]');
    if (box === null) return;
    event.preventDefault();
    box.focus();
    box.select();
  } else if (
    event.key === 'Escape' &&
    target instanceof HTMLInputElement &&
    target.type === 'search' &&
    target.value !== ''
  ) {
    event.preventDefault();
    target.value = '';
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
});
