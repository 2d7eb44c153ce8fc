/**
 * The side-by-side page, enhanced: two lists choose the outlets whose columns the tables show, so
 * two outlets can be read side by side on a phone; rows where neither says anything are folded
 * away. Without JavaScript the table shows every outlet and the page links to each pair's own page.
 */
const tables = [...document.querySelectorAll<HTMLTableElement>('table.compare')];
const picker = document.querySelector<HTMLElement>('.pick-columns');
if (tables.length > 0 && picker !== null) {
  const selects = [...picker.querySelectorAll('select')];
  const show = (): void => {
    const chosen = new Set(selects.map((s) => s.value).filter((v) => v !== ''));
    const on = chosen.size === 2;
    for (const table of tables) {
      table.classList.toggle('picked', on);
      for (const cell of table.querySelectorAll<HTMLElement>('[data-outlet]'))
        cell.hidden = on && !chosen.has(cell.dataset['outlet'] ?? '');
      for (const row of table.tBodies[0]?.rows ?? [])
        row.hidden =
          on && ![...row.cells].some((c) => chosen.has(c.dataset['outlet'] ?? '') && !c.classList.contains('silent'));
    }
  };
  for (const select of selects) select.addEventListener('change', show);
  picker.hidden = false;
  // The browser may restore earlier choices when the reader comes back to the page.
  show();
}
