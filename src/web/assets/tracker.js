// Filters the tracker's table as the stance changes, without a reload. The form still works
// without this script; this only makes it instant and keeps the address shareable.
const select = document.getElementById("stance");
const count = document.getElementById("count");
const rows = Array.from(document.querySelectorAll("table.tracker tbody tr"));

function apply() {
  const wanted = select.value;
  let shown = 0;
  for (const row of rows) {
    const match = !wanted || row.dataset.stances.split(" ").includes(wanted);
    row.hidden = !match;
    if (match) shown++;
  }
  count.textContent =
    shown === rows.length
      ? `Showing all ${rows.length} states and D.C.`
      : `Showing ${shown} of ${rows.length} states and D.C.`;
  const url = new URL(window.location.href);
  if (wanted) url.searchParams.set("stance", wanted);
  else url.searchParams.delete("stance");
  history.replaceState(null, "", url);
  // The sort links keep the filter, as the server writes them.
  for (const link of document.querySelectorAll("table.tracker thead a")) {
    const target = new URL(link.href);
    if (wanted) target.searchParams.set("stance", wanted);
    else target.searchParams.delete("stance");
    link.href = target.toString();
  }
}

if (select && count) select.addEventListener("change", apply);
