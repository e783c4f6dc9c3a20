// Material shows a tooltip (an abbreviation's meaning, a link's title) as a
// <div role="tooltip"> appended to <body>, outside every landmark; axe reports
// that as "region". The host element points to it with aria-describedby, and a
// description is read from its target even when that is aria-hidden, so hiding
// the floating copy from the landmark tree loses nothing for screen readers.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof HTMLElement && node.classList.contains("md-tooltip2")) {
        node.setAttribute("aria-hidden", "true");
      }
    }
  }
}).observe(document.body, { childList: true });
