// Rasad's page works without this script; it adds keyboard shortcuts and
// links the lists beside an article to the places they highlight.
(function () {
  "use strict";
  // "/" focuses the search box, as on many sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  });
  // Hovering or focusing an item of the side lists marks its places in the text.
  var text = document.getElementById("text");
  if (!text) return;
  var kinds = ["ent", "quote", "date", "event"];
  function mark(item, on) {
    kinds.forEach(function (k) {
      var v = item.getAttribute("data-" + k);
      if (v === null) return;
      text.querySelectorAll("[data-" + k + '="' + v + '"]').forEach(function (el) {
        el.classList.toggle("active", on);
      });
    });
  }
  document.querySelectorAll(".side li").forEach(function (li) {
    li.addEventListener("mouseenter", function () { mark(li, true); });
    li.addEventListener("mouseleave", function () { mark(li, false); });
    li.addEventListener("focusin", function () { mark(li, true); });
    li.addEventListener("focusout", function () { mark(li, false); });
  });
})();
