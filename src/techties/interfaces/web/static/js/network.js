/* The actor network with the vendored Cytoscape.js: Chinese actors red, Russian blue, node
   size by events, edge width by shared events; a click on an actor opens its page. Labels
   are drawn on the canvas, never as HTML. */
(function () {
  "use strict";
  var STRONGEST = 12, LABEL_PX = 12;
  var holder = document.getElementById("graph");
  if (!holder) { return; }
  var data = JSON.parse(document.getElementById(holder.getAttribute("data-source")).textContent);
  var maxNode = 1, maxEdge = 1;
  data.nodes.forEach(function (n) { maxNode = Math.max(maxNode, n.weight); });
  data.edges.forEach(function (e) { maxEdge = Math.max(maxEdge, e.weight); });
  var elements = [];
  // the strongest nodes keep a readable name at any zoom; the others show theirs when zoomed in
  var strongest = {};
  data.nodes.slice().sort(function (a, b) { return b.weight - a.weight; }).slice(0, STRONGEST)
    .forEach(function (n) { strongest[n.id] = true; });
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.name, country: n.country, weight: n.weight,
                            size: 14 + 46 * Math.sqrt(n.weight / maxNode), defence: n.defence_linked ? 1 : 0,
                            major: strongest[n.id] ? 1 : 0 } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                            width: 1 + 9 * e.weight / maxEdge } });
  });
  var cy = cytoscape({
    container: holder,
    elements: elements,
    style: [
      { selector: "node", style: {
          "width": "data(size)", "height": "data(size)", "label": "data(label)",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, "color": "#1d2733",
          "text-outline-color": "#fff", "text-outline-width": 2, "min-zoomed-font-size": 7,
          "background-color": "#0039a6", "border-width": 0 } },
      { selector: "node[country = 'CN']", style: { "background-color": "#c8102e" } },
      { selector: "node[defence = 1]", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { "width": "data(width)", "line-color": "#9aa9bb", "opacity": 0.55,
          "curve-style": "haystack" } },
      { selector: "node[major = 1]", style: { "min-zoomed-font-size": 0, "font-weight": "bold",
          "text-outline-width": 3, "z-index": 10 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#c9a227" } },
      { selector: ".faded", style: { "opacity": 0.12 } }
    ],
    layout: { name: data.nodes.length > 250 ? "concentric" : "cose", animate: false,
              nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; },
              concentric: function (n) { return n.data("weight"); }, levelWidth: function () { return 4; },
              randomize: false, numIter: 1200 }
  });
  function sizeLabels() {  // LABEL_PX on screen whatever the zoom, never below 10 in the graph
    cy.nodes("[major = 1]").style("font-size", Math.max(10, LABEL_PX / cy.zoom()));
  }
  sizeLabels();
  cy.on("zoom", sizeLabels);
  holder.cy = cy;  // for the browser tests, which read what is drawn
  cy.on("tap", "node", function (evt) {
    window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
  });
  cy.on("mouseover", "node", function (evt) {
    var hood = evt.target.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
  });
  cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
  holder.setAttribute("data-ready", "1");
})();
