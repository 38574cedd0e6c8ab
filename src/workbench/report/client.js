// Runs in the browser, inlined into the report after echarts.min.js. Plain ES5-style JavaScript on
// purpose: it is not compiled, and the report must open in any browser without a network.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = [];
  var DAY = 86400000;

  // Tooltips are HTML: every scraped string goes through here first.
  function esc(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }

  function mount(id, option) {
    var el = document.getElementById(id);
    if (!el) return null;
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    option.animation = false;
    if (option.tooltip) option.tooltip.transitionDuration = 0;
    // Canvas text does not inherit the page's CSS fonts; name CJK faces so labels are not tofu.
    option.textStyle = { fontFamily: 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif' };
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  // The evidence panel under a chart: built with textContent, so document text stays text.
  function showEvidence(panelId, heading, evidence, anchor) {
    var panel = document.getElementById(panelId);
    if (!panel) return;
    panel.textContent = '';
    var head = document.createElement('strong');
    head.textContent = heading;
    var quote = document.createElement('q');
    quote.textContent = evidence;
    panel.appendChild(head);
    panel.appendChild(document.createTextNode(' '));
    panel.appendChild(quote);
    if (anchor && document.getElementById(anchor)) {
      var link = document.createElement('a');
      link.href = '#' + anchor;
      link.textContent = ' → row in the table';
      panel.appendChild(link);
    }
  }

  function countChart(id, counts, horizontal) {
    var names = counts.map(function (c) { return c.name; });
    var values = counts.map(function (c) { return c.count; });
    var category = { type: 'category', data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
    var value = { type: 'value', minInterval: 1 };
    mount(id, {
      tooltip: { trigger: 'item', formatter: function (p) { return esc(p.name) + ': ' + esc(p.value); } },
      grid: { left: horizontal ? 140 : 50, right: 20, top: 20, bottom: horizontal ? 30 : 70 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: [{ type: 'bar', data: values, barMaxWidth: 48, itemStyle: { color: '#3b6ea8' } }],
    });
  }

  countChart('chart-province', data.byProvince, false);
  countChart('chart-doctype', data.byDocType, false);
  countChart('chart-year', data.byYear, false);

  data.indicatorCharts.forEach(function (ic, i) {
    var panelId = 'evidence-indicator-' + i;
    var chart = mount('chart-indicator-' + i, {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: function (p) {
          var t = ic.points[p.dataIndex];
          return '<b>' + esc(t.label) + '</b> (' + esc(t.doc) + ')<br>' + esc(t.indicator) + ' ' + esc(t.promise) +
            (t.year ? ' · ' + esc(t.year) : '') + '<br><span class="tip-evidence">' + esc(t.evidence) + '</span>';
        },
      },
      grid: { left: 50, right: 20, top: 30, bottom: 90 },
      xAxis: { type: 'category', data: ic.points.map(function (t) { return t.label; }), axisLabel: { interval: 0, rotate: 40, width: 110, overflow: 'truncate' } },
      yAxis: { type: 'value', name: ic.unit === 'ratio' ? '' : ic.unit },
      series: [{ type: 'bar', data: ic.points.map(function (t) { return t.value; }), barMaxWidth: 48, itemStyle: { color: '#c0622f' },
        label: { show: ic.points.length <= 20, position: 'top', formatter: function (p) { return String(p.value); } } }],
    });
    if (chart) chart.on('click', function (p) {
      var t = ic.points[p.dataIndex];
      showEvidence(panelId, t.label + ' · ' + t.indicator + ' ' + t.promise + ':', t.evidence, 'target-' + t.id);
    });
  });

  var bars = data.phases.filter(function (p) { return p.first && p.last; }).slice(0, 60);
  var timeline = mount('chart-timeline', {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: function (p) {
        var b = bars[p.dataIndex];
        return '<b>' + esc(b.label) + '</b> · ' + esc(b.name) + '<br>' + esc(b.startDate) + ' – ' + esc(b.endDate) +
          (b.days ? ' (' + esc(b.days) + ' days)' : '') + '<br><span class="tip-evidence">' + esc(b.evidence) + '</span>';
      },
    },
    grid: { left: 230, right: 30, top: 20, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', inverse: true, data: bars.map(function (b) { return b.label + ' · ' + b.ordinal + ' ' + b.name; }),
      axisLabel: { width: 220, overflow: 'truncate' } },
    series: [{
      type: 'custom',
      encode: { x: [1, 2], y: 0 },
      data: bars.map(function (b, i) { return [i, Date.parse(b.first), Date.parse(b.last) + DAY]; }),
      renderItem: function (params, api) {
        var from = api.coord([api.value(1), api.value(0)]);
        var to = api.coord([api.value(2), api.value(0)]);
        var height = api.size([0, 1])[1] * 0.6;
        var shape = echarts.graphic.clipRectByRect(
          { x: from[0], y: from[1] - height / 2, width: Math.max(to[0] - from[0], 2), height: height },
          { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
        return shape && { type: 'rect', shape: shape, style: { fill: ['#3b6ea8', '#c0622f', '#4f9a61', '#8a5aa8'][api.value(0) % 4] } };
      },
    }],
  });
  if (timeline) timeline.on('click', function (p) {
    var b = bars[p.dataIndex];
    showEvidence('evidence-timeline', b.label + ' · ' + b.name + ':', b.evidence, null);
  });

  var parties = mount('chart-parties', {
    tooltip: { trigger: 'item', formatter: function (p) {
      var a = data.parties[p.dataIndex];
      return '<b>' + esc(a.party) + '</b>: ' + esc(a.assignments) + ' assignments in ' + esc(a.articles) + ' articles';
    } },
    grid: { left: 160, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: data.parties.map(function (a) { return a.party; }), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', data: data.parties.map(function (a) { return a.assignments; }), barMaxWidth: 20, itemStyle: { color: '#4f9a61' } }],
  });
  if (parties) parties.on('click', function (p) {
    var a = data.parties[p.dataIndex];
    showEvidence('evidence-parties', a.party + ' — ' + a.task + ':', a.evidence, 'party-' + p.dataIndex);
  });

  // The targets table: click a head to sort (again to reverse), type to keep rows holding every word.
  var targetTable = document.querySelector('#targets table');
  if (targetTable) {
    var body = targetTable.tBodies[0];
    var heads = targetTable.tHead.rows[0].cells;
    var cellKey = function (row, i) {
      var cell = row.cells[i];
      var sort = cell.getAttribute('data-sort');
      if (sort !== null) return sort === '' ? null : Number(sort);
      return cell.textContent;
    };
    Array.prototype.forEach.call(heads, function (th, i) {
      th.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellKey(a, i);
          var y = cellKey(b, i);
          // Empty cells go last whichever way the column is sorted.
          if (x === null || x === '') return y === null || y === '' ? 0 : 1;
          if (y === null || y === '') return -1;
          var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
          return descending ? -order : order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filter = document.getElementById('targets-filter');
    var shown = document.getElementById('targets-shown');
    filter.addEventListener('input', function () {
      var words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var count = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !keep;
        if (keep) count++;
      });
      shown.textContent = words.length ? count + ' of ' + body.rows.length + ' rows' : '';
    });
  }

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
