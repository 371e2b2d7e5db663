// parley serve: highlight every piece of an item when it or its entry is hovered or chosen.
// The pages read fully without this file; it only adds emphasis.
(function () {
  "use strict";
  var text = document.getElementById("report-text");
  if (!text) { return; }
  function marks(key) {
    return text.querySelectorAll('mark[data-item="' + key.replace(/["\\]/g, "") + '"]');
  }
  function setActive(key, on) {
    var list = marks(key);
    for (var i = 0; i < list.length; i++) { list[i].classList.toggle("active", on); }
    var entry = document.getElementById("item-" + key);
    if (entry) { entry.classList.toggle("active", on); }
  }
  var entries = document.querySelectorAll("li.item[data-item]");
  for (var i = 0; i < entries.length; i++) {
    (function (li) {
      var key = li.getAttribute("data-item");
      li.addEventListener("mouseenter", function () { setActive(key, true); });
      li.addEventListener("mouseleave", function () { setActive(key, false); });
    })(entries[i]);
  }
  var current = null;
  text.addEventListener("mouseover", function (ev) {
    var m = ev.target.closest ? ev.target.closest("mark[data-item]") : null;
    var key = m ? m.getAttribute("data-item") : null;
    if (key === current) { return; }
    if (current) { setActive(current, false); }
    current = key;
    if (key) { setActive(key, true); }
  });
  text.addEventListener("mouseleave", function () {
    if (current) { setActive(current, false); current = null; }
  });
})();
