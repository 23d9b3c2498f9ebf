/* Draws the dashboard's charts with the vendored ECharts. Each chart element names the
   <script type="application/json"> holding its data; nothing here builds HTML from data
   (tooltips render as canvas text), so names from documents cannot become markup. */
(function () {
  "use strict";
  var FONT = getComputedStyle(document.body).fontFamily;
  var PALETTE = ["#3b6fb6", "#d1603d", "#4c9f70", "#8e5ea2", "#c9a227", "#2a9d8f", "#b5485d",
                 "#6c757d", "#e07b39", "#5b8e7d", "#7f6a93", "#a3b86c", "#3d5a80", "#c06c84"];

  function readData(el) {
    var source = document.getElementById(el.getAttribute("data-source"));
    return source ? JSON.parse(source.textContent) : null;
  }

  function label(labels, key) {
    return (labels && labels[key]) || String(key).replace(/_/g, " ");
  }

  function base() {
    return {
      textStyle: { fontFamily: FONT },
      animationDuration: 300,
      tooltip: { renderMode: "richText", trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 48, right: 16, top: 40, bottom: 36, containLabel: true }
    };
  }

  function stacked(data) {
    var keys = Object.keys(data.series);
    var opt = base();
    opt.legend = { type: "scroll", top: 0, data: keys.map(function (k) { return label(data.labels, k); }) };
    opt.xAxis = { type: "category", data: data.periods, axisLabel: { hideOverlap: true } };
    opt.yAxis = { type: "value", minInterval: 1 };
    opt.dataZoom = data.periods.length > 40 ? [{ type: "inside" }, { type: "slider", height: 18, bottom: 4 }] : [];
    if (opt.dataZoom.length) { opt.grid.bottom = 48; }
    opt.series = keys.map(function (k, i) {
      return { name: label(data.labels, k), type: "bar", stack: "all", data: data.series[k],
               itemStyle: { color: (data.colours && data.colours[k]) || PALETTE[i % PALETTE.length] },
               emphasis: { focus: "series" }, barMaxWidth: 28 };
    });
    return opt;
  }

  function bars(data) {
    var keys = Object.keys(data.counts);
    var opt = base();
    opt.grid.left = 8;
    opt.yAxis = { type: "category", inverse: true, data: keys.map(function (k) { return label(data.labels, k); }) };
    opt.xAxis = { type: "value", minInterval: 1 };
    opt.series = [{ type: "bar", barMaxWidth: 22, label: { show: true, position: "right" },
      data: keys.map(function (k, i) {
        return { value: data.counts[k], key: k,
                 itemStyle: { color: (data.colours && data.colours[k]) || PALETTE[i % PALETTE.length] } };
      }) }];
    return opt;
  }

  function years(data) {
    var keys = Object.keys(data.counts);
    var opt = base();
    opt.xAxis = { type: "category", data: keys };
    opt.yAxis = { type: "value", minInterval: 1 };
    opt.series = [{ type: "bar", data: keys.map(function (k) { return data.counts[k]; }),
                    itemStyle: { color: "#3b6fb6" }, barMaxWidth: 28 }];
    return opt;
  }

  function lines(data) {
    var opt = base();
    opt.legend = { top: 0, data: ["Announced and signed", "Implemented"] };
    opt.xAxis = { type: "category", data: data.periods };
    opt.yAxis = { type: "value", minInterval: 1 };
    opt.series = [
      { name: "Announced and signed", type: "line", data: data.rhetoric, itemStyle: { color: "#9fb3c8" }, areaStyle: { opacity: 0.15 } },
      { name: "Implemented", type: "line", data: data.delivery, itemStyle: { color: "#2e8b57" }, areaStyle: { opacity: 0.15 } }
    ];
    return opt;
  }

  var KINDS = { stacked: stacked, bars: bars, years: years, lines: lines };
  var charts = [];
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var data = readData(el);
    var make = KINDS[el.getAttribute("data-chart")];
    if (!data || !make) { return; }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(make(data));
    if (data.link) {
      chart.on("click", function (p) {
        if (p.data && p.data.key) { window.location.href = data.link + encodeURIComponent(p.data.key); }
      });
    }
    charts.push(chart);
  });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
