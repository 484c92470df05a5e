/* govdisclosure review page: findings pick their cells, cells show their tips and their source,
   source marks pick their cells; arrow keys move within a table, j/k through the findings.
   No network, no storage: everything the page needs is in it. */
(function () {
  "use strict";
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  var cells = {};
  each(document.querySelectorAll("td[data-cell]"), function (td) { cells[td.getAttribute("data-cell")] = td; });
  var pane = document.getElementById("source-pane");
  var marks = {};
  each(document.querySelectorAll("#source mark[data-src]"), function (m) {
    m.getAttribute("data-src").split(" ").forEach(function (key) { (marks[key] = marks[key] || []).push(m); });
  });
  var items = Array.prototype.slice.call(document.querySelectorAll(".item"));

  // One tab stop per table; the arrow keys move inside it.
  each(document.querySelectorAll("table.grid"), function (table) {
    var first = table.querySelector("td[data-cell]");
    if (first) { first.tabIndex = 0; }
  });
  function setTabStop(td) {
    var table = td.closest("table");
    each(table.querySelectorAll('td[data-cell][tabindex="0"]'), function (other) { other.tabIndex = -1; });
    td.tabIndex = 0;
  }

  function clearPicks() {
    each(document.querySelectorAll(".picked"), function (el) { el.classList.remove("picked"); });
    each(document.querySelectorAll("#source mark.on"), function (m) { m.classList.remove("on"); });
  }
  function idsOf(el) {
    return (el.getAttribute("data-cells") || "").split(" ").filter(Boolean);
  }

  // Show the marks of these keys in the source pane, scrolling the pane (never the page) to the first.
  function showSource(keys) {
    each(document.querySelectorAll("#source mark.on"), function (m) { m.classList.remove("on"); });
    var first = null;
    keys.forEach(function (key) {
      (marks[key] || []).forEach(function (m) { m.classList.add("on"); first = first || m; });
    });
    if (first && pane && pane.scrollHeight > pane.clientHeight + 1 && getComputedStyle(pane).overflowY !== "visible") {
      var offset = first.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      pane.scrollTop += offset - pane.clientHeight / 3;
    }
  }

  var picking = false;
  function pickCells(ids, focus) {
    var found = ids.map(function (id) { return cells[id]; }).filter(Boolean);
    found.forEach(function (td) { td.classList.add("picked"); });
    if (focus && found.length) {
      setTabStop(found[0]);
      picking = true;  // the source keeps showing what was picked, not just this cell
      found[0].focus({ preventScroll: true });
      picking = false;
      found[0].scrollIntoView({ block: "center", inline: "nearest" });
    }
    return found;
  }

  // A finding or a parse note: its cells picked (and focused), its sentence shown in the source.
  function pickItem(item, focusCells) {
    clearPicks();
    item.classList.add("picked");
    var ids = idsOf(item);
    var keys = ids.map(function (id) { return "c:" + id; });
    var own = item.getAttribute("data-marks");
    if (own) { keys.unshift(own); }
    showSource(keys);
    pickCells(ids, focusCells);
  }

  // A cell: the findings and notes naming it picked, its span shown in the source.
  function pickCell(td) {
    clearPicks();
    var id = td.getAttribute("data-cell");
    td.classList.add("picked");
    items.forEach(function (item) { if (idsOf(item).indexOf(id) >= 0) { item.classList.add("picked"); } });
    showSource(["c:" + id]);
  }

  // Tips: shown on focus and hover, hoverable themselves, dismissed by Escape.
  var tip = null, hideTimer = null;
  function showTip(td) {
    clearTimeout(hideTimer);
    hideTip();
    var t = document.getElementById(td.getAttribute("aria-describedby"));
    if (!t) { return; }
    t.hidden = false;
    var r = td.getBoundingClientRect();
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - t.offsetWidth - 8);
    t.style.left = Math.max(window.scrollX + 4, left) + "px";
    t.style.top = r.bottom + window.scrollY + 4 + "px";
    tip = t;
  }
  function hideTip() { if (tip) { tip.hidden = true; tip = null; } }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hideTip, 250); }

  document.addEventListener("focusin", function (e) {
    var td = e.target.closest && e.target.closest("td[data-cell]");
    if (td) {
      setTabStop(td);
      showTip(td);
      if (!picking) { showSource(["c:" + td.getAttribute("data-cell")]); }
    }
  });
  document.addEventListener("focusout", function (e) {
    if (e.target.closest && e.target.closest("td[data-cell]")) { hideSoon(); }
  });
  document.addEventListener("mouseover", function (e) {
    var td = e.target.closest && e.target.closest("td[data-cell]");
    if (td) { showTip(td); } else if (e.target.closest && e.target.closest(".tip")) { clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (e) {
    var from = e.target.closest && (e.target.closest("td[data-cell]") || e.target.closest(".tip"));
    if (from && from !== document.activeElement) { hideSoon(); }
  });

  document.addEventListener("click", function (e) {
    var item = e.target.closest(".item");
    if (item) { pickItem(item, true); return; }
    var td = e.target.closest("td[data-cell]");
    if (td) { pickCell(td); return; }
    var mark = e.target.closest("#source mark[data-src]");
    if (mark) {
      clearPicks();
      var keys = mark.getAttribute("data-src").split(" ");
      showSource(keys);
      keys.forEach(function (key) {
        var kind = key.slice(0, 2), rest = key.slice(2);
        if (kind === "c:") { pickCells([rest], true); }
        var named = kind === "f:" ? document.getElementById("finding-" + rest)
          : kind === "n:" ? document.getElementById("note-" + rest) : null;
        if (named) { named.classList.add("picked"); pickCells(idsOf(named), false); named.scrollIntoView({ block: "nearest" }); }
      });
    }
  });

  // Arrow keys within a table: left/right along the row, up/down to the nearest cell above or below.
  function centre(el) { var r = el.getBoundingClientRect(); return r.left + r.width / 2; }
  function rowCells(tr) { return tr ? Array.prototype.slice.call(tr.querySelectorAll("td[data-cell]")) : []; }
  function vertical(td, step) {
    var rows = Array.prototype.slice.call(td.closest("table").rows);
    var x = centre(td);
    for (var i = rows.indexOf(td.parentElement) + step; i >= 0 && i < rows.length; i += step) {
      var candidates = rowCells(rows[i]);
      if (candidates.length) {
        return candidates.reduce(function (best, c) { return Math.abs(centre(c) - x) < Math.abs(centre(best) - x) ? c : best; });
      }
    }
    return null;
  }
  function move(td, key) {
    var row = rowCells(td.parentElement), at = row.indexOf(td);
    if (key === "ArrowLeft") { return row[at - 1]; }
    if (key === "ArrowRight") { return row[at + 1]; }
    if (key === "Home") { return row[0]; }
    if (key === "End") { return row[row.length - 1]; }
    if (key === "ArrowUp") { return vertical(td, -1); }
    if (key === "ArrowDown") { return vertical(td, 1); }
    return undefined;
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hideTip(); return; }
    var td = e.target.closest && e.target.closest("td[data-cell]");
    if (td) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pickCell(td); return; }
      var next = move(td, e.key);
      if (next !== undefined) {
        e.preventDefault();
        if (next) { setTabStop(next); next.focus(); }
        return;
      }
    }
    if ((e.key === "j" || e.key === "k") && !e.ctrlKey && !e.metaKey && !e.altKey && !/INPUT|TEXTAREA/.test(e.target.tagName)) {
      var current = items.indexOf(e.target.closest ? e.target.closest(".item") : null);
      var index = e.key === "j" ? current + 1 : (current < 0 ? items.length : current) - 1;
      var item = items[index];
      if (item) { e.preventDefault(); item.querySelector(".go").focus(); pickItem(item, false); }
    }
  });
})();
