// Registerly dashboard: draws each chart from its data-chart attribute (JSON) with ECharts, served from the
// server's own jar. No inline script (the Content-Security-Policy forbids it). Every chart's numbers are also in
// the table beside it, which is what screen readers and printouts use: the chart itself is aria-hidden.
(function () {
  document.body.className += ' js-enabled govuk-frontend-supported';
  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = document.querySelectorAll('.registerly-chart[data-chart]');
  for (var i = 0; i < charts.length; i++) {
    var spec = JSON.parse(charts[i].getAttribute('data-chart'));
    var chart = echarts.init(charts[i], null, { renderer: 'svg' });
    var series = spec.series.map(function (s) {
      return { name: s.name, type: spec.kind, data: s.data, itemStyle: { color: '#1d70b8' },
        lineStyle: { width: 3 }, symbolSize: 8, label: { show: spec.kind === 'bar', position: 'top',
          formatter: '{c}%', color: '#0b0c0c' } };
    });
    chart.setOption({
      animation: false,
      title: { text: spec.title, textStyle: { color: '#0b0c0c', fontSize: 16 } },
      grid: { left: 48, right: 16, top: 48, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { color: '#0b0c0c' } },
      yAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }, max: 100,
        axisLabel: { formatter: '{value}%', color: '#0b0c0c' } },
      series: series
    });
    charts[i].setAttribute('data-drawn', 'true');
  }
})();
