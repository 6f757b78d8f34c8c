// Draws the pair chart: the Vega-Lite specification the server put in #chart-spec,
// rendered as SVG by the vendored Vega libraries. Nothing is fetched from elsewhere.
(function () {
  "use strict";
  var holder = document.getElementById("chart");
  var source = document.getElementById("chart-spec");
  if (!holder || !source || typeof vegaEmbed === "undefined") { return; }
  var spec = JSON.parse(source.textContent);
  var width = Math.max(320, holder.clientWidth - 190);
  (spec.vconcat || []).forEach(function (view) { view.width = width; });
  vegaEmbed(holder, spec, { renderer: "svg", actions: false, tooltip: true })
    .then(function () { holder.setAttribute("data-drawn", "true"); })
    .catch(function (error) {
      holder.setAttribute("data-error", String(error));
      holder.textContent = "The chart could not be drawn: " + error;
    });
})();
